import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/src/modules/auth/auth.repository.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, CANCEL, LOGOUT, MY_RESERVATIONS, SLOT_AVAILABILITY_CHANGED } from '../testkit/operations.js';
import { RowLock } from '../testkit/row-lock.js';
import { TestServer } from '../testkit/server.js';

// Two server processes' worth of state (own pools, hubs, caches, bus connections) on one database.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  [a, b] = await TestServer.startPair();
});
afterAll(() => Promise.all([a.close(), b.close()]));

function lastRemaining(
  messages: ResultOf<typeof SLOT_AVAILABILITY_CHANGED>[],
  slotId: string,
): number | undefined {
  return messages
    .flatMap((m) => m.slotAvailabilityChanged)
    .filter((u) => u.slotId === slotId)
    .at(-1)?.remaining;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('several server instances on one database', () => {
  it('a subscriber connected to one instance sees bookings and cancellations made through the other', async () => {
    const campaign = await Campaign.create(b);
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 10);
    const recipients = await campaign.recipients(3);
    const onA = a.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    const onB = b.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await Promise.all([a.waitForSubscribers(1), b.waitForSubscribers(1)]);

    const booked = await Promise.all(recipients.map((r) => r.data(BOOK, { input: { slotId } })));
    expect(booked.every((r) => r.bookReservation.ok)).toBe(true);
    await onA.waitFor((messages) => lastRemaining(messages, slotId) === 7);
    await onB.waitFor((messages) => lastRemaining(messages, slotId) === 7);

    await recipients[0]!.data(CANCEL, {
      input: { reservationId: booked[0]!.bookReservation.reservations[0]!.id },
    });
    await onA.waitFor((messages) => lastRemaining(messages, slotId) === 8);
    await Promise.all([onA.close(), onB.close()]);
  });

  it('200 bookings of one slot split across two instances: exactly its 25 places are taken, the rest get SLOT_FULL', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(3, '15:00'), 25);
    const recipients = await campaign.recipients(200);
    // Every other recipient books through the other process: two pools, two group commits, one row.
    const results = await Promise.all(
      recipients.map((r, i) =>
        (i % 2 === 0 ? r : r.withUrl(b.url)).request(BOOK, { input: { slotId, dose: 1 } }),
      ),
    );
    const outcomes: Record<string, number> = {};
    for (const result of results) {
      const outcome = result.data?.bookReservation.ok
        ? 'ok'
        : (result.data?.bookReservation.error?.code ?? `error ${result.errors?.[0]?.extensions?.code}`);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    expect(outcomes).toEqual({ ok: 25, SLOT_FULL: 175 });
    const [row] = await a.query<{ reserved: number; active: number }>(
      `select s.reserved, (select count(*)::int from reservation r where r.slot_id = s.id and r.status = 'BOOKED') as active
         from slot s where s.id = ?`,
      [slotId],
    );
    expect(row).toEqual({ reserved: 25, active: 25 });
  });

  it('the last place, raced from both instances after both read it free: one gets it, the other SLOT_FULL', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(3, '16:00'), 1);
    const [first, second] = await campaign.recipients(2);
    // Both bookings read one free place, then queue at the slot's conditional UPDATE behind the test's lock
    // (`no key update`, as the UPDATE itself takes: the reservations' foreign keys go through): the one let
    // through second finds the place gone inside that UPDATE, the only thing between it and an overbooking
    // (no in-memory refusal can answer it: neither instance has seen the slot full).
    const lock = await RowLock.hold(a, 'select id from slot where id = $1 for no key update', [slotId]);
    let results;
    try {
      const bookings = [first!, second!.withUrl(b.url)].map((r) =>
        r.request(BOOK, { input: { slotId, dose: 1 } }),
      );
      await lock.waitForBlocked(2, /raise_slot\(/);
      await lock.release();
      results = await Promise.all(bookings);
    } finally {
      await lock.release();
    }
    const outcomes = results
      .map((result) =>
        result.data?.bookReservation.ok
          ? 'ok'
          : (result.data?.bookReservation.error?.code ?? `error ${result.errors?.[0]?.extensions?.code}`),
      )
      .sort();
    expect(outcomes).toEqual(['SLOT_FULL', 'ok']);
    const [row] = await a.query<{ reserved: number }>(`select reserved from slot where id = ?`, [slotId]);
    expect(row).toEqual({ reserved: 1 });
  });

  it('a logout through one instance stops the token on the other, which had it cached', async () => {
    const campaign = await Campaign.create(a);
    const [recipient] = await campaign.recipients(1);
    const onB = b.caller(recipient!.token);
    expect((await onB.request(MY_RESERVATIONS)).errors).toBeUndefined();

    expect(await a.caller(recipient!.token).data(LOGOUT)).toEqual({ logout: true });

    await eventually(async () => (await onB.errorCode(MY_RESERVATIONS)) === 'UNAUTHENTICATED');
  });

  it('while its bus listener is down an instance trusts no cached token: a session ended behind its back is refused at once', async () => {
    const campaign = await Campaign.create(a);
    const [recipient] = await campaign.recipients(1);
    const onB = b.caller(recipient!.token);
    expect((await onB.request(MY_RESERVATIONS)).errors).toBeUndefined();

    // Both instances' listener connections go (as on a PostgreSQL failover); a revocation sent now would be
    // lost, so the session is ended the way no message tells of: by SQL.
    const listeners = await b.query<{ pid: number }>(
      `select pg_terminate_backend(pid) as pid from pg_stat_activity
        where datname = current_database() and query like 'listen availability_changed%'`,
    );
    expect(listeners).toHaveLength(2);
    await b.query(`update session set revoked_at = now() where token_hash = ?`, [
      hashToken(recipient!.token!),
    ]);

    // Refused within the moment B takes to notice its listener went, not after the cache's 60 s.
    await eventually(async () => (await onB.errorCode(MY_RESERVATIONS)) === 'UNAUTHENTICATED');

    // Back: the listeners reconnect, and a logout through A stops a token B has cached again.
    const [next] = await campaign.recipients(1);
    const nextOnB = b.caller(next!.token);
    await eventually(async () => {
      const listening = await b.query(
        `select 1 from pg_stat_activity where datname = current_database() and query like 'listen availability_changed%'`,
      );
      return listening.length === 2;
    });
    expect((await nextOnB.request(MY_RESERVATIONS)).errors).toBeUndefined();
    expect(await a.caller(next!.token).data(LOGOUT)).toEqual({ logout: true });
    await eventually(async () => (await nextOnB.errorCode(MY_RESERVATIONS)) === 'UNAUTHENTICATED');
  });

  it('a logout stops the token on the same instance at once, cache or not', async () => {
    const campaign = await Campaign.create(a);
    const [recipient] = await campaign.recipients(1);
    const caller = a.caller(recipient!.token);
    expect((await caller.request(MY_RESERVATIONS)).errors).toBeUndefined();

    await caller.data(LOGOUT);

    expect(await caller.errorCode(MY_RESERVATIONS)).toBe('UNAUTHENTICATED');
  });
});
