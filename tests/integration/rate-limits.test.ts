import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Campaign } from '../testkit/campaign.js';
import { queryText } from '../testkit/graphql-client.js';
import { MY_RESERVATIONS, SLOT_AVAILABILITY_CHANGED } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

const QUERY = '{ __typename }';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({
    rateLimitPerAddress: 1,
    rateLimitBurstPerAddress: 10,
    rateLimitPerSession: 1,
    rateLimitBurstPerSession: 5,
  });
});
afterAll(() => server.close());

async function post(headers: Record<string, string>, query = QUERY) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as {
      errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
    },
  };
}

describe('rate limits', () => {
  it('a client address that floods gets 429 RATE_LIMITED with a retry-after, while another address is served', async () => {
    const flooder = { 'x-forwarded-for': '198.51.100.7' };
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(flooder)));
    const bystander = await post({ 'x-forwarded-for': '198.51.100.8' });

    const limited = answers.filter((a) => a.status === 429);
    // The burst of 10, plus at most one token refilled (1/s) while the 30 requests are in flight.
    expect(answers.length - limited.length).toBeGreaterThanOrEqual(10);
    expect(answers.length - limited.length).toBeLessThanOrEqual(11);
    expect(limited[0]!.retryAfter).toMatch(/^[1-9][0-9]*$/);
    expect(limited[0]!.body.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: Number(limited[0]!.retryAfter),
    });
    expect(bystander.status).toBe(200);
  });

  it('one session is limited even when its requests come from many addresses', async () => {
    // The campaign is built with the generous limits of another server on the same database.
    const builder = await TestServer.start();
    try {
      const campaign = await Campaign.create(builder);
      const [recipient] = await campaign.recipients(1);
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          post(
            { authorization: `Bearer ${recipient!.token}`, 'x-forwarded-for': `203.0.113.${i + 1}` },
            queryText(MY_RESERVATIONS),
          ),
        ),
      );
      const served = answers.filter((a) => a.status === 200).length;
      const limited = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length;
      expect(served).toBeGreaterThanOrEqual(5);
      expect(served).toBeLessThanOrEqual(6);
      expect(served + limited).toBe(12);
    } finally {
      await builder.close();
    }
  });

  it('a limited address is served again once its bucket refills', async () => {
    const client = { 'x-forwarded-for': '198.51.100.9' };
    await Promise.all(Array.from({ length: 12 }, () => post(client)));
    expect((await post(client)).status).toBe(429);

    await new Promise((resolve) => setTimeout(resolve, 1100));

    expect((await post(client)).status).toBe(200);
  });

  it('behind the trusted proxy, a forged X-Forwarded-For prefix does not escape the client’s bucket', async () => {
    // The client writes what it likes on the left; the proxy (loopback here) appends the address it saw.
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post({ 'x-forwarded-for': `192.0.2.${i}, 198.51.100.30` })),
    );
    const served = answers.filter((a) => a.status === 200).length;
    expect(served).toBeGreaterThanOrEqual(10);
    expect(served).toBeLessThanOrEqual(11);
  });

  it('with no trusted proxies (the default), X-Forwarded-For is ignored: rotating it escapes nothing', async () => {
    const direct = await TestServer.start({
      trustedProxies: [],
      rateLimitPerAddress: 1,
      rateLimitBurstPerAddress: 10,
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          fetch(direct.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
            body: JSON.stringify({ query: QUERY }),
          }),
        ),
      );
      const served = answers.filter((a) => a.status === 200).length;
      expect(served).toBeGreaterThanOrEqual(10);
      expect(served).toBeLessThanOrEqual(11);
    } finally {
      await direct.close();
    }
  });

  it('WebSocket handshakes take from the address bucket: over it, HTTP 429 with a retry-after', async () => {
    const address = '198.51.100.20';
    const outcomes = await Promise.all(Array.from({ length: 14 }, () => openSocket(server.wsUrl, address)));
    const refused = outcomes.filter((o) => o.status === 429);

    expect(outcomes.length - refused.length).toBeGreaterThanOrEqual(10);
    expect(outcomes.length - refused.length).toBeLessThanOrEqual(11);
    expect(refused[0]!.retryAfter).toMatch(/^[1-9][0-9]*$/);
    for (const o of outcomes) o.socket?.close();
    // Another address is not affected.
    const bystander = await openSocket(server.wsUrl, '198.51.100.21');
    expect(bystander.status).toBe(101);
    bystander.socket!.close();
  });

  it('subscribe messages pass the same buckets; over them each gets a RATE_LIMITED error message', async () => {
    const { socket } = await openSocket(server.wsUrl, '198.51.100.22');
    const protocol = new GraphQLWsProtocol(socket!);
    await protocol.init();
    // The handshake took one token of the burst of 10.
    const answers = await Promise.all(Array.from({ length: 12 }, () => protocol.subscribe(randomUUID())));
    socket!.close();

    const limited = answers.filter((a) => a.type === 'error');
    expect(answers.length - limited.length).toBeGreaterThanOrEqual(9);
    expect(answers.length - limited.length).toBeLessThanOrEqual(10);
    expect(limited[0]!.payload[0]!.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number) as number,
    });
  });

  it('one connection holds at most the configured number of subscriptions at once', async () => {
    const roomy = await TestServer.start({ maxSubscriptionsPerConnection: 3 });
    try {
      const { socket } = await openSocket(roomy.wsUrl, '198.51.100.23');
      const protocol = new GraphQLWsProtocol(socket!);
      await protocol.init();
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      const firstThree = await Promise.all(ids.map((id) => protocol.subscribe(id)));
      const fourth = await protocol.subscribe(randomUUID());
      protocol.complete(ids[0]!);
      const afterOneEnded = await protocol.subscribe(randomUUID());
      socket!.close();

      expect(firstThree.map((a) => a.type)).toEqual(['subscribed', 'subscribed', 'subscribed']);
      expect(fourth.type).toBe('error');
      expect(fourth.type === 'error' && fourth.payload[0]!.extensions).toEqual({
        code: 'RATE_LIMITED',
        maxSubscriptionsPerConnection: 3,
      });
      expect(afterOneEnded.type).toBe('subscribed');
    } finally {
      await roomy.close();
    }
  });
});

/** Opens a raw WebSocket as a client at `address` (behind the trusted proxy); 101 when accepted. */
function openSocket(url: string, address: string) {
  return new Promise<{ status: number; retryAfter?: string; socket?: WebSocket }>((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers: { 'x-forwarded-for': address } });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] });
      response.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

type SubscribeAnswer =
  | { type: 'subscribed' }
  | { type: 'error'; payload: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * Just enough of the graphql-transport-ws protocol to see, per subscribe message, whether the server
 * refused it (an `error` message) or accepted it (no error within a short wait: a live subscription sends
 * nothing until a count changes).
 */
class GraphQLWsProtocol {
  private readonly errors = new Map<string, SubscribeAnswer>();
  private acked?: () => void;

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; id?: string; payload?: unknown };
      if (message.type === 'connection_ack') this.acked?.();
      if (message.type === 'error' && message.id)
        this.errors.set(message.id, {
          type: 'error',
          payload: message.payload as { message: string; extensions?: Record<string, unknown> }[],
        });
    });
  }

  init(): Promise<void> {
    return new Promise((resolve) => {
      this.acked = resolve;
      this.socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    });
  }

  async subscribe(id: string): Promise<SubscribeAnswer> {
    this.socket.send(
      JSON.stringify({
        id,
        type: 'subscribe',
        payload: { query: queryText(SLOT_AVAILABILITY_CHANGED), variables: { venueId: randomUUID() } },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return this.errors.get(id) ?? { type: 'subscribed' };
  }

  complete(id: string): void {
    this.socket.send(JSON.stringify({ id, type: 'complete' }));
  }
}
