import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import type { Operation, RecordingSubscription } from '../testkit/graphql-client.js';
import { graphql } from '../testkit/generated/index.js';

// The same subscriptions on a grouped server and on a stock one (one execution per subscriber); both hear
// every booking through the bus, so their subscribers must end up with the same data.
let grouped: TestServer;
let stock: TestServer;
beforeAll(async () => {
  const common = { bus: 'postgres' as const, availabilityCoalesceMs: 30 };
  [grouped, stock] = await Promise.all([
    TestServer.start({ ...common, subscriptionFanout: 'grouped' }),
    TestServer.start({ ...common, subscriptionFanout: 'stock' }),
  ]);
});
afterAll(() => Promise.all([grouped.close(), stock.close()]));

const COUNTS = graphql(`
  subscription Counts($venueId: ID!) {
    slotAvailabilityChanged(venueId: $venueId) {
      slotId
      remaining
    }
  }
`);

const DETAILED = graphql(`
  subscription Detailed($venueId: ID!) {
    changes: slotAvailabilityChanged(venueId: $venueId) {
      __typename
      slotId
      left: remaining
      ...Place
    }
  }
  fragment Place on SlotAvailability {
    capacity
    slot {
      id
      status
      remaining
      venue {
        name
      }
      vaccine {
        name
        doses
      }
    }
  }
`);

const OPTIONAL = graphql(`
  subscription Optional($venueId: ID!, $withSlot: Boolean!) {
    slotAvailabilityChanged(venueId: $venueId) {
      slotId
      remaining
      slot @include(if: $withSlot) {
        startsAt
      }
    }
  }
`);

type Entry = Record<string, unknown>;
// The three documents' answers read alike: one field (aliased or not) holding the changed slots.
type Message = Record<string, Entry[]>;

/** The latest entry per slot over all messages: what a client's cache holds in the end. */
function latest(messages: Message[]): Record<string, Entry> {
  const state: Record<string, Entry> = {};
  for (const message of messages)
    for (const entry of Object.values(message)[0]!) state[String(entry.slotId)] = entry;
  return state;
}

describe('grouped fan-out', () => {
  it('subscribers with different selections, variables and principals get exactly what one execution each would give them', async () => {
    const one = await Campaign.create(grouped);
    const two = await Campaign.create(grouped);
    const slotsOne = [await one.slot(tokyoAt(3, '10:00'), 10), await one.slot(tokyoAt(3, '11:00'), 10)];
    const slotTwo = await two.slot(tokyoAt(3, '10:00'), 10);
    const bookersOne = await one.recipients(3);
    const [bookerTwo] = await two.recipients(1);
    const [watcher] = await one.recipients(1);

    const plans: [Operation<Message>, Record<string, unknown>, string | undefined][] = [
      [COUNTS, { venueId: one.venueId }, undefined],
      [COUNTS, { venueId: one.venueId }, undefined],
      [COUNTS, { venueId: one.venueId }, watcher!.token],
      [DETAILED, { venueId: one.venueId }, undefined],
      [DETAILED, { venueId: one.venueId }, watcher!.token],
      [COUNTS, { venueId: two.venueId }, undefined],
      [OPTIONAL, { venueId: one.venueId, withSlot: true }, undefined],
      [OPTIONAL, { venueId: one.venueId, withSlot: false }, undefined],
    ];
    const pairs = plans.map(([query, variables, token]) => ({
      grouped: grouped.subscribe(query, variables, token),
      stock: stock.subscribe(query, variables, token),
    }));
    await Promise.all([grouped.waitForSubscribers(plans.length), stock.waitForSubscribers(plans.length)]);
    // Same document and variables share one execution whoever asks: 5 groups for 8 subscribers.
    expect(grouped.app.fanout?.groupCount()).toBe(5);
    expect(grouped.app.fanout?.memberCount()).toBe(8);

    const booked = await Promise.all([
      ...bookersOne.map((r, i) => r.data(BOOK, { input: { slotId: slotsOne[i % 2]! } })),
      bookerTwo!.data(BOOK, { input: { slotId: slotTwo } }),
    ]);
    expect(booked.every((b) => b.bookReservation.ok)).toBe(true);

    const expected: Record<string, number> = { [slotsOne[0]!]: 8, [slotsOne[1]!]: 9, [slotTwo]: 9 };
    const settled = (subscription: RecordingSubscription<Operation<Message>>, venue: 'one' | 'two') =>
      subscription.waitFor((messages) => {
        const state = latest(messages);
        const slots = venue === 'one' ? slotsOne : [slotTwo];
        return slots.every((id) => {
          const entry = state[id];
          return entry !== undefined && (entry.remaining ?? entry.left) === expected[id];
        });
      });
    await Promise.all(
      pairs.flatMap((pair, i) => {
        const venue = plans[i]![1].venueId === two.venueId ? 'two' : 'one';
        return [settled(pair.grouped, venue), settled(pair.stock, venue)];
      }),
    );

    for (const pair of pairs) expect(latest(pair.grouped.messages)).toEqual(latest(pair.stock.messages));
    const detailed = latest(pairs[3]!.grouped.messages)[slotsOne[0]!]!;
    expect(detailed).toMatchObject({
      __typename: 'SlotAvailability',
      left: 8,
      capacity: 10,
      slot: {
        id: slotsOne[0],
        status: 'OPEN',
        remaining: 8,
        venue: { name: '市民会館' },
        vaccine: { doses: 2 },
      },
    });
    expect(latest(pairs[6]!.grouped.messages)[slotsOne[0]!]).toHaveProperty('slot.startsAt');
    expect(latest(pairs[7]!.grouped.messages)[slotsOne[0]!]).not.toHaveProperty('slot');
    expect(Object.keys(latest(pairs[5]!.grouped.messages))).toEqual([slotTwo]);

    await Promise.all(pairs.flatMap((pair) => [pair.grouped.close(), pair.stock.close()]));
    await grouped.waitForSubscribers(0).catch(() => undefined);
  });

  it('a subscriber that completes leaves its group, and the last one out removes the group', async () => {
    const campaign = await Campaign.create(grouped);
    const first = grouped.subscribe(COUNTS, { venueId: campaign.venueId });
    const second = grouped.subscribe(COUNTS, { venueId: campaign.venueId });
    await grouped.waitForSubscribers(2);
    const groupsBefore = grouped.app.fanout!.groupCount();

    await first.close();
    await eventually(() => grouped.app.fanout!.memberCount() === 1);
    expect(grouped.app.fanout!.groupCount()).toBe(groupsBefore);
    await second.close();
    await eventually(() => grouped.app.fanout!.groupCount() === groupsBefore - 1);
  });
});

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
