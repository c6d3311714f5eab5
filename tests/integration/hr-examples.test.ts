/**
 * The integrator guide's programs (examples/hr-sync) run as an HR system would run them: each one a child
 * process (tsx) against a real server, with the key and the URL from arguments and the environment. If the
 * guide's recipes drift from the API, these fail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  API_KEYS,
  AUDIT_LOG,
  CHANGES,
  CREATE_ADMIN_USER,
  CREATE_API_KEY,
  CREATE_WEBHOOK_ENDPOINT,
  REDELIVER_WEBHOOK,
  RESERVATIONS,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { within } from '../testkit/wait.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const EXAMPLES = path.join(ROOT, 'examples/hr-sync');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one example program to its end. */
function run(program: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(EXAMPLES, program), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The site's events of `types` as the change feed lists them, once it lists `count` (the feed waits for older transactions). */
async function feedCount(caller: Caller, siteId: string, types: string[], count: number): Promise<void> {
  await within(30_000, async () => {
    let seen = 0;
    let after: string | null = null;
    for (;;) {
      const { changes }: ResultOf<typeof CHANGES> = await caller.data(CHANGES, {
        siteId,
        after,
        first: 500,
        types,
      });
      seen += changes.edges.length;
      if (!changes.pageInfo.hasNextPage) break;
      after = changes.pageInfo.endCursor;
    }
    return seen >= count ? true : undefined;
  });
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let server: TestServer;
let campaign: Campaign;
let dir: string;
let key: string;
let env: Record<string, string>;
let slotId: string;
let receiver: ChildProcess | undefined;
let receiverOut = '';

const EMPLOYEES = [
  'ticket_number,birth_date,employee_id,email,department',
  `2100000001,${BIRTH_DATE},E0001,e1@corp.example,営業部`,
  `2100000002,${BIRTH_DATE},E0002,e2@corp.example,"開発部, 第一課"`,
  `2100000003,${BIRTH_DATE},E0003,e3@corp.example,開発部`,
  `2100000004,${BIRTH_DATE},E0004,,人事部`,
  `2100000005,${BIRTH_DATE},E0005,e5@corp.example,`,
  `2100000006,2999-01-01,E0006,e6@corp.example,営業部`,
].join('\r\n');

beforeAll(async () => {
  server = await TestServer.startIsolated({ webhookWorker: true });
  campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
  dir = await mkdtemp(path.join(os.tmpdir(), 'hr-examples-'));
  slotId = await campaign.slot(tokyoAt(5, '10:00'), 20);
}, 60_000);

afterAll(async () => {
  receiver?.kill('SIGTERM');
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('examples/hr-sync against a real server', () => {
  it('create-key.ts logs in as the site admin and prints a vrk_live_ secret once, for a key with the five scopes', async () => {
    const email = `hr-admin-${randomUUID()}@test.example`;
    await campaign.operator.data(CREATE_ADMIN_USER, {
      input: {
        email,
        displayName: 'HR admin',
        password: 'admin-password-1',
        role: 'SITE_ADMIN',
        siteId: campaign.site.id,
      },
    });
    const created = await run('create-key.ts', ['--name', '人事システム'], {
      VACCINATION_API_URL: server.url,
      VACCINATION_ADMIN_EMAIL: email,
      VACCINATION_ADMIN_PASSWORD: 'admin-password-1',
    });
    expect(created.stderr).toContain(`site ${campaign.site.id}: key`);
    expect(created.stderr).toContain(
      'scopes ROSTER_READ,ROSTER_WRITE,BOOK_ON_BEHALF,RECORDS_READ,WEBHOOKS_MANAGE',
    );
    expect(created.code).toBe(0);
    key = created.stdout.trim();
    expect(key).toMatch(/^vrk_live_[0-9A-Za-z]{38}$/);
    env = {
      VACCINATION_API_URL: server.url,
      VACCINATION_API_KEY: key,
      VACCINATION_SITE_ID: campaign.site.id,
    };

    const { apiKeys } = await campaign.operator.data(API_KEYS, { siteId: campaign.site.id });
    expect(apiKeys.edges.map((e) => [e.node.name, e.node.lastFour])).toEqual([
      ['人事システム', key.slice(-4)],
    ]);
  }, 60_000);

  it('create-key.ts with a wrong password prints the refusal and exits 1 without a key', async () => {
    const result = await run('create-key.ts', [
      '--url',
      server.url,
      '--site',
      campaign.site.id,
      '--email',
      'nobody@test.example',
      '--password',
      'wrong-password-1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('INVALID_CREDENTIALS');
  }, 60_000);

  it('webhook-receiver.ts starts on loopback with the endpoint secret created through the key', async () => {
    const port = await freePort();
    const keyCaller = server.caller(key);
    const { createWebhookEndpoint } = await keyCaller.data(CREATE_WEBHOOK_ENDPOINT, {
      input: {
        siteId: campaign.site.id,
        url: `http://127.0.0.1:${port}/hooks/vaccination`,
        eventTypes: ['reservation.booked'],
        description: 'examples/hr-sync receiver',
      },
    });
    receiver = spawn(TSX, [path.join(EXAMPLES, 'webhook-receiver.ts'), '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, WEBHOOK_SECRET: createWebhookEndpoint.secret },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    receiver.stdout!.on('data', (chunk: Buffer) => (receiverOut += chunk.toString()));
    const listening = await within(30_000, () => jsonLines(receiverOut).find((l) => 'listening' in l));
    expect(listening).toEqual({ listening: `http://127.0.0.1:${port}/hooks/vaccination` });

    // A request that is not signed with the secret is refused and never handled.
    const forged = await fetch(`http://127.0.0.1:${port}/hooks/vaccination`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      },
      body: JSON.stringify({ type: 'reservation.booked', timestamp: new Date().toISOString(), data: {} }),
    });
    expect(forged.status).toBe(400);
    await within(5000, () => (jsonLines(receiverOut).some((l) => 'rejected' in l) ? true : undefined));
    expect(jsonLines(receiverOut).filter((l) => 'received' in l)).toEqual([]);
  }, 60_000);

  it('sync-roster.ts writes the valid employees, prints the bad row with its code and exits 1; a second run changes nothing', async () => {
    const file = path.join(dir, 'employees.csv');
    await writeFile(file, `\uFEFF${EMPLOYEES}\r\n`);

    const first = await run('sync-roster.ts', [file], env);
    expect(first.stdout).toContain('row 6 (ticket 2100000006): INVALID_BIRTH_DATE');
    expect(first.stdout).toContain('synced 6 rows: 5 created, 0 updated, 0 unchanged, 1 rejected');
    expect(first.code).toBe(1);
    const rows = await server.query<{ external_id: string; email: string | null; department: string | null }>(
      `select external_id, email, department from ticket where site_id = ? order by number`,
      [campaign.site.id],
    );
    expect(rows).toEqual([
      { external_id: 'E0001', email: 'e1@corp.example', department: '営業部' },
      { external_id: 'E0002', email: 'e2@corp.example', department: '開発部, 第一課' },
      { external_id: 'E0003', email: 'e3@corp.example', department: '開発部' },
      { external_id: 'E0004', email: null, department: '人事部' },
      { external_id: 'E0005', email: 'e5@corp.example', department: null },
    ]);

    const again = await run('sync-roster.ts', [
      '--url',
      server.url,
      '--key',
      key,
      '--site',
      campaign.site.id,
      file,
    ]);
    expect(again.stdout).toContain('synced 6 rows: 0 created, 0 updated, 5 unchanged, 1 rejected');
    expect(
      await server.query(
        `select external_id, email, department from ticket where site_id = ? order by number`,
        [campaign.site.id],
      ),
    ).toEqual(rows);
  }, 60_000);

  it('sync-roster.ts sends a JSON file of 10,001 employees in two calls of at most 10,000 rows', async () => {
    const big = await Campaign.create(server, { plan: 'WORKPLACE' });
    const { createApiKey } = await big.operator.data(CREATE_API_KEY, {
      input: { siteId: big.site.id, name: 'bulk', scopes: ['ROSTER_WRITE'] },
    });
    const file = path.join(dir, 'employees.json');
    const employees = Array.from({ length: 10_001 }, (_, i) => ({
      ticketNumber: String(2_200_000_000 + i),
      birthDate: BIRTH_DATE,
      externalId: `B${i}`,
    }));
    await writeFile(file, JSON.stringify(employees));

    const result = await run('sync-roster.ts', [
      '--url',
      server.url,
      '--key',
      createApiKey.secret,
      '--site',
      big.site.id,
      file,
    ]);
    expect(result.stdout).toContain('synced 10001 rows: 10001 created, 0 updated, 0 unchanged, 0 rejected');
    expect(result.code).toBe(0);
    const { auditLog } = await big.operator.data(AUDIT_LOG, { siteId: big.site.id, action: 'upsertTickets' });
    expect(auditLog.edges.map((e) => (e.node.after as { rows: number }).rows)).toEqual([1, 10_000]);
  }, 120_000);

  it('book-on-behalf.ts books the employee found by employee id, marked madeBy API; a second run is refused ALREADY_BOOKED', async () => {
    const booked = await run('book-on-behalf.ts', ['--employee-id', 'E0002', '--slot', slotId], env);
    expect(booked.code).toBe(0);
    expect(booked.stdout).toMatch(/^E0002: booked reservation \S+ dose 1 at \S+ \(madeBy API\)$/m);

    const { reservations } = await campaign.operator.data(RESERVATIONS, { siteId: campaign.site.id });
    expect(reservations.edges.map((e) => [e.node.ticketNumber, e.node.madeBy, e.node.status])).toEqual([
      ['2100000002', 'API', 'BOOKED'],
    ]);

    const again = await run('book-on-behalf.ts', ['--employee-id', 'E0002', '--slot', slotId], env);
    expect(again.code).toBe(2);
    expect(again.stdout).toContain('E0002: not booked: ALREADY_BOOKED');

    const unknown = await run('book-on-behalf.ts', ['--employee-id', 'E9999', '--slot', slotId], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('no ticket with employee id E9999');
  }, 60_000);

  it('not-booked.ts lists every synced employee except the one who was booked, as CSV', async () => {
    const result = await run('not-booked.ts', [], env);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('employee_id,ticket_number,ticket_id,status,email,department');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'E0001,2100000001',
      'E0003,2100000003',
      'E0004,2100000004',
      'E0005,2100000005',
    ]);
    expect(result.stderr).toContain('4 not booked');
  }, 60_000);

  it('webhook-receiver.ts verifies the booking webhook and drops its redelivery as a duplicate of the same webhook-id', async () => {
    const received = await within(30_000, () => jsonLines(receiverOut).find((l) => 'received' in l));
    expect(received).toMatchObject({
      type: 'reservation.booked',
      data: { madeBy: 'API', siteId: campaign.site.id },
    });

    const keyCaller = server.caller(key);
    const { webhookDeliveries } = await keyCaller.data(WEBHOOK_DELIVERIES, {
      endpointId: (await keyCaller.data(WEBHOOK_ENDPOINTS, { siteId: campaign.site.id })).webhookEndpoints[0]!
        .id,
    });
    const delivery = webhookDeliveries.edges[0]!.node;
    expect(delivery.eventId).toBe(received.received);
    await keyCaller.data(REDELIVER_WEBHOOK, { input: { deliveryId: delivery.id } });

    await within(30_000, () => jsonLines(receiverOut).find((l) => l.duplicate === received.received));
    expect(jsonLines(receiverOut).filter((l) => 'received' in l)).toHaveLength(1);
  }, 60_000);

  it('follow-feed.ts pages the feed to the end, stores the cursor, and the next run resumes with only what changed since', async () => {
    const cursorFile = path.join(dir, 'feed.cursor');
    await feedCount(campaign.operator, campaign.site.id, ['ticket.issued', 'reservation.booked'], 6);

    const first = await run('follow-feed.ts', ['--cursor-file', cursorFile, '--page-size', '2'], env);
    expect(first.code).toBe(0);
    const changes = jsonLines(first.stdout);
    expect(changes.filter((c) => c.type === 'ticket.issued').map((c) => c.externalId)).toEqual([
      'E0001',
      'E0002',
      'E0003',
      'E0004',
      'E0005',
    ]);
    expect(changes.filter((c) => c.type === 'reservation.booked')).toMatchObject([
      { ticketNumber: '2100000002', madeBy: 'API', externalId: 'E0002' },
    ]);
    expect(new Set(changes.map((c) => c.eventId)).size).toBe(changes.length);
    expect(first.stderr).toMatch(
      new RegExp(
        `${changes.length} changes in ${Math.ceil(changes.length / 2)}|${changes.length} changes in ${Math.ceil(changes.length / 2) + 1} pages`,
      ),
    );
    const cursor = await readFile(cursorFile, 'utf8');
    expect(cursor).not.toBe('');

    const idle = await run('follow-feed.ts', ['--cursor-file', cursorFile], env);
    expect(jsonLines(idle.stdout)).toEqual([]);
    expect(await readFile(cursorFile, 'utf8')).toBe(cursor);

    await run('book-on-behalf.ts', ['--employee-id', 'E0003', '--slot', slotId], env);
    await feedCount(campaign.operator, campaign.site.id, ['reservation.booked'], 2);
    const resumed = await run(
      'follow-feed.ts',
      ['--cursor-file', cursorFile, '--types', 'reservation.booked'],
      env,
    );
    expect(jsonLines(resumed.stdout)).toMatchObject([
      { type: 'reservation.booked', externalId: 'E0003', madeBy: 'API' },
    ]);
  }, 120_000);
});

describe('examples/hr-sync under a key rate limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await TestServer.start({ rateLimitPerApiKey: 1, rateLimitBurstPerApiKey: 2 });
  }, 60_000);
  afterAll(() => limited?.close());

  it('not-booked.ts answered 429 waits Retry-After, resends, and still lists every ticket once', async () => {
    const site = await Campaign.create(limited, { plan: 'WORKPLACE' });
    const numbers = await site.tickets(5);
    const { createApiKey } = await site.operator.data(CREATE_API_KEY, {
      input: { siteId: site.site.id, name: 'slow', scopes: ['ROSTER_READ'] },
    });
    const result = await run('not-booked.ts', ['--page-size', '1'], {
      VACCINATION_API_URL: limited.url,
      VACCINATION_API_KEY: createApiKey.secret,
      VACCINATION_SITE_ID: site.site.id,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/rate limited \(429\): waiting \d+ s as Retry-After says/);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[1]),
    ).toEqual(numbers);
  }, 90_000);
});
