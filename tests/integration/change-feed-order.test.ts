import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIRTH_DATE, Campaign } from '../testkit/campaign.js';
import { CHANGES, UPSERT_TICKETS } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

// A database of its own: the log's positions start at 1, so twelve events cross from 9 to 10.
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.startIsolated();
});
afterAll(() => server.close());

it('pages the feed in numeric log order where positions gain a digit: twelve changes in pages of 3, none skipped or repeated', async () => {
  const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
  const numbers = Array.from({ length: 12 }, (_, i) => String(2_300_000_000 + i));
  await campaign.operator.data(UPSERT_TICKETS, {
    input: {
      siteId: campaign.site.id,
      rows: numbers.map((ticketNumber) => ({ ticketNumber, birthDate: BIRTH_DATE })),
    },
  });
  const [{ max }] = (await server.query<{ max: string }>(
    `select max(position)::text as max from event_log`,
  )) as [{ max: string }];
  expect(Number(max)).toBeGreaterThanOrEqual(10);

  // The feed shows a commit once every older transaction of the cluster has ended (other test files run at
  // the same time): read it whole until it lists the twelve, then compare.
  const readAll = async (): Promise<string[]> => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { changes }: ResultOf<typeof CHANGES> = await campaign.operator.data(CHANGES, {
        siteId: campaign.site.id,
        after,
        first: 3,
        types: ['ticket.issued'],
      });
      seen.push(...changes.edges.map((e) => e.node.ticketNumber!));
      if (!changes.pageInfo.hasNextPage) break;
      after = changes.pageInfo.endCursor;
    }
    return seen;
  };
  let seen = await readAll();
  for (const deadline = Date.now() + 20_000; seen.length < numbers.length && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await readAll();
  }
  expect(seen).toEqual(numbers);
});
