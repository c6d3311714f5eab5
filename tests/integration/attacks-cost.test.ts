import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { queryText, type Caller, type GraphQLResponse, type Operation } from '../testkit/graphql-client.js';
import {
  AVAILABILITY,
  BOOK,
  CANCEL_SLOT,
  CANCEL_VENUE_DAY,
  CHECK_IN,
  LOGOUT,
  PROXY_BOOK,
  PROXY_CANCEL,
  SLOT_AVAILABILITY_CHANGED,
  VENUE_DAY,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { hashToken } from '../../server/src/modules/auth/auth.repository.js';
import { graphql } from '../testkit/generated/index.js';

let server: TestServer;
let campaign: Campaign;
beforeAll(async () => {
  server = await TestServer.start();
  campaign = await Campaign.create(server);
  // Slots on many days, so a long range has real rows to return.
  for (let day = 2; day < 60; day += 3) await campaign.slot(tokyoAt(day, '10:00'), 5);
});
afterAll(() => server.close());

const FROM = tokyoDate(0);
const TO_93 = tokyoDate(92);

function availabilityAliases(count: number, from = FROM, to = TO_93): string {
  const field = (i: number) =>
    `a${i}: availability(venueId: "${campaign.venueId}", vaccineId: "${campaign.vaccineId}", from: "${from}", to: "${to}") { days { date remaining } slots { id startsAt remaining } }`;
  return `query Bomb { ${Array.from({ length: count }, (_, i) => field(i)).join('\n')} }`;
}

function siteAliases(count: number): string {
  return `query Bomb { ${Array.from({ length: count }, (_, i) => `s${i}: site(code: "${campaign.site.code}") { id name }`).join(' ')} }`;
}

/** Raw HTTP, to see status codes: a string is a document invalid on purpose, sent as it is. */
async function post(
  query: string | Operation,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<unknown> }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.1`,
      ...headers,
    },
    body: JSON.stringify({ query: typeof query === 'string' ? query : queryText(query), variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
}

const codes = (body: GraphQLResponse<unknown>) => body.errors?.map((e) => e.extensions?.code) ?? [];

describe('one request cannot take the service down', () => {
  it('1,000 aliases of a 93-day availability and 5,000 aliases of site are refused before any SQL runs', async () => {
    for (const bomb of [availabilityAliases(1000), siteAliases(5000)]) {
      const { status, body } = await post(bomb);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(codes(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(body.extensions?.sqlStatements).toBe(0);
    }
    // Small enough to parse: the alias limit refuses it.
    const aliases = await post(siteAliases(40));
    expect(codes(aliases.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(aliases.body.errors?.[0]?.message).toMatch(/aliases limit of 30 exceeded/i);
    expect(aliases.body.extensions?.sqlStatements).toBe(0);
    // Few aliases, each legal, together over the cost budget: refused with the cost named.
    const costly = await post(availabilityAliases(10));
    expect(costly.status).toBe(400);
    expect(codes(costly.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({
      maxCost: 50_000,
      cost: expect.any(Number) as number,
    });
    expect(costly.body.extensions?.sqlStatements).toBe(0);
    // One 93-day range, as the booking app may ask, still answers.
    const one = await post(AVAILABILITY, {
      venueId: campaign.venueId,
      vaccineId: campaign.vaccineId,
      from: FROM,
      to: TO_93,
    });
    expect(one.body.errors).toBeUndefined();
  });

  it('while bombs keep arriving the heap stays bounded and a bystander’s query answers in time', async () => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let attacking = true;
    const attacker = async () => {
      for (let i = 0; i < 15 && attacking; i++) {
        await Promise.all([
          post(availabilityAliases(1000)),
          post(availabilityAliases(10)),
          post(siteAliases(5000)),
        ]);
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    };
    const attack = Promise.all([attacker(), attacker(), attacker()]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    const bystander = await post(
      graphql(`
        query Site($code: String!) {
          site(code: $code) {
            id
            name
          }
        }
      `),
      {
        code: campaign.site.code,
      },
    );
    const bystanderMs = performance.now() - started;
    attacking = false;
    await attack;

    expect(bystander.body.errors).toBeUndefined();
    // Generous: the point is seconds (the issue measured 9 s and more), not milliseconds.
    expect(bystanderMs).toBeLessThan(3000);
    // The issue measured +600 MB for one bomb; refused documents leave next to nothing.
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('a document nested too deep or with too many tokens is refused', async () => {
    const deep = `{ ${'a { '.repeat(12)}b${' }'.repeat(12)} }`;
    const depth = await post(deep);
    expect(depth.status).toBe(400);
    expect(depth.body.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/depth limit of 10 exceeded/i),
    );

    const tokens = await post(`{ ${'__typename '.repeat(3001)} }`);
    expect(tokens.status).toBe(400);
    expect(codes(tokens.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('an availability range longer than 93 days is a BAD_USER_INPUT naming the limit', async () => {
    const { body } = await post(AVAILABILITY, {
      venueId: campaign.venueId,
      vaccineId: campaign.vaccineId,
      from: FROM,
      to: tokyoDate(93),
    });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.message).toMatch(/93 days/);
  });

  it('errors never suggest field names', async () => {
    const { body } = await post(`{ sit(code: "x") { id } }`);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(body)).not.toMatch(/did you mean/i);

    const socket = await GraphQLWs.open(server.wsUrl);
    const answer = await socket.subscribe(`subscription { slotAvailabilityChange(venueId: "x") { slotId } }`);
    socket.close();
    expect(answer.type).toBe('error');
    expect(JSON.stringify(answer)).not.toMatch(/did you mean/i);
  });

  it('introspection and the landing page are off by default and on with GRAPHQL_INTROSPECTION', async () => {
    const introspection = graphql(`
      query SchemaRoot {
        __schema {
          queryType {
            name
          }
        }
      }
    `);
    expect(codes((await post(introspection)).body)).toContain('GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);

    const open = await TestServer.start({ graphqlIntrospection: true });
    try {
      const answer = await open.caller().data(introspection);
      expect(answer.__schema.queryType.name).toBe('Query');
      const landing = await fetch(open.url, { headers: { accept: 'text/html' } });
      expect(await landing.text()).toMatch(/<html/i);
    } finally {
      await open.close();
    }
  });
});

describe('WebSocket: subscriptions only, one live session', () => {
  it('the alias bomb, a query and a mutation over WebSocket are refused without running', async () => {
    const socket = await GraphQLWs.open(server.wsUrl);
    const bomb = await socket.subscribe(availabilityAliases(1000));
    const costly = await socket.subscribe(availabilityAliases(10));
    const query = await socket.subscribe(`query { site(code: "${campaign.site.code}") { id } }`);
    const mutation = await socket.subscribe(`mutation { logout }`);
    socket.close();

    expect(bomb).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
    });
    for (const answer of [costly, query, mutation]) {
      expect(answer).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(answer.type === 'error' && answer.payload[0]!.message).toMatch(/only subscriptions/i);
    }
  });

  it('a logout over HTTP closes the session’s socket within a second; the token then connects only anonymously', async () => {
    const [recipient] = await campaign.recipients(1);
    const socket = await GraphQLWs.open(server.wsUrl, recipient!.token);
    expect((await socket.subscribe(SLOT_AVAILABILITY_CHANGED, { venueId: campaign.venueId })).type).toBe(
      'subscribed',
    );

    const loggedOutAt = performance.now();
    await recipient!.data(LOGOUT);
    expect(await socket.closedWithin(2000)).toBe(4403);
    expect(performance.now() - loggedOutAt).toBeLessThan(1000);

    // graphql-ws clients reconnect after 4403: the dead token is anonymous and still only subscribes.
    const again = await GraphQLWs.open(server.wsUrl, recipient!.token);
    const me = await again.subscribe(`query { me { ticketNumber } }`);
    expect(me.type).toBe('error');
    again.close();
  });

  it('a logout on another instance closes this instance’s socket of that session within a second', async () => {
    const a = await TestServer.start({ bus: 'postgres' });
    const b = await TestServer.start({ bus: 'postgres' });
    try {
      const [recipient] = await campaign.recipients(1);
      const socket = await GraphQLWs.open(b.wsUrl, recipient!.token);
      const loggedOutAt = performance.now();
      await recipient!.withUrl(a.url).data(LOGOUT);
      expect(await socket.closedWithin(2000)).toBe(4403);
      expect(performance.now() - loggedOutAt).toBeLessThan(1000);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('a socket is closed when its session expires, and on its next message once revoked behind the app’s back', async () => {
    const [expiring, revoked] = await campaign.recipients(2);
    await server.query(`update session set expires_at = now() + interval '1 second' where token_hash = ?`, [
      hashToken(expiring!.token!),
    ]);
    const socket = await GraphQLWs.open(server.wsUrl, expiring!.token);
    expect(await socket.closedWithin(3000)).toBe(4403);

    const second = await GraphQLWs.open(server.wsUrl, revoked!.token);
    // Behind the application's back: no logout, no bus message; the next message finds out.
    await server.query(`update session set revoked_at = now() where token_hash = ?`, [
      hashToken(revoked!.token!),
    ]);
    const answer = await second.subscribe(SLOT_AVAILABILITY_CHANGED, { venueId: campaign.venueId });
    expect(answer).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await second.closedWithin(1000)).toBe(4403);
  });

  it('a message larger than the payload limit closes the socket', async () => {
    const socket = await GraphQLWs.open(server.wsUrl);
    socket.sendRaw(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `# ${'x'.repeat(1024 * 1024 + 10)}` } }),
    );
    expect(await socket.closedWithin(2000)).toBe(1009);
  });
});

describe('objects of another site', () => {
  it('answer NOT_FOUND exactly like ids that do not exist', async () => {
    const other = await Campaign.create(server);
    const slotId = await other.slot(tokyoAt(3, '10:00'), 5);
    const [person] = await other.recipients(1);
    const { bookReservation } = await person!.data(BOOK, {
      input: { slotId, dose: 1 },
    });
    const reservationId = bookReservation.reservations[0]!.id;
    const [ticketRow] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? limit 1`,
      [other.site.id],
    );
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);

    const probes: [Caller, Operation<unknown>, (id: string) => Record<string, unknown>, string][] = [
      [admin, CANCEL_SLOT, (id) => ({ input: { slotId: id, reason: 'x' } }), slotId],
      [admin, PROXY_CANCEL, (id) => ({ input: { reservationId: id, reason: 'x' } }), reservationId],
      [admin, PROXY_BOOK, (id) => ({ input: { ticketId: id, slotId } }), ticketRow!.id],
      [
        admin,
        CANCEL_VENUE_DAY,
        (id) => ({ input: { venueId: id, date: tokyoDate(3), reason: 'x' } }),
        other.venueId,
      ],
      [admin, VENUE_DAY, (id) => ({ venueId: id, date: tokyoDate(3) }), other.venueId],
      [staff, VENUE_DAY, (id) => ({ venueId: id, date: tokyoDate(3) }), other.venueId],
      [staff, CHECK_IN, (id) => ({ input: { reservationId: id } }), reservationId],
    ];
    for (const [caller, operation, variables, foreignId] of probes) {
      const document = queryText(operation); // names the probe when it fails
      const foreign = await caller.request(operation, variables(foreignId));
      const unknown = await caller.request(operation, variables(randomUUID()));
      expect(foreign.errors?.[0]?.extensions?.code, document).toBe('NOT_FOUND');
      expect({ data: foreign.data, errors: foreign.errors }).toEqual({
        data: unknown.data,
        errors: unknown.errors,
      });
    }
  });
});

type Answer =
  | { type: 'subscribed' }
  | { type: 'next'; payload: unknown }
  | { type: 'error'; payload: { message: string; extensions?: Record<string, unknown> }[] };

/** The graphql-transport-ws protocol by hand, to see refusals, pushes and close codes as they are. */
class GraphQLWs {
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly answers = new Map<string, Answer>();

  private constructor(private readonly socket: WebSocket) {
    this.closed = new Promise((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; id?: string; payload?: unknown };
      if (
        message.id &&
        (message.type === 'error' || message.type === 'next') &&
        !this.answers.has(message.id)
      )
        this.answers.set(message.id, message as Answer);
    });
  }

  static async open(url: string, token?: string): Promise<GraphQLWs> {
    const socket = new WebSocket(url, 'graphql-transport-ws', {
      headers: { 'x-forwarded-for': `10.8.${Math.floor(Math.random() * 250)}.1` },
    });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const ws = new GraphQLWs(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
      });
      socket.once('close', (code) => reject(new Error(`closed ${code} before ack`)));
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: token ? { authorization: `Bearer ${token}` } : {},
        }),
      );
    });
    return ws;
  }

  /**
   * An `error` (or a first `next`) within a short wait, otherwise the subscription is live.
   * A string is a document refused on purpose (bombs, queries, misspelt fields), sent as it is.
   */
  async subscribe(query: string | Operation, variables: Record<string, unknown> = {}): Promise<Answer> {
    const id = randomUUID();
    const text = typeof query === 'string' ? query : queryText(query);
    this.sendRaw(JSON.stringify({ id, type: 'subscribe', payload: { query: text, variables } }));
    const deadline = Date.now() + 400;
    while (Date.now() < deadline && !this.answers.has(id))
      await new Promise((resolve) => setTimeout(resolve, 10));
    return this.answers.get(id) ?? { type: 'subscribed' };
  }

  /** The close code, or undefined when the socket is still open after `ms` (so a broken close fails fast). */
  async closedWithin(ms: number): Promise<number | undefined> {
    const closed = await Promise.race([
      this.closed,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
    ]);
    return closed?.code;
  }

  sendRaw(data: string): void {
    this.socket.send(data);
  }

  close(): void {
    this.socket.close();
  }
}
