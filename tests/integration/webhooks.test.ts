import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ResultOf } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  AUDIT_ACTORS,
  BOOK,
  CANCEL,
  CHANGES,
  CREATE_API_KEY,
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  PING_WEBHOOK_ENDPOINT,
  REDELIVER_WEBHOOK,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { Receiver } from '../testkit/webhook-receiver.js';
import { wait, within } from '../testkit/wait.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function createEndpoint(admin: Caller, siteId: string, url: string, eventTypes: string[]) {
  const { createWebhookEndpoint } = await admin.data(CREATE_WEBHOOK_ENDPOINT, {
    input: { siteId, url, eventTypes, description: 'HR system' },
  });
  return createWebhookEndpoint;
}

async function deliveriesOf(admin: Caller, endpointId: string) {
  const { webhookDeliveries } = await admin.data(WEBHOOK_DELIVERIES, { endpointId, first: 500 });
  return webhookDeliveries.edges.map((e) => e.node);
}

/**
 * The site's reservation events as the change feed lists them (the same log the webhooks come from), once
 * it lists `count`: the feed shows a commit only after every older transaction of the PostgreSQL cluster
 * has ended, and other test files' transactions run at the same time.
 */
async function feedEventIds(
  admin: Caller,
  siteId: string,
  types: string[],
  count: number,
): Promise<string[]> {
  return within(30_000, async () => {
    const ids = await readFeedEventIds(admin, siteId, types);
    return ids.length >= count ? ids : undefined;
  });
}

async function readFeedEventIds(admin: Caller, siteId: string, types: string[]): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { changes }: ResultOf<typeof CHANGES> = await admin.data(CHANGES, {
      siteId,
      after,
      first: 500,
      types,
    });
    ids.push(...changes.edges.map((e) => e.node.eventId));
    if (!changes.pageInfo.hasNextPage) return ids;
    after = changes.pageInfo.endCursor;
  }
}

describe('webhooks', () => {
  let server: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    server = await TestServer.startIsolated({ webhookWorker: true, webhookDisableAfterFailures: 1000 });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  it('a receiver answering 500 for a while still gets every booking and cancellation exactly once after dedup, each signature verifying', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const types = ['reservation.booked', 'reservation.cancelled'];
    const { endpoint, secret } = await createEndpoint(
      admin,
      campaign.site.id,
      receiver.url('/retries'),
      types,
    );
    expect(secret).toMatch(/^whsec_/);
    // The first eight deliveries fail, however long the machine takes to send them (a clock would race it).
    let failuresLeft = 8;
    receiver.answer = ({ path }) => (path === '/retries' && failuresLeft-- > 0 ? 500 : 200);

    const slotId = await campaign.slot(tokyoAt(4, '10:00'), 30);
    const recipients = await campaign.recipients(16);
    await Promise.all(
      recipients.map(async (recipient, i) => {
        const { bookReservation } = await recipient.data(BOOK, { input: { slotId, dose: 1 } });
        if (i % 4 === 0)
          await recipient.data(CANCEL, { input: { reservationId: bookReservation.reservations[0]!.id } });
      }),
    );
    const expected = await feedEventIds(admin, campaign.site.id, types, 20);
    expect(expected).toHaveLength(20);

    const received = await within(30_000, () => {
      const verified = receiver.verified(secret, '/retries');
      return expected.every((id) => verified.has(id)) ? verified : undefined;
    });
    const mine = receiver.requests.filter((r) => r.path === '/retries');
    expect(mine.some((r) => r.answered === 500)).toBe(true);
    expect([...received.keys()].filter((id) => expected.includes(id)).sort()).toEqual([...expected].sort());
    expect(
      [...received.values()].filter((m) => m.type === 'reservation.cancelled').map((m) => m.data.siteId),
    ).toEqual(Array(4).fill(campaign.site.id));
    const log = await within(5000, async () => {
      const deliveries = await deliveriesOf(admin, endpoint.id);
      return deliveries.every((d) => d.status === 'DELIVERED') ? deliveries : undefined;
    });
    expect(log).toHaveLength(20);
    expect(log.some((d) => d.attempts > 1)).toBe(true);
    expect(log.every((d) => d.lastStatusCode === 200)).toBe(true);
  }, 60_000);

  it('an endpoint gets only the types it asked for, recorded after it was created, each stamped with when it happened', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(4, '11:00'), 10);
    const [early, late] = await campaign.recipients(2);
    // The dispatcher is held back (its cursor locked, as another instance dispatching would hold it), so the
    // early booking is still ahead of it when the endpoint is created: what keeps it out is the rule, not luck.
    // (Holding the lock also holds back the feed's settled line, so nothing here waits for the feed.)
    const holder = new pg.Client({ connectionString: server.app.orm.config.get('clientUrl') });
    await holder.connect();
    const created = await (async () => {
      try {
        await holder.query(`begin; select 1 from webhook_cursor where name = 'dispatcher' for update`);
        await early!.data(BOOK, { input: { slotId, dose: 1 } });
        return await createEndpoint(admin, campaign.site.id, receiver.url('/since'), ['reservation.booked']);
      } finally {
        await holder.query('rollback');
        await holder.end();
      }
    })();
    const { endpoint, secret } = created;
    const { bookReservation } = await late!.data(BOOK, { input: { slotId, dose: 1 } });
    await late!.data(CANCEL, { input: { reservationId: bookReservation.reservations[0]!.id } });
    const events = await within(30_000, async () => {
      const { changes } = await admin.data(CHANGES, {
        siteId: campaign.site.id,
        first: 10,
        types: ['reservation.booked', 'reservation.cancelled'],
      });
      return changes.edges.length === 3 ? changes.edges.map((e) => e.node) : undefined;
    });
    const [earlyBooked, lateBooked] = events;
    expect(events.map((e) => e.type)).toEqual([
      'reservation.booked',
      'reservation.booked',
      'reservation.cancelled',
    ]);

    const received = await within(30_000, () => {
      const verified = receiver.verified(secret, '/since');
      return verified.has(lateBooked!.eventId) ? verified : undefined;
    });
    // All three are settled: a few dispatch rounds later (25 ms polls here) any delivery made of them exists.
    await wait(500);
    const deliveries = await deliveriesOf(admin, endpoint.id);
    expect(deliveries.map((d) => d.eventId)).toEqual([lateBooked!.eventId]);
    expect([...receiver.verified(secret, '/since').keys()]).toEqual([lateBooked!.eventId]);
    const message = received.get(lateBooked!.eventId) as unknown as { type: string; timestamp: string };
    expect(earlyBooked!.ticketId).not.toBe(lateBooked!.ticketId);
    expect(message.type).toBe('reservation.booked');
    expect(message.timestamp).toBe(new Date(String(lateBooked!.occurredAt)).toISOString());
  });

  it('two instances delivering from the same database send each event once', async () => {
    const second = await TestServer.start(
      { webhookWorker: true },
      {},
      server.app.orm.config.get('clientUrl'),
    );
    try {
      const campaign = await Campaign.create(server);
      const admin = await adminOf(campaign, 'SITE_ADMIN');
      const { secret } = await createEndpoint(admin, campaign.site.id, receiver.url('/twice'), [
        'reservation.booked',
      ]);
      const slotId = await campaign.slot(tokyoAt(4, '15:00'), 30);
      const recipients = await campaign.recipients(20);
      // Half the bookings through each instance.
      await Promise.all(
        recipients.map((r, i) =>
          (i % 2 ? r : r.withUrl(second.url)).data(BOOK, { input: { slotId, dose: 1 } }),
        ),
      );
      await within(20_000, () => receiver.verified(secret, '/twice').size === 20);
      await wait(300);
      const ids = receiver.requests.filter((r) => r.path === '/twice').map((r) => r.headers['webhook-id']);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('a manual redelivery sends the same event again with the same webhook-id', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { endpoint, secret } = await createEndpoint(admin, campaign.site.id, receiver.url('/redeliver'), [
      'reservation.booked',
    ]);
    const recipient = await campaign.recipient();
    await recipient.data(BOOK, { input: { slotId: await campaign.slot(tokyoAt(5, '09:00'), 3), dose: 1 } });
    const [delivery] = await within(10_000, async () => {
      const deliveries = await deliveriesOf(admin, endpoint.id);
      return deliveries[0]?.status === 'DELIVERED' ? deliveries : undefined;
    });
    const { redeliverWebhook } = await admin.data(REDELIVER_WEBHOOK, { input: { deliveryId: delivery!.id } });
    expect(redeliverWebhook).toMatchObject({ status: 'PENDING', attempts: 0 });
    await within(10_000, () => receiver.requests.filter((r) => r.path === '/redeliver').length === 2);
    const both = receiver.requests.filter((r) => r.path === '/redeliver');
    expect(both.map((r) => r.headers['webhook-id'])).toEqual([delivery!.eventId, delivery!.eventId]);
    expect(receiver.verified(secret, '/redeliver').get(delivery!.eventId)?.type).toBe('reservation.booked');
  }, 30_000);

  it('a test ping reaches the endpoint signed and is kept in its delivery log', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { endpoint, secret } = await createEndpoint(admin, campaign.site.id, receiver.url('/ping'), [
      'ticket.issued',
    ]);
    const { pingWebhookEndpoint } = await admin.data(PING_WEBHOOK_ENDPOINT, {
      input: { endpointId: endpoint.id },
    });
    expect(pingWebhookEndpoint).toMatchObject({ ok: true, statusCode: 200, error: null });
    const ping = receiver.requests.filter((r) => r.path === '/ping');
    expect(ping).toHaveLength(1);
    const message = new Webhook(secret).verify(ping[0]!.body, ping[0]!.headers) as { type: string };
    expect(message.type).toBe('webhook.ping');
    // A wrong secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(24).toString('base64')}`).verify(ping[0]!.body, ping[0]!.headers),
    ).toThrow();
    const log = await deliveriesOf(admin, endpoint.id);
    expect(log.map((d) => [d.eventType, d.status, d.lastStatusCode])).toEqual([
      ['webhook.ping', 'DELIVERED', 200],
    ]);
  });

  it("a key's ping, redelivery, change and deletion of an endpoint are in its site's audit log, named as the key", async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { createApiKey } = await admin.data(CREATE_API_KEY, {
      input: { siteId: campaign.site.id, name: 'HR hooks', scopes: ['WEBHOOKS_MANAGE'] },
    });
    const key = server.caller(createApiKey.secret);
    const { endpoint } = await createEndpoint(key, campaign.site.id, receiver.url('/audited'), [
      'reservation.booked',
    ]);
    const recipient = await campaign.recipient();
    await recipient.data(BOOK, { input: { slotId: await campaign.slot(tokyoAt(5, '11:00'), 3), dose: 1 } });
    const [delivery] = await within(10_000, async () => {
      const deliveries = await deliveriesOf(key, endpoint.id);
      return deliveries[0]?.status === 'DELIVERED' ? deliveries : undefined;
    });
    await key.data(PING_WEBHOOK_ENDPOINT, { input: { endpointId: endpoint.id } });
    await key.data(REDELIVER_WEBHOOK, { input: { deliveryId: delivery!.id } });
    // The booking, the ping and the redelivery have arrived before the endpoint goes.
    await within(10_000, () => receiver.requests.filter((r) => r.path === '/audited').length >= 3);
    await key.data(UPDATE_WEBHOOK_ENDPOINT, { input: { endpointId: endpoint.id, description: 'renamed' } });
    await key.data(DELETE_WEBHOOK_ENDPOINT, { input: { endpointId: endpoint.id } });

    for (const [action, targetId] of [
      ['pingWebhookEndpoint', endpoint.id],
      ['redeliverWebhook', delivery!.id],
      ['updateWebhookEndpoint', endpoint.id],
      ['deleteWebhookEndpoint', endpoint.id],
    ] as const) {
      const { auditLog } = await admin.data(AUDIT_ACTORS, { siteId: campaign.site.id, action });
      expect(
        auditLog.edges.map((e) => [e.node.actorRole, e.node.actorApiKeyId, e.node.targetId]),
        action,
      ).toEqual([['API_KEY', createApiKey.apiKey.id, targetId]]);
    }
  }, 30_000);

  it('a redirect is refused: the ping fails with the 3xx and the redirect target is never called', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    receiver.answer = ({ path }) =>
      path === '/moved' ? { status: 307, location: receiver.url('/target') } : 200;
    const { endpoint } = await createEndpoint(admin, campaign.site.id, receiver.url('/moved'), [
      'ticket.issued',
    ]);
    const { pingWebhookEndpoint } = await admin.data(PING_WEBHOOK_ENDPOINT, {
      input: { endpointId: endpoint.id },
    });
    expect(pingWebhookEndpoint.ok).toBe(false);
    expect(pingWebhookEndpoint.statusCode).toBe(307);
    expect(pingWebhookEndpoint.error).toMatch(/redirect/);
    await wait(200);
    expect(receiver.requests.filter((r) => r.path === '/target')).toHaveLength(0);
  });

  it('a site admin of another site sees no endpoint of this one and cannot change or redeliver; bad input writes nothing', async () => {
    const siteA = await Campaign.create(server);
    const siteB = await Campaign.create(server);
    const adminA = await adminOf(siteA, 'SITE_ADMIN');
    const adminB = await adminOf(siteB, 'SITE_ADMIN');
    const { endpoint } = await createEndpoint(adminA, siteA.site.id, receiver.url('/a'), [
      'reservation.booked',
    ]);
    const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
      r.errors?.[0]?.extensions?.code;

    expect(codeOf(await adminB.request(WEBHOOK_ENDPOINTS, { siteId: siteA.site.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await adminB.request(UPDATE_WEBHOOK_ENDPOINT, { input: { endpointId: endpoint.id, enabled: false } }),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await adminB.request(WEBHOOK_DELIVERIES, { endpointId: endpoint.id }))).toBe('NOT_FOUND');
    const { pingWebhookEndpoint } = await adminA.data(PING_WEBHOOK_ENDPOINT, {
      input: { endpointId: endpoint.id },
    });
    expect(
      codeOf(
        await adminB.request(REDELIVER_WEBHOOK, { input: { deliveryId: pingWebhookEndpoint.delivery.id } }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await adminB.request(CREATE_WEBHOOK_ENDPOINT, {
          input: { siteId: siteA.site.id, url: receiver.url('/x'), eventTypes: ['reservation.booked'] },
        }),
      ),
    ).toBe('NOT_FOUND');
    const recipient = await siteA.recipient();
    expect(codeOf(await recipient.request(WEBHOOK_ENDPOINTS, { siteId: siteA.site.id }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await adminA.request(CREATE_WEBHOOK_ENDPOINT, {
          input: { siteId: siteA.site.id, url: receiver.url('/y'), eventTypes: ['reservation.exploded'] },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await adminA.request(CREATE_WEBHOOK_ENDPOINT, {
          input: { siteId: siteA.site.id, url: 'ftp://example.com/hook', eventTypes: ['reservation.booked'] },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const { webhookEndpoints } = await adminA.data(WEBHOOK_ENDPOINTS, { siteId: siteA.site.id });
    expect(webhookEndpoints.map((e) => e.id)).toEqual([endpoint.id]);
  });
});

describe('webhook endpoints after a run of failures', () => {
  let server: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    server = await TestServer.startIsolated({
      webhookWorker: true,
      webhookDisableAfterFailures: 3,
      webhookRetryBaseMs: 20,
    });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  it('are disabled after 3 failures in a row, and once an admin enables them again receive what was queued', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { endpoint, secret } = await createEndpoint(admin, campaign.site.id, receiver.url('/down'), [
      'reservation.booked',
    ]);
    let down = true;
    receiver.answer = () => (down ? 503 : 200);
    const recipient = await campaign.recipient();
    await recipient.data(BOOK, { input: { slotId: await campaign.slot(tokyoAt(5, '11:00'), 3), dose: 1 } });

    const disabled = await within(10_000, async () => {
      const { webhookEndpoints } = await admin.data(WEBHOOK_ENDPOINTS, { siteId: campaign.site.id });
      return webhookEndpoints[0]!.enabled ? undefined : webhookEndpoints[0]!;
    });
    expect(disabled).toMatchObject({ disabledReason: 'FAILURES', consecutiveFailures: 3 });
    await wait(300);
    // Disabled: no more attempts.
    expect(receiver.requests).toHaveLength(3);

    down = false;
    const { updateWebhookEndpoint } = await admin.data(UPDATE_WEBHOOK_ENDPOINT, {
      input: { endpointId: endpoint.id, enabled: true },
    });
    expect(updateWebhookEndpoint).toMatchObject({
      enabled: true,
      disabledReason: null,
      consecutiveFailures: 0,
    });
    await within(10_000, () => receiver.verified(secret, '/down').size === 1);
    // The receiver records the request before it answers; the outcome is written after the answer.
    const delivery = await within(10_000, async () => {
      const [last] = await deliveriesOf(admin, endpoint.id);
      return last?.status === 'PENDING' ? undefined : last;
    });
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 4, lastStatusCode: 200 });
  }, 30_000);
});

describe('webhooks without the private-address setting', () => {
  let open: TestServer;
  let strict: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    open = await TestServer.start();
    strict = await TestServer.start({ webhookAllowPrivateAddresses: false });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await open.close();
    await strict.close();
    await receiver.close();
  });

  it('refuse loopback and private addresses, also when a name resolves to one', async () => {
    const campaign = await Campaign.create(open);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const strictAdmin = admin.withUrl(strict.url);
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://[::1]:9/hook',
      'http://10.1.2.3/hook',
      'http://169.254.169.254/',
    ]) {
      const refused = await strictAdmin.request(CREATE_WEBHOOK_ENDPOINT, {
        input: { siteId: campaign.site.id, url, eventTypes: ['reservation.booked'] },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Made where the setting allows it; the strict instance resolves the name and refuses to send.
    const port = new URL(receiver.url()).port;
    const { endpoint } = await createEndpoint(admin, campaign.site.id, `http://localhost:${port}/hook`, [
      'reservation.booked',
    ]);
    const { pingWebhookEndpoint } = await strictAdmin.data(PING_WEBHOOK_ENDPOINT, {
      input: { endpointId: endpoint.id },
    });
    expect(pingWebhookEndpoint).toMatchObject({ ok: false, statusCode: null });
    expect(pingWebhookEndpoint.error).toMatch(/private address/);
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('webhooks across a crash', () => {
  let server: TestServer;
  let receiver: Receiver;
  let child: ChildProcess | undefined;
  let port: number;
  let output = '';

  /** `npm start` as an operator runs it, on the test's database, delivering webhooks. */
  async function startDeliverer(): Promise<void> {
    output = '';
    const databaseUrl = server.app.orm.config.get('clientUrl')!;
    child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO_DATA: 'false',
        MAIL_WORKER: 'false',
        JOBS: 'false',
        BUS: 'none',
        ISSUANCE_FILE_KEY: Buffer.alloc(32, 7).toString('base64'),
        WEBHOOK_WORKER: 'true',
        WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
        WEBHOOK_POLL_MS: '50',
        WEBHOOK_RETRY_BASE_MS: '50',
        WEBHOOK_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
      if (Date.now() - started > 60_000) throw new Error(`the server did not get ready:\n${output}`);
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      await wait(50);
    }
  }

  async function kill(): Promise<void> {
    const running = child!;
    if (running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }

  beforeAll(async () => {
    server = await TestServer.startIsolated();
    receiver = await Receiver.start();
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, wait(10_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await server.close();
    await receiver.close();
  });

  it('every event reaches the receiver (deduplicated by webhook-id) while the delivering server is SIGKILLed and restarted', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { secret } = await createEndpoint(admin, campaign.site.id, receiver.url('/crash'), [
      'reservation.booked',
    ]);
    const slotId = await campaign.slot(tokyoAt(6, '10:00'), 60);
    const recipients = await campaign.recipients(40);
    receiver.delayMs = 150;
    await startDeliverer();

    await Promise.all(recipients.slice(0, 30).map((r) => r.data(BOOK, { input: { slotId, dose: 1 } })));
    await within(20_000, () => receiver.requests.filter((r) => r.path === '/crash').length >= 5);
    await kill();
    const beforeRestart = receiver.verified(secret, '/crash').size;
    // Written while no process delivers: they wait in the log.
    await Promise.all(recipients.slice(30).map((r) => r.data(BOOK, { input: { slotId, dose: 1 } })));
    await startDeliverer();

    const expected = await feedEventIds(admin, campaign.site.id, ['reservation.booked'], 40);
    expect(expected).toHaveLength(40);
    await within(45_000, () => {
      const verified = receiver.verified(secret, '/crash');
      return expected.every((id) => verified.has(id));
    });
    expect(beforeRestart).toBeLessThan(40);
    const verified = receiver.verified(secret, '/crash');
    expect([...verified.keys()].sort()).toEqual([...expected].sort());
  }, 120_000);
});
