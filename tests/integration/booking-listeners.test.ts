import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReservationListener } from '../../server/src/modules/reservations/reservation.events.js';
import { ReservationService } from '../../server/src/modules/reservations/reservation.service.js';
import { sql } from '../../server/src/shared/sql.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

// Bulk booking and the mail outbox call the booking path directly with their own listeners; this file does
// the same with a probe table, against the real database.
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
  await server.query(
    `create table if not exists listener_probe (reservation_id uuid primary key, via text not null)`,
  );
});
afterAll(() => server.close());

const callbackListener: ReservationListener = {
  async booked(tx, reservations) {
    for (const r of reservations)
      await sql(tx, `insert into listener_probe (reservation_id, via) values (?, 'callback')`, [r.id]);
  },
  async cancelled() {},
};

const statementListener: ReservationListener = {
  async booked() {
    throw new Error('not called when bookedStatements is offered');
  },
  bookedStatements: (reservations) =>
    reservations.map((r) => ({
      sql: `insert into listener_probe (reservation_id, via) values (?, 'statement')`,
      params: [r.id],
    })),
  async cancelled() {},
};

const failingListener: ReservationListener = {
  async booked() {
    throw new Error('the outbox is down');
  },
  async cancelled() {},
};

async function fixture(capacity: number, people: number) {
  const campaign = await Campaign.create(server);
  const slotId = await campaign.slot(tokyoAt(5, '10:00'), capacity);
  const numbers = await campaign.tickets(people);
  const tickets = await server.query<{ id: string }>(
    `select id from ticket where site_id = ? and number = any(?::text[]) order by number`,
    [campaign.site.id, `{${numbers.join(',')}}`],
  );
  return { slotId, ticketIds: tickets.map((t) => t.id) };
}

async function probes(slotId: string) {
  return server.query<{ via: string }>(
    `select p.via from listener_probe p join reservation r on r.id = p.reservation_id where r.slot_id = ?`,
    [slotId],
  );
}

async function reservedOf(slotId: string) {
  const [row] = await server.query<{ reserved: number; active: number }>(
    `select reserved, (select count(*)::int from reservation where slot_id = s.id and status = 'BOOKED') as active
       from slot s where id = ?`,
    [slotId],
  );
  return row!;
}

const em = (): EntityManager => server.app.orm.em.fork();

describe('booking listeners', () => {
  for (const [name, listener] of [
    ['a callback listener', callbackListener],
    ['a statement listener (one round trip)', statementListener],
  ] as const) {
    it(`${name}: its write commits with a booking and is never made for a refused one`, async () => {
      const { slotId, ticketIds } = await fixture(1, 2);
      const service = new ReservationService(server.app.services.events, [listener]);

      const booked = await service.book(em(), {
        ticketId: ticketIds[0]!,
        madeBy: 'ADMIN',
        request: { slotId, dose: 1 },
      });
      const refused = await service.book(em(), {
        ticketId: ticketIds[1]!,
        madeBy: 'ADMIN',
        request: { slotId, dose: 1 },
      });

      expect(booked.ok).toBe(true);
      expect(refused.error?.code).toBe('SLOT_FULL');
      expect(await probes(slotId)).toEqual([
        { via: listener === callbackListener ? 'callback' : 'statement' },
      ]);
      expect(await reservedOf(slotId)).toEqual({ reserved: 1, active: 1 });
    });
  }

  it('a listener that fails takes the booking down with it: no reservation, no place taken', async () => {
    const { slotId, ticketIds } = await fixture(5, 1);
    const service = new ReservationService(server.app.services.events, [failingListener]);

    await expect(
      service.book(em(), { ticketId: ticketIds[0]!, madeBy: 'ADMIN', request: { slotId, dose: 1 } }),
    ).rejects.toThrow('the outbox is down');

    expect(await reservedOf(slotId)).toEqual({ reserved: 0, active: 0 });
  });

  it('inside a caller’s own transaction the booking commits only when the caller commits', async () => {
    const { slotId, ticketIds } = await fixture(5, 2);
    const service = new ReservationService(server.app.services.events, [statementListener]);

    await expect(
      server.app.services.events.transaction(em(), async (tx, events) => {
        const result = await service.book(
          tx,
          { ticketId: ticketIds[0]!, madeBy: 'BULK', request: { slotId, dose: 1 } },
          events,
        );
        expect(result.ok).toBe(true);
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect(await reservedOf(slotId)).toEqual({ reserved: 0, active: 0 });

    await server.app.services.events.transaction(em(), async (tx, events) => {
      expect(
        (
          await service.book(
            tx,
            { ticketId: ticketIds[1]!, madeBy: 'BULK', request: { slotId, dose: 1 } },
            events,
          )
        ).ok,
      ).toBe(true);
    });
    expect(await reservedOf(slotId)).toEqual({ reserved: 1, active: 1 });
    expect(await probes(slotId)).toEqual([{ via: 'statement' }]);
  });

  it('a caller’s transaction that books one slot twice is not held up by the crowd waiting for its lock', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(6, '10:00'), 50);
    const crowd = await campaign.recipients(12);
    const numbers = await campaign.tickets(2);
    const bulk = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = any(?::text[]) order by number`,
      [campaign.site.id, `{${numbers.join(',')}}`],
    );
    const service = server.app.services.reservations;
    let crowdAnswers: Promise<unknown[]> | undefined;

    await server.app.services.events.transaction(em(), async (tx, events) => {
      expect(
        (
          await service.book(
            tx,
            { ticketId: bulk[0]!.id, madeBy: 'BULK', request: { slotId, dose: 1 } },
            events,
          )
        ).ok,
      ).toBe(true);
      // The crowd now queues on the slot row this transaction holds.
      crowdAnswers = Promise.all(crowd.map((r) => r.data(BOOK, { input: { slotId } })));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        (
          await service.book(
            tx,
            { ticketId: bulk[1]!.id, madeBy: 'BULK', request: { slotId, dose: 1 } },
            events,
          )
        ).ok,
      ).toBe(true);
    });
    await crowdAnswers;

    expect(await reservedOf(slotId)).toEqual({ reserved: 14, active: 14 });
  });
});
