import type { ResultOf } from '@graphql-typed-document-node/core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAny } from '../../examples/hr-sync/webhook-receiver.js';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  AUDIT_LOG,
  BOOK,
  CHANGES,
  CREATE_API_KEY,
  CREATE_WEBHOOK_ENDPOINT,
  PING_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_SECRET,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { within } from '../testkit/wait.js';
import { Receiver, type Received } from '../testkit/webhook-receiver.js';

async function createEndpoint(admin: Caller, siteId: string, url: string, eventTypes: string[]) {
  const { createWebhookEndpoint } = await admin.data(CREATE_WEBHOOK_ENDPOINT, {
    input: { siteId, url, eventTypes, description: 'HR system' },
  });
  return createWebhookEndpoint;
}

/** Whether a receiver holding only `secret` accepts the request (any of its signatures matches). */
function verifiesWith(secret: string, request: Received): boolean {
  try {
    new Webhook(secret).verify(request.body, request.headers);
    return true;
  } catch {
    return false;
  }
}

const signaturesOf = (request: Received) => request.headers['webhook-signature']!.split(' ');

describe('signing-secret rotation', () => {
  let server: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    server = await TestServer.startIsolated({ webhookWorker: true, jobs: true });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  it('during the overlap every delivery carries signatures of the new and the previous secret; after it only the new one, and the old secret alone fails', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const [first, second, third] = await campaign.recipients(3);
    const { endpoint, secret: oldSecret } = await createEndpoint(
      admin,
      campaign.site.id,
      receiver.url('/rotate'),
      ['reservation.booked'],
    );
    const slotId = await campaign.slot(tokyoAt(4, '10:00'), 10);
    const mine = () => receiver.requests.filter((r) => r.path === '/rotate');

    // Before: one signature, the old secret's.
    await first!.data(BOOK, { input: { slotId, dose: 1 } });
    const [before] = await within(20_000, () => (mine().length === 1 ? mine() : undefined));
    expect(signaturesOf(before!)).toHaveLength(1);
    expect(verifiesWith(oldSecret, before!)).toBe(true);

    const { rotateWebhookSecret } = await admin.data(ROTATE_WEBHOOK_SECRET, {
      input: { endpointId: endpoint.id },
    });
    const newSecret = rotateWebhookSecret.secret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    // The default overlap is 24 hours.
    const overlapEnds = Date.parse(rotateWebhookSecret.previousSecretExpiresAt!);
    expect(overlapEnds - Date.parse(rotateWebhookSecret.endpoint.updatedAt)).toBe(24 * 3600_000);
    expect(rotateWebhookSecret.endpoint.previousSecretExpiresAt).toBe(
      rotateWebhookSecret.previousSecretExpiresAt,
    );

    // During the overlap: two signatures; a receiver holding either secret accepts the delivery.
    await second!.data(BOOK, { input: { slotId, dose: 1 } });
    const during = (await within(20_000, () => (mine().length === 2 ? mine() : undefined)))[1]!;
    expect(signaturesOf(during)).toHaveLength(2);
    expect(signaturesOf(during).every((s) => s.startsWith('v1,'))).toBe(true);
    expect(verifiesWith(newSecret, during)).toBe(true);
    expect(verifiesWith(oldSecret, during)).toBe(true);
    // A test ping is signed the same way.
    await admin.data(PING_WEBHOOK_ENDPOINT, { input: { endpointId: endpoint.id } });
    const ping = mine().at(-1)!;
    expect(JSON.parse(ping.body)).toMatchObject({ type: 'webhook.ping' });
    expect([verifiesWith(newSecret, ping), verifiesWith(oldSecret, ping), signaturesOf(ping).length]).toEqual(
      [true, true, 2],
    );

    // The overlap ends (as 24 hours passing would leave it): only the new secret signs from then on.
    await server.query(
      `update webhook_endpoint set previous_secret_expires_at = now() - interval '1 second' where id = ?`,
      [endpoint.id],
    );
    await third!.data(BOOK, { input: { slotId, dose: 1 } });
    const after = (await within(20_000, () => (mine().length === 4 ? mine() : undefined)))[3]!;
    expect(signaturesOf(after)).toHaveLength(1);
    expect(verifiesWith(newSecret, after)).toBe(true);
    expect(verifiesWith(oldSecret, after)).toBe(false);
    const { webhookEndpoints } = await admin.data(WEBHOOK_ENDPOINTS, { siteId: campaign.site.id });
    expect(webhookEndpoints[0]!.previousSecretExpiresAt).toBeNull();

    // The example receiver, holding both secrets while it switches, accepts every one of these.
    const both = [new Webhook(newSecret), new Webhook(oldSecret)];
    for (const request of [before!, during, after])
      expect(verifyAny(both, request.body, request.headers)).toMatchObject({ type: 'reservation.booked' });
    expect(() => verifyAny([new Webhook(oldSecret)], after.body, after.headers)).toThrow();

    // The retention job forgets the expired previous secret.
    await server.app.reminders!.runJobNow('webhook-event-retention');
    await within(20_000, async () => {
      const [row] = await server.query<{ previous_secret: string | null }>(
        `select previous_secret from webhook_endpoint where id = ?`,
        [endpoint.id],
      );
      return row!.previous_secret === null;
    });
  }, 60_000);

  it('previousSecretValidHours: 0 stops the old secret at once; the rotation is audited without either secret', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { endpoint, secret: oldSecret } = await createEndpoint(
      admin,
      campaign.site.id,
      receiver.url('/at-once'),
      ['reservation.booked'],
    );
    const { rotateWebhookSecret } = await admin.data(ROTATE_WEBHOOK_SECRET, {
      input: { endpointId: endpoint.id, previousSecretValidHours: 0 },
    });
    expect(rotateWebhookSecret.previousSecretExpiresAt).toBeNull();
    await admin.data(PING_WEBHOOK_ENDPOINT, { input: { endpointId: endpoint.id } });
    const ping = receiver.requests.filter((r) => r.path === '/at-once')[0]!;
    expect(signaturesOf(ping)).toHaveLength(1);
    expect(verifiesWith(rotateWebhookSecret.secret, ping)).toBe(true);
    expect(verifiesWith(oldSecret, ping)).toBe(false);

    const { auditLog } = await admin.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'rotateWebhookSecret',
    });
    expect(auditLog.edges.map((e) => [e.node.targetType, e.node.targetId])).toEqual([
      ['webhook_endpoint', endpoint.id],
    ]);
    expect(auditLog.edges[0]!.node.after).toEqual({
      url: endpoint.url,
      overlapHours: 0,
      overlapEndsAt: null,
    });
    const stored = JSON.stringify(
      await server.query(`select before, after from audit_log where target_id = ?`, [endpoint.id]),
    );
    expect(stored).not.toContain('whsec_');
    expect(stored).not.toContain(oldSecret.slice(6));
    expect(stored).not.toContain(rotateWebhookSecret.secret.slice(6));
  });

  it('bad hours, unknown or foreign endpoints and callers without the right are refused and write nothing', async () => {
    const siteA = await Campaign.create(server);
    const siteB = await Campaign.create(server);
    const adminA = await adminOf(siteA, 'SITE_ADMIN');
    const adminB = await adminOf(siteB, 'SITE_ADMIN');
    const { endpoint } = await createEndpoint(adminA, siteA.site.id, receiver.url('/refused'), [
      'reservation.booked',
    ]);
    const stateOf = async () =>
      server.query(
        `select secret, previous_secret, previous_secret_expires_at, updated_at,
                (select count(*)::int from audit_log where action = 'rotateWebhookSecret') as audited
           from webhook_endpoint where id = ?`,
        [endpoint.id],
      );
    const before = await stateOf();
    const rotate = (caller: Caller, endpointId: string, previousSecretValidHours?: number) =>
      caller.errorCode(ROTATE_WEBHOOK_SECRET, { input: { endpointId, previousSecretValidHours } });

    expect(await rotate(adminA, endpoint.id, 169)).toBe('BAD_USER_INPUT');
    expect(await rotate(adminA, endpoint.id, -1)).toBe('BAD_USER_INPUT');
    expect(await rotate(adminA, 'not-an-id')).toBe('BAD_USER_INPUT');
    expect(await rotate(adminA, '00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
    expect(await rotate(adminB, endpoint.id)).toBe('NOT_FOUND');
    const staff = await adminOf(siteA, 'VENUE_STAFF', [siteA.venueId]);
    expect(await rotate(staff, endpoint.id)).toBe('FORBIDDEN');
    const recipient = await siteA.recipient();
    expect(await rotate(recipient, endpoint.id)).toBe('FORBIDDEN');
    const keyOf = async (scopes: ResultOf<typeof CREATE_API_KEY>['createApiKey']['apiKey']['scopes']) => {
      const { createApiKey } = await siteA.operator.data(CREATE_API_KEY, {
        input: { siteId: siteA.site.id, name: `HR ${scopes.join('+')}`, scopes, expiresAt: null },
      });
      return server.caller(createApiKey.secret);
    };
    const rosterKey = await keyOf(['ROSTER_READ', 'ROSTER_WRITE', 'RECORDS_READ', 'BOOK_ON_BEHALF']);
    expect(await rotate(rosterKey, endpoint.id)).toBe('FORBIDDEN');
    expect(await stateOf()).toEqual(before);

    // The right scope (and an operator) may.
    const webhookKey = await keyOf(['WEBHOOKS_MANAGE']);
    const byKey = await webhookKey.data(ROTATE_WEBHOOK_SECRET, { input: { endpointId: endpoint.id } });
    expect(byKey.rotateWebhookSecret.secret).toMatch(/^whsec_/);
    const byOperator = await siteA.operator.data(ROTATE_WEBHOOK_SECRET, {
      input: { endpointId: endpoint.id, previousSecretValidHours: 168 },
    });
    expect(byOperator.rotateWebhookSecret.secret).not.toBe(byKey.rotateWebhookSecret.secret);
  });
});

describe('retention of deliveries and the event log', () => {
  let server: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    // A failed attempt is retried an hour later: the failing endpoint's deliveries stay PENDING.
    server = await TestServer.startIsolated({
      webhookWorker: true,
      jobs: true,
      webhookRetryBaseMs: 3600_000,
      webhookDeliveryRetentionDays: 30,
      eventLogRetentionDays: 90,
    });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  async function changes(admin: Caller, siteId: string, after: string | null, types?: string[]) {
    const { changes }: ResultOf<typeof CHANGES> = await admin.data(CHANGES, {
      siteId,
      after,
      first: 500,
      types: types ?? null,
    });
    return changes.edges;
  }

  async function runRetention() {
    const jobs = () =>
      server.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'webhook-event-retention' and state = 'completed'`,
      );
    const done = (await jobs())[0]!.n;
    await server.app.reminders!.runJobNow('webhook-event-retention');
    await within(30_000, async () => (await jobs())[0]!.n > done);
  }

  it('old finished deliveries and dispatched events go; pending deliveries and undispatched events stay; an expired cursor gets CURSOR_EXPIRED and a fresh one reads on', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const siteId = campaign.site.id;
    receiver.answer = ({ path }) => (path === '/down' ? 503 : 200);
    const ok = await createEndpoint(admin, siteId, receiver.url('/ok'), ['reservation.booked']);
    const down = await createEndpoint(admin, siteId, receiver.url('/down'), ['reservation.booked']);
    const recipients = await campaign.recipients(5);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const deliveriesOf = async (endpointId: string) =>
      (await admin.data(WEBHOOK_DELIVERIES, { endpointId, first: 500 })).webhookDeliveries.edges.map(
        (e) => e.node,
      );

    // Three bookings, dispatched and sent (the failing endpoint's wait for their retry).
    for (const recipient of recipients.slice(0, 3))
      await recipient.data(BOOK, { input: { slotId, dose: 1 } });
    await within(30_000, async () => {
      const [delivered, failing] = [await deliveriesOf(ok.endpoint.id), await deliveriesOf(down.endpoint.id)];
      return (
        delivered.filter((d) => d.status === 'DELIVERED').length === 3 &&
        failing.filter((d) => d.attempts === 1).length === 3
      );
    });
    // Two more while no process dispatches: they wait in the log.
    await server.app.services.webhookWorker!.stop();
    for (const recipient of recipients.slice(3)) await recipient.data(BOOK, { input: { slotId, dose: 1 } });
    const booked = await within(30_000, async () => {
      const edges = await changes(admin, siteId, null, ['reservation.booked']);
      return edges.length === 5 ? edges : undefined;
    });
    const everything = await changes(admin, siteId, null);

    // Everything is old now: the events 91 days, the deliveries 31 (but one delivered one, kept).
    await server.query(`update event_log set recorded_at = now() - interval '91 days' where site_id = ?`, [
      siteId,
    ]);
    // The endpoints are older still (an endpoint gets only events recorded after it was made).
    await server.query(
      `update webhook_endpoint set created_at = now() - interval '100 days' where site_id = ?`,
      [siteId],
    );
    const young = (await deliveriesOf(ok.endpoint.id))[0]!.id;
    await server.query(
      `update webhook_delivery set created_at = now() - interval '31 days',
              last_attempt_at = now() - interval '31 days',
              delivered_at = case when delivered_at is not null then now() - interval '31 days' end
        where endpoint_id in (?, ?) and id <> ?`,
      [ok.endpoint.id, down.endpoint.id, young],
    );
    await runRetention();

    // Deliveries: the young delivered one and the three PENDING ones are left.
    expect((await deliveriesOf(ok.endpoint.id)).map((d) => d.id)).toEqual([young]);
    expect((await deliveriesOf(down.endpoint.id)).map((d) => d.status)).toEqual([
      'PENDING',
      'PENDING',
      'PENDING',
    ]);
    // Events: only the two the dispatcher has not passed.
    const undispatched = booked.slice(3).map((e) => e.node.eventId);
    const left = await server.query<{ event_id: string }>(
      `select event_id from event_log where site_id = ? order by tx, position`,
      [siteId],
    );
    expect(left.map((r) => r.event_id)).toEqual(undispatched);

    // A reader whose cursor is before a deleted change is told so, whatever types it reads.
    const expired = await admin.request(CHANGES, { siteId, after: booked[0]!.cursor, first: 10 });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after' });
    expect(expired.errors?.[0]?.message).toMatch(/roster/);
    expect(
      await admin.errorCode(CHANGES, { siteId, after: everything[0]!.cursor, types: ['reservation.booked'] }),
    ).toBe('CURSOR_EXPIRED');
    // …but not one that reads only types none of whose changes were deleted.
    expect(await changes(admin, siteId, booked[0]!.cursor, ['reservation.cancelled'])).toEqual([]);
    // A cursor at the last deleted change (a reader that had read everything so far) and no cursor at all
    // read every change kept.
    expect(
      (await changes(admin, siteId, booked[2]!.cursor, ['reservation.booked'])).map((e) => e.node.eventId),
    ).toEqual(undispatched);
    expect((await changes(admin, siteId, null)).map((e) => e.node.eventId)).toEqual(undispatched);
    const fresh = (await changes(admin, siteId, null))[0]!.cursor;
    expect((await changes(admin, siteId, fresh)).map((e) => e.node.eventId)).toEqual(undispatched.slice(1));

    // The kept events are still delivered once a dispatcher runs again.
    server.app.services.webhookWorker!.start();
    await within(30_000, () => {
      const verified = receiver.verified(ok.secret, '/ok');
      return undispatched.every((id) => verified.has(id));
    });
  }, 90_000);
});
