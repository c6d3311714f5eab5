import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../testkit/campaign.js';
import { MY_RESERVATIONS } from '../testkit/operations.js';
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
            MY_RESERVATIONS,
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
});
