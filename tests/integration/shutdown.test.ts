import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * `npm start` as a user runs it: server/src/main.ts with its own embedded PostgreSQL and the demo data,
 * stopped with Ctrl-C (SIGINT to its whole process group, as a terminal sends it). No database of the
 * test run is involved.
 */
// vitest sets NODE_ENV=test, which `npm start` does not have (Apollo Server handles signals only without it).
const { NODE_ENV: _testRunnerNodeEnv, ...startEnv } = process.env;

describe('stopping the server with Ctrl-C', () => {
  let dir: string;
  let server: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vaccination-shutdown-'));
    // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
    await chmod(dir, 0o755);
    server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...startEnv,
        DATABASE_URL: '',
        PORT: '0',
        HOST: '127.0.0.1',
        EMBEDDED_PG_DIR: path.join(dir, 'postgres'),
        ISSUANCE_KEY_FILE: path.join(dir, 'issuance-file.key'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group of its own, like a terminal's foreground job.
      detached: true,
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    while (!/Press Ctrl-C/.test(output)) {
      if (server.exitCode !== null || Date.now() - started > 100_000)
        throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    port = Number(/http:\/\/[^:]+:(\d+)\/graphql/.exec(output)![1]);
  });

  afterAll(async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the request in flight from the database before PostgreSQL stops, then exits cleanly', async () => {
    const body = JSON.stringify({ query: '{ site(code: "S0001") { code } }' });
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      request.once('error', reject);
      request.once('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.once('end', () => resolve({ status: response.statusCode, text }));
      });
    });
    answered.catch(() => undefined); // awaited below; a hang-up must fail the test there, not as unhandled
    // Headers and half the body: the request is in flight when the signal comes.
    request.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    process.kill(-server.pid!, 'SIGINT');
    // Long enough for PostgreSQL to have stopped, had anything stopped it before the drain.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    request.end(body.slice(10));
    const { status, text } = await answered;

    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { site: { code: 'S0001' } } });
    expect(await exited).toBe(0);
    expect(output).toContain('SIGINT: draining connections');
    expect(output).not.toMatch(/"level":(50|60)/);
  });
});
