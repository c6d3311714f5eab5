/**
 * What every bench needs: a PostgreSQL of its own, server processes started as children (each a real
 * `server/src/main.ts`, as `npm start` runs it), their CPU time, and a report file. Load only ever goes
 * to 127.0.0.1.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/src/config/embedded-postgres.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Database {
  url: string;
  /** CPU seconds used by the embedded PostgreSQL (postmaster, backends, exited backends); undefined for DATABASE_URL. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/**
 * A fresh database: a new one on DATABASE_URL when set (dropped at the end), otherwise an embedded
 * PostgreSQL in bench/.tmp that is deleted at the end.
 */
export async function startDatabase(name: string, maxConnections = 700): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const database = `bench_${name}_${process.pid}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(external);
    url.pathname = `/${database}`;
    return {
      url: url.toString(),
      cpuSeconds: () => undefined,
      stop: async () => {
        const client = new pg.Client({ connectionString: external });
        await client.connect();
        await client.query(`drop database if exists ${database} with (force)`);
        await client.end();
      },
    };
  }
  const dir = path.join(ROOT, 'bench/.tmp', `pg-${name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o755 });
  // PostgreSQL's own log, kept after the run for diagnosis.
  const logFile = path.join(ROOT, 'bench/.tmp', `postgres-${name}.log`);
  await writeFile(logFile, '');
  const embedded = await startEmbeddedPostgres(path.join(dir, 'data'), {
    persistent: false,
    maxConnections,
    log: (line) => appendFileSync(logFile, `${line}\n`),
  });
  const postmasterPid = Number(readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url: embedded.url,
    cpuSeconds: () => processTreeCpuSeconds(postmasterPid),
    stop: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  wsUrl: string;
  pid: number;
  child: ChildProcess;
  /** CPU seconds (user + system) the server process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at ") ".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** A process, its live children, and the children it has already reaped. */
export function processTreeCpuSeconds(pid: number): number {
  const own = statFields(pid);
  if (!own) return NaN;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (fields && Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS;
}

/** The environment a bench's server process runs with: the bench's own, fixed basics, then `env`. */
export function serverEnv(databaseUrl: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...env,
  };
}

/** Starts `server/src/main.ts` in its own process on a free loopback port. */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  label = 'server',
): Promise<ServerProcess> {
  // BENCH_PROFILE=1 writes a V8 CPU profile of each server to bench/.tmp/profiles when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench/.tmp/profiles')}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: serverEnv(databaseUrl, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL \(HTTP and WebSocket\): (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.BENCH_VERBOSE) process.stderr.write(`[${label}] ${chunk.toString()}`);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (code ${code}, signal ${signal}) while starting:\n${output}`));
    });
  });
  child.stdout.on('data', () => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    pid: child.pid!,
    child,
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** Writes `bench/reports/<name>-<timestamp>.json` and `.txt`; returns the paths. */
export async function writeReport(name: string, data: unknown, text: string): Promise<string[]> {
  const dir = path.join(ROOT, 'bench/reports');
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const json = path.join(dir, `${name}-${stamp}.json`);
  const txt = path.join(dir, `${name}-${stamp}.txt`);
  await writeFile(json, `${JSON.stringify(data, null, 2)}\n`);
  await writeFile(txt, text);
  return [path.relative(ROOT, json), path.relative(ROOT, txt)];
}

/** Prints a table of plain rows. */
export function table(rows: Record<string, string | number | boolean | undefined>[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]!);
  const cells = rows.map((row) => headers.map((h) => String(row[h] ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padStart(widths[i]!)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
