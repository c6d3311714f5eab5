import type { ResultOf } from '@graphql-typed-document-node/core';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { adminOf } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import { queryText, type Caller } from '../testkit/graphql-client.js';
import {
  API_KEYS,
  AUDIT_ACTORS,
  CREATE_API_KEY,
  CREATE_SLOT,
  EXPORT_RESERVATIONS,
  PROXY_BOOK,
  PROXY_CANCEL,
  REGISTER_TICKETS,
  RESERVATIONS,
  REVOKE_API_KEY,
  SITE_VENUES,
  SLOT_AVAILABILITY_CHANGED,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

type Scope = ResultOf<typeof CREATE_API_KEY>['createApiKey']['apiKey']['scopes'][number];

// Two server processes' worth of state on one database: the revocation test asks the second one. The
// principal cache is on (60 s), as in production, to show that it never holds an API key.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  const settings = { bus: 'postgres' as const, principalCacheTtlMs: 60_000 };
  [a, b] = await Promise.all([TestServer.start(settings), TestServer.start(settings)]);
});
afterAll(() => Promise.all([a.close(), b.close()]));

/** Creates a key through the API as `admin` (the campaign's operator by default); the secret and the key. */
async function createKey(
  campaign: Campaign,
  scopes: Scope[],
  options: { admin?: Caller; name?: string; expiresAt?: string } = {},
) {
  const { createApiKey } = await (options.admin ?? campaign.operator).data(CREATE_API_KEY, {
    input: {
      siteId: campaign.site.id,
      name: options.name ?? `HR sync ${scopes.join('+')}`,
      scopes,
      expiresAt: options.expiresAt ?? null,
    },
  });
  return { ...createApiKey, caller: campaign.server.caller(createApiKey.secret) };
}

async function ticketIdOf(server: TestServer, siteId: string, number: string): Promise<string> {
  // The roster query that would tell an HR system this id is another helper's part of issue 13.
  const [row] = await server.query<{ id: string }>(`select id from ticket where site_id = ? and number = ?`, [
    siteId,
    number,
  ]);
  return row!.id;
}

async function keyRows(server: TestServer, siteId: string): Promise<number> {
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from api_key where site_id = ?`,
    [siteId],
  );
  return row!.n;
}

describe('API keys', () => {
  it('a site admin creates a key: the secret is answered once, with the vrk_live_ prefix, and never listed or stored', async () => {
    const campaign = await Campaign.create(a);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const created = await createKey(campaign, ['RECORDS_READ', 'BOOK_ON_BEHALF'], {
      admin,
      name: '人事システム',
    });
    expect(created.secret).toMatch(/^vrk_live_[0-9A-Za-z]{38}$/);
    expect(created.apiKey).toMatchObject({
      siteId: campaign.site.id,
      name: '人事システム',
      prefix: 'vrk_live_',
      lastFour: created.secret.slice(-4),
      scopes: ['RECORDS_READ', 'BOOK_ON_BEHALF'],
      createdBy: admin.adminUserId,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });

    const listed = await admin.data(API_KEYS, { siteId: campaign.site.id });
    expect(listed.apiKeys.edges.map((e) => e.node)).toEqual([created.apiKey]);
    const secretPart = created.secret.slice('vrk_live_'.length);
    expect(JSON.stringify(listed)).not.toContain(secretPart.slice(0, 20));
    const [row] = await a.query<Record<string, unknown>>(`select * from api_key where id = ?`, [
      created.apiKey.id,
    ]);
    expect(JSON.stringify(row)).not.toContain(secretPart.slice(0, 20));
    // The creation itself is audited, without the secret.
    const audit = await admin.data(AUDIT_ACTORS, { siteId: campaign.site.id, action: 'createApiKey' });
    expect(audit.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ actorAdminUserId: admin.adminUserId, targetId: created.apiKey.id }),
    ]);
  });

  it('the key authenticates as Bearer: a RECORDS_READ key lists its site’s reservations and its last use is recorded', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, ['RECORDS_READ']);
    const { reservations } = await key.caller.data(RESERVATIONS, { siteId: campaign.site.id });
    expect(reservations.edges).toEqual([]);
    const { venues } = await key.caller.data(SITE_VENUES, { siteCode: campaign.site.code });
    expect(venues.map((v) => v.id)).toEqual([campaign.venueId]);

    const listed = await campaign.operator.data(API_KEYS, { siteId: campaign.site.id });
    const lastUsedAt = listed.apiKeys.edges[0]!.node.lastUsedAt;
    expect(lastUsedAt).not.toBeNull();
    expect(Math.abs(Date.parse(lastUsedAt!) - Date.now())).toBeLessThan(60_000);
  });

  it('a key costs one indexed lookup per request and writes its last use at most once a minute, not per request', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, ['RECORDS_READ']);
    const statements = async (caller: Caller) => {
      const response = await caller.request(RESERVATIONS, { siteId: campaign.site.id });
      expect(response.errors).toBeUndefined();
      return response.extensions!.sqlStatements!;
    };
    const first = await statements(key.caller);
    const later = [await statements(key.caller), await statements(key.caller)];
    // The first request also recorded the use; the next ones within the minute only looked the key up.
    expect(later).toEqual([first - 1, first - 1]);
    // A person's session is served from the principal cache here (60 s): the key costs exactly one more.
    await statements(campaign.operator);
    expect(await statements(campaign.operator)).toBe(first - 2);
  });

  it('an unknown, garbled or made-up key is refused as UNAUTHENTICATED', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, ['RECORDS_READ']);
    const flipped = key.secret.slice(0, 12) + (key.secret[12] === 'A' ? 'B' : 'A') + key.secret.slice(13);
    for (const token of [flipped, 'vrk_live_0000', `${key.secret}0`]) {
      expect(await a.caller(token).errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('an HR system is told what went wrong: a refused key says the key is the problem, a malformed id names its field', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, ['RECORDS_READ', 'BOOK_ON_BEHALF']);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 5);

    const malformed = await key.caller.request(PROXY_BOOK, { input: { ticketId: 'E0001', slotId, dose: 1 } });
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'Argument Validation Error: ticketId must be a UUID',
      extensions: { code: 'BAD_USER_INPUT', field: 'ticketId' },
    });

    await campaign.operator.data(REVOKE_API_KEY, { input: { id: key.apiKey.id } });
    const made = `vrk_live_${'0'.repeat(38)}`;
    for (const caller of [key.caller, a.caller(made)]) {
      const refused = await caller.request(RESERVATIONS, { siteId: campaign.site.id });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'The API key is unknown, revoked or expired',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    // No token at all is still the person's "log in" answer.
    const anonymous = await a.caller().request(RESERVATIONS, { siteId: campaign.site.id });
    expect(anonymous.errors?.[0]).toMatchObject({
      message: 'Log in first',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('a key with ROSTER_READ only cannot book, cancel, register tickets, read records or create slots: FORBIDDEN and nothing written', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const [number] = await campaign.tickets(1);
    const ticketId = await ticketIdOf(a, campaign.site.id, number!);
    const key = await createKey(campaign, ['ROSTER_READ']);

    expect(await key.caller.errorCode(PROXY_BOOK, { input: { ticketId, slotId, dose: 1 } })).toBe(
      'FORBIDDEN',
    );
    expect(
      await key.caller.errorCode(REGISTER_TICKETS, {
        input: {
          siteId: campaign.site.id,
          kind: 'REAL',
          tickets: [{ number: '1999999999', birthDate: BIRTH_DATE }],
        },
      }),
    ).toBe('FORBIDDEN');
    expect(await key.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBe('FORBIDDEN');
    expect(await key.caller.errorCode(EXPORT_RESERVATIONS, { input: { siteId: campaign.site.id } })).toBe(
      'FORBIDDEN',
    );
    expect(
      await key.caller.errorCode(CREATE_SLOT, {
        input: {
          venueId: campaign.venueId,
          vaccineId: campaign.vaccineId,
          startsAt: tokyoAt(6, '10:00').toISOString(),
          endsAt: tokyoAt(6, '10:30').toISOString(),
          capacity: 5,
        },
      }),
    ).toBe('FORBIDDEN');

    const [written] = await a.query<{ reservations: number; tickets: number; slots: number }>(
      `select (select count(*)::int from reservation where ticket_id = ?) as reservations,
              (select count(*)::int from ticket where site_id = ?) as tickets,
              (select count(*)::int from slot where venue_id = ?) as slots`,
      [ticketId, campaign.site.id, campaign.venueId],
    );
    expect(written).toEqual({ reservations: 0, tickets: 1, slots: 1 });
  });

  it('a key cannot manage keys, whatever its scopes: createApiKey, apiKeys and revokeApiKey answer FORBIDDEN', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, [
      'ROSTER_READ',
      'ROSTER_WRITE',
      'BOOK_ON_BEHALF',
      'RECORDS_READ',
      'WEBHOOKS_MANAGE',
    ]);
    expect(
      await key.caller.errorCode(CREATE_API_KEY, {
        input: { siteId: campaign.site.id, name: 'escalated', scopes: ['ROSTER_READ'] },
      }),
    ).toBe('FORBIDDEN');
    expect(await key.caller.errorCode(API_KEYS, { siteId: campaign.site.id })).toBe('FORBIDDEN');
    expect(await key.caller.errorCode(REVOKE_API_KEY, { input: { id: key.apiKey.id } })).toBe('FORBIDDEN');
    expect(await keyRows(a, campaign.site.id)).toBe(1);
  });

  it('recipients and venue staff cannot create keys, and a site admin of another site is told the site does not exist', async () => {
    const campaign = await Campaign.create(a);
    const other = await Campaign.create(a);
    const [recipient] = await campaign.recipients(1);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const otherAdmin = await adminOf(other, 'SITE_ADMIN');
    const input = { siteId: campaign.site.id, name: 'not allowed', scopes: ['RECORDS_READ' as const] };

    expect(await recipient!.errorCode(CREATE_API_KEY, { input })).toBe('FORBIDDEN');
    expect(await staff.errorCode(CREATE_API_KEY, { input })).toBe('FORBIDDEN');
    expect(await staff.errorCode(API_KEYS, { siteId: campaign.site.id })).toBe('FORBIDDEN');
    expect(await otherAdmin.errorCode(CREATE_API_KEY, { input })).toBe('NOT_FOUND');
    expect(await a.caller().errorCode(CREATE_API_KEY, { input })).toBe('UNAUTHENTICATED');
    expect(await keyRows(a, campaign.site.id)).toBe(0);

    const key = await createKey(campaign, ['RECORDS_READ']);
    expect(await otherAdmin.errorCode(REVOKE_API_KEY, { input: { id: key.apiKey.id } })).toBe('NOT_FOUND');
    expect(await staff.errorCode(REVOKE_API_KEY, { input: { id: key.apiKey.id } })).toBe('FORBIDDEN');
    expect(await key.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBeUndefined();
  });

  it('bad input (no scopes, an expiry in the past, an empty name) is a typed error and writes no key', async () => {
    const campaign = await Campaign.create(a);
    const base = { siteId: campaign.site.id, name: 'HR', scopes: ['RECORDS_READ' as const] };
    const past = new Date(Date.now() - 60_000).toISOString();
    for (const input of [
      { ...base, scopes: [] },
      { ...base, expiresAt: past },
      { ...base, name: '   ' },
    ]) {
      expect(await campaign.operator.errorCode(CREATE_API_KEY, { input })).toBe('BAD_USER_INPUT');
    }
    expect(await keyRows(a, campaign.site.id)).toBe(0);
  });

  it('a key revoked through one instance is refused at once by the other, which had just served it', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, ['RECORDS_READ']);
    const onB = key.caller.withUrl(b.url);
    expect(await onB.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBeUndefined();

    const { revokeApiKey } = await campaign.operator.data(REVOKE_API_KEY, { input: { id: key.apiKey.id } });
    expect(revokeApiKey.apiKey.revokedAt).not.toBeNull();
    // The very next request, on the instance that did not revoke it: no bus message is waited for.
    expect(await onB.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBe('UNAUTHENTICATED');
    expect(await key.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBe('UNAUTHENTICATED');

    // Revoking again keeps the first time.
    const again = await campaign.operator.data(REVOKE_API_KEY, { input: { id: key.apiKey.id } });
    expect(again.revokeApiKey.apiKey.revokedAt).toBe(revokeApiKey.apiKey.revokedAt);
  });

  it('a key past its expiry is refused', async () => {
    const campaign = await Campaign.create(a);
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const key = await createKey(campaign, ['RECORDS_READ'], { expiresAt });
    expect(key.apiKey.expiresAt).toBe(expiresAt);
    expect(await key.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 100));
    expect(await key.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBe('UNAUTHENTICATED');
  });

  it('a key of site A reads and writes nothing of site B: every attempt answers NOT_FOUND and nothing is written', async () => {
    const siteA = await Campaign.create(a);
    const siteB = await Campaign.create(a);
    const slotB = await siteB.slot(tokyoAt(5, '10:00'), 10);
    const [numberB] = await siteB.tickets(1);
    const ticketB = await ticketIdOf(a, siteB.site.id, numberB!);
    const [recipientB] = await siteB.recipients(1);
    const { proxyBookReservation } = await siteB.operator.data(PROXY_BOOK, {
      input: {
        ticketId: await ticketIdOf(a, siteB.site.id, recipientB!.ticketNumber),
        slotId: slotB,
        dose: 1,
      },
    });
    const reservationB = proxyBookReservation.reservations[0]!.id;
    const key = await createKey(siteA, ['ROSTER_WRITE', 'BOOK_ON_BEHALF', 'RECORDS_READ']);

    expect(await key.caller.errorCode(RESERVATIONS, { siteId: siteB.site.id })).toBe('NOT_FOUND');
    expect(await key.caller.errorCode(EXPORT_RESERVATIONS, { input: { siteId: siteB.site.id } })).toBe(
      'NOT_FOUND',
    );
    expect(
      await key.caller.errorCode(PROXY_BOOK, { input: { ticketId: ticketB, slotId: slotB, dose: 1 } }),
    ).toBe('NOT_FOUND');
    expect(
      await key.caller.errorCode(PROXY_CANCEL, { input: { reservationId: reservationB, reason: 'no' } }),
    ).toBe('NOT_FOUND');
    expect(
      await key.caller.errorCode(REGISTER_TICKETS, {
        input: {
          siteId: siteB.site.id,
          kind: 'REAL',
          tickets: [{ number: '1888888888', birthDate: BIRTH_DATE }],
        },
      }),
    ).toBe('NOT_FOUND');

    const [written] = await a.query<{ booked: number; tickets: number }>(
      `select (select count(*)::int from reservation r join ticket t on t.id = r.ticket_id
                where t.site_id = ? and r.status = 'BOOKED') as booked,
              (select count(*)::int from ticket where site_id = ?) as tickets`,
      [siteB.site.id, siteB.site.id],
    );
    expect(written).toEqual({ booked: 1, tickets: 2 });
  });

  it('proxy booking with a BOOK_ON_BEHALF key is made by API and audited as the key; so is its cancellation', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const [number] = await campaign.tickets(1);
    const ticketId = await ticketIdOf(a, campaign.site.id, number!);
    const key = await createKey(campaign, ['BOOK_ON_BEHALF'], { name: 'Workday sync' });

    const { proxyBookReservation } = await key.caller.data(PROXY_BOOK, {
      input: { ticketId, slotId, dose: 1 },
    });
    expect(proxyBookReservation).toMatchObject({ ok: true, reservations: [{ dose: 1, madeBy: 'API' }] });
    const reservationId = proxyBookReservation.reservations[0]!.id;
    const { reservations } = await campaign.operator.data(RESERVATIONS, { siteId: campaign.site.id });
    expect(reservations.edges.map((e) => [e.node.id, e.node.madeBy])).toEqual([[reservationId, 'API']]);

    const { proxyCancelReservation } = await key.caller.data(PROXY_CANCEL, {
      input: { reservationId, reason: '人事システムから取消' },
    });
    expect(proxyCancelReservation.ok).toBe(true);

    for (const action of ['proxyBookReservation', 'proxyCancelReservation']) {
      const { auditLog } = await campaign.operator.data(AUDIT_ACTORS, { siteId: campaign.site.id, action });
      expect(auditLog.edges.map((e) => e.node)).toEqual([
        {
          action,
          actorAdminUserId: null,
          actorApiKeyId: key.apiKey.id,
          actorName: 'Workday sync',
          actorRole: 'API_KEY',
          targetId: reservationId,
        },
      ]);
    }
  });

  it('a write recorded by the generic audit (registerTickets with a ROSTER_WRITE key) names the key too', async () => {
    const campaign = await Campaign.create(a);
    const key = await createKey(campaign, ['ROSTER_WRITE'], { name: 'Roster feed' });
    const { registerTickets } = await key.caller.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'REAL',
        tickets: [{ number: '1777777777', birthDate: BIRTH_DATE }],
      },
    });
    expect(registerTickets.created).toBe(1);
    const { auditLog } = await campaign.operator.data(AUDIT_ACTORS, {
      siteId: campaign.site.id,
      action: 'registerTickets',
    });
    expect(auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        actorApiKeyId: key.apiKey.id,
        actorName: 'Roster feed',
        actorRole: 'API_KEY',
      }),
    ]);
  });
});

describe('proxy booking by an HR system, retried', () => {
  it('a booking retried under the same idempotency key books once, answers the same each time and is audited and published once; the key for another slot is CONFLICT', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const otherSlot = await campaign.slot(tokyoAt(6, '10:00'), 10);
    const [number] = await campaign.tickets(1);
    const ticketId = await ticketIdOf(a, campaign.site.id, number!);
    const key = await createKey(campaign, ['BOOK_ON_BEHALF', 'RECORDS_READ']);
    const input = { ticketId, slotId, dose: 1, idempotencyKey: 'hr-sync-2026-12-03-0001' };

    // A timeout on the HR side: the same request sent again at once, and again on the other instance.
    const answers = await Promise.all([
      key.caller.data(PROXY_BOOK, { input }),
      key.caller.data(PROXY_BOOK, { input }),
      key.caller.withUrl(b.url).data(PROXY_BOOK, { input }),
    ]);
    const again = await key.caller.data(PROXY_BOOK, { input });

    const first = answers[0].proxyBookReservation;
    expect(first).toMatchObject({ ok: true, reservations: [{ dose: 1, madeBy: 'API' }] });
    for (const answer of [...answers, again]) expect(answer.proxyBookReservation).toEqual(first);
    const [rows] = await a.query<{ reservations: number; reserved: number; events: number }>(
      `select (select count(*)::int from reservation where ticket_id = ?) as reservations,
              (select reserved from slot where id = ?) as reserved,
              (select count(*)::int from event_log where site_id = ? and type = 'reservation.booked') as events`,
      [ticketId, slotId, campaign.site.id],
    );
    expect(rows).toEqual({ reservations: 1, reserved: 1, events: 1 });
    // Every call is audited as the key's, and only the first as the booking: the others as its retries.
    const audited = await a.query<{ targetId: string; replayOf: string | null; reservations: number }>(
      `select target_id as "targetId", after->>'replayOf' as "replayOf",
              coalesce(jsonb_array_length(after->'reservations'), 0) as reservations
         from audit_log where site_id = ? and action = 'proxyBookReservation' order by id`,
      [campaign.site.id],
    );
    const booking = first.reservations[0]!.id;
    expect(audited).toEqual([
      { targetId: booking, replayOf: null, reservations: 1 },
      ...Array.from({ length: 3 }, () => ({
        targetId: booking,
        replayOf: input.idempotencyKey,
        reservations: 0,
      })),
    ]);

    expect(await key.caller.errorCode(PROXY_BOOK, { input: { ...input, slotId: otherSlot } })).toBe(
      'CONFLICT',
    );
    expect(await a.query(`select 1 from reservation where slot_id = ?`, [otherSlot])).toEqual([]);
  });
});

describe('API keys over WebSocket', () => {
  it('a key in the connection params subscribes to live counts; once revoked, its next subscribe is refused and the socket closed', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const [number] = await campaign.tickets(1);
    const key = await createKey(campaign, ['BOOK_ON_BEHALF']);
    const closed: number[] = [];
    const client = createClient({
      url: a.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${key.secret}` },
      on: { closed: (event) => closed.push((event as { code: number }).code) },
    });
    const firstAnswer = () =>
      new Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>((resolve) => {
        client.subscribe(
          { query: queryText(SLOT_AVAILABILITY_CHANGED), variables: { venueId: campaign.venueId } },
          {
            next: (message) => resolve({ data: message.data }),
            error: (error) => resolve({ errors: error as { extensions?: { code?: string } }[] }),
            complete: () => undefined,
          },
        );
      });

    const live = firstAnswer();
    await a.waitForSubscribers(1);
    await key.caller.data(PROXY_BOOK, {
      input: { ticketId: await ticketIdOf(a, campaign.site.id, number!), slotId, dose: 1 },
    });
    expect((await live).data).toMatchObject({ slotAvailabilityChanged: [{ slotId, remaining: 9 }] });

    await campaign.operator.data(REVOKE_API_KEY, { input: { id: key.apiKey.id } });
    const refused = await firstAnswer();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deadline = Date.now() + 5000;
    while (closed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(closed).toHaveLength(1);
    await client.dispose();
  });
});

describe('API key rate limits', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await TestServer.start({ rateLimitPerApiKey: 1, rateLimitBurstPerApiKey: 3 });
  });
  afterAll(() => limited.close());

  it('past its own burst a key is answered RATE_LIMITED (429), while another key and a person’s session are not', async () => {
    const campaign = await Campaign.create(limited);
    const key = await createKey(campaign, ['RECORDS_READ']);
    const other = await createKey(campaign, ['RECORDS_READ']);
    const statuses: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(await key.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id }));
    }
    expect(statuses).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);

    const response = await fetch(limited.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key.secret}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);

    expect(await other.caller.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBeUndefined();
    expect(await campaign.operator.errorCode(RESERVATIONS, { siteId: campaign.site.id })).toBeUndefined();
  });
});
