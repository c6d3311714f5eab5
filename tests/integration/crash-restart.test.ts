import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Caller } from '../testkit/graphql-client.js';
import {
  AVAILABILITY,
  BOOK,
  MY_RESERVATIONS,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
} from '../testkit/operations.js';
import { graphql } from '../testkit/generated/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    // A zombie has not been reaped yet but runs no more.
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Every PostgreSQL server process (postmaster) running on `dataDir`. */
function postmastersOf(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return args.some((arg, i) => args[i - 1] === '-D' && arg === dataDir);
      } catch {
        return false;
      }
    })
    .map(Number)
    .filter(alive);
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

async function within(ms: number, condition: () => boolean | Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await wait(50);
  }
  return Date.now() - started;
}

/**
 * `npm start` as an operator runs it (server/src/main.ts, its own embedded PostgreSQL in a folder, demo data),
 * crashed with SIGKILL and started again on the same folder. No database of the test run is involved.
 */
describe('a crash never blocks a restart', () => {
  let dir: string;
  let dataDir: string;
  let port: number;
  let server: ChildProcess | undefined;
  let output = '';
  let status: { healthz: number[]; readyz: number[] } = { healthz: [], readyz: [] };

  const url = () => `http://127.0.0.1:${port}`;
  const fetchStatus = async (pathname: string) => {
    try {
      return (await fetch(`${url()}${pathname}`)).status;
    } catch {
      return 0;
    }
  };

  /** Starts main.ts; resolves once /readyz answers 200, with the milliseconds that took. */
  async function start(): Promise<number> {
    output = '';
    status = { healthz: [], readyz: [] };
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: String(port),
        HOST: '127.0.0.1',
        EMBEDDED_PG_DIR: dataDir,
        ISSUANCE_KEY_FILE: path.join(dir, 'issuance-file.key'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
      if (Date.now() - started > 100_000) throw new Error(`the server did not get ready:\n${output}`);
      const healthz = await fetchStatus('/healthz');
      const readyz = await fetchStatus('/readyz');
      status.healthz.push(healthz);
      status.readyz.push(readyz);
      if (readyz === 200) return Date.now() - started;
      await wait(20);
    }
  }

  async function crash(): Promise<void> {
    const child = server!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  const postmasterPid = () =>
    Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

  let recipients: { token: string; slotId: string }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vaccination-crash-'));
    // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
    await chmod(dir, 0o755);
    dataDir = path.join(dir, 'postgres');
    port = await freePort();
  });

  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await within(30_000, () => server!.exitCode !== null).catch(() => server!.kill('SIGKILL'));
    }
    for (const pid of postmastersOf(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('on a fresh folder /healthz answers at once and /readyz only once the demo data is there', async () => {
    await start();
    const caller = new Caller(`${url()}/graphql`);
    // The moment /readyz said 200, the start-up data was complete: its last site and tickets answer.
    const { venues } = await caller.data(
      graphql(`
        query VenuesOfS0003 {
          venues(siteCode: "S0003") {
            id
          }
        }
      `),
    );
    expect(venues.length).toBe(1);
    const login = await caller.data(RECIPIENT_LOGIN, {
      input: { siteCode: 'S0003', ticketNumber: '3000000005', birthDate: '1960-04-01' },
    });
    expect(login.recipientLogin.ok).toBe(true);
    // Before that, the process was alive and said so while it was still loading.
    const answered = status.healthz.findIndex((code) => code === 200);
    expect(answered).toBeGreaterThanOrEqual(0);
    expect(status.readyz[answered]).toBe(503);
  }, 120_000);

  it('bookings answered ok before a SIGKILL are all there after the next start, which serves within 10 s', async () => {
    const anonymous = new Caller(`${url()}/graphql`);
    const { venues } = await anonymous.data(
      graphql(`
        query VenuesOfS0001 {
          venues(siteCode: "S0001") {
            id
          }
        }
      `),
    );
    const { vaccines } = await anonymous.data(
      graphql(`
        query VaccinesOfS0001 {
          vaccines(siteCode: "S0001") {
            id
          }
        }
      `),
    );
    const from = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const { availability } = await anonymous.data(AVAILABILITY, {
      venueId: venues[0]!.id,
      vaccineId: vaccines[0]!.id,
      from,
      to,
    });
    const slots = availability.slots.filter((slot) => slot.remaining > 0);
    expect(slots.length).toBeGreaterThanOrEqual(3);

    recipients = [];
    for (const [i, slot] of slots.slice(0, 3).entries()) {
      const { recipientLogin } = await anonymous.data(RECIPIENT_LOGIN, {
        input: { siteCode: 'S0001', ticketNumber: `100000000${i + 1}`, birthDate: '1960-04-01' },
      });
      const recipient = anonymous.withToken(recipientLogin.token);
      await recipient.data(REGISTER_RECIPIENT, {
        input: {
          familyNameKana: 'ヤマダ',
          givenNameKana: 'ハナコ',
          password: 'recipient-pass-1',
          acceptTerms: true,
        },
      });
      const { bookReservation } = await recipient.data(BOOK, {
        input: { slotId: slot.id, dose: 1 },
      });
      expect(bookReservation.ok).toBe(true);
      recipients.push({ token: recipientLogin.token!, slotId: slot.id });
    }

    const postmaster = postmasterPid();
    await crash();
    // Its supervisor saw the server go and stopped PostgreSQL (a generous bound: "a few seconds").
    await within(10_000, () => !alive(postmaster));
    expect(postmastersOf(dataDir)).toEqual([]);

    const readyAfter = await start();
    expect(readyAfter).toBeLessThan(10_000);
    for (const { token, slotId } of recipients) {
      const { myReservations } = await new Caller(`${url()}/graphql`, token).data(MY_RESERVATIONS);
      expect(myReservations.map((reservation) => reservation.slot.id)).toEqual([slotId]);
    }
  }, 120_000);

  it('a PostgreSQL left running by a killed server and its killed supervisor is stopped by the next start', async () => {
    const orphan = postmasterPid();
    const supervisor = parentOf(orphan);
    process.kill(supervisor, 'SIGKILL');
    await crash();
    await within(5_000, () => !alive(supervisor));
    await wait(1000);
    expect(alive(orphan)).toBe(true); // nothing stops it now: the case an operator used to clean up by hand

    await start();
    expect(alive(orphan)).toBe(false);
    expect(postmastersOf(dataDir)).toEqual([postmasterPid()]);
    expect(output).not.toMatch(/"level":(50|60)/);
    for (const { token, slotId } of recipients) {
      const { myReservations } = await new Caller(`${url()}/graphql`, token).data(MY_RESERVATIONS);
      expect(myReservations.map((reservation) => reservation.slot.id)).toEqual([slotId]);
    }
  }, 120_000);

  it('a stale postmaster.pid that names another live process does not stop the next start', async () => {
    const child = server!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await within(10_000, () => postmastersOf(dataDir).length === 0);
    // After a container restart the old number often belongs to some other process; PostgreSQL refuses that.
    const lockFile = path.join(dataDir, 'postmaster.pid');
    expect(existsSync(lockFile)).toBe(false);
    await writeFile(lockFile, `${process.pid}\n${dataDir}\n0\n5432\n`, { mode: 0o600 });

    await start();
    expect(postmasterPid()).not.toBe(process.pid);
  }, 120_000);

  it('leaves no PostgreSQL behind once the server is stopped', async () => {
    const postmaster = postmasterPid();
    const child = server!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await within(10_000, () => !alive(postmaster));
    expect(postmastersOf(dataDir)).toEqual([]);
  }, 60_000);
});
