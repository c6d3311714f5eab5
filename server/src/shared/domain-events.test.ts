import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { DomainEvents, type DomainEvent } from './domain-events.js';

const booked: DomainEvent = {
  type: 'reservation.booked',
  reservationId: 'r1',
  ticketId: 't1',
  siteId: 's1',
  venueId: 'v1',
  slotId: 'slot1',
  dose: 1,
  pairId: null,
  madeBy: 'SELF',
  at: '2026-12-03T00:00:00.000Z',
};

/** An EntityManager whose transaction commits when the work resolves and rolls back when it throws. */
function fakeEm(log: string[], inTransaction = false): EntityManager {
  const em: { getTransactionContext(): object | undefined; transactional: unknown } = {
    getTransactionContext: () => (inTransaction ? {} : undefined),
    transactional: async <T>(work: (tx: EntityManager) => Promise<T>): Promise<T> => {
      try {
        const result = await work(em as unknown as EntityManager);
        log.push('commit');
        return result;
      } catch (error) {
        log.push('rollback');
        throw error;
      }
    },
  };
  return em as unknown as EntityManager;
}

describe('DomainEvents', () => {
  it('hands what a transaction recorded to every subscriber once, after it commits', async () => {
    const log: string[] = [];
    const events = new DomainEvents();
    events.subscribe((seen) => log.push(`a:${seen.map((e) => e.type).join(',')}`));
    events.subscribe((seen) => log.push(`b:${seen.length}`));
    const result = await events.transaction(fakeEm(log), async (_tx, sink) => {
      sink.record(booked);
      sink.record({ ...booked, reservationId: 'r2' });
      log.push('work done');
      return 42;
    });
    expect(result).toBe(42);
    expect(log).toEqual(['work done', 'commit', 'a:reservation.booked,reservation.booked', 'b:2']);
  });

  it('publishes nothing when the transaction rolls back', async () => {
    const log: string[] = [];
    const events = new DomainEvents();
    events.subscribe(() => log.push('published'));
    await expect(
      events.transaction(fakeEm(log), async (_tx, sink) => {
        sink.record(booked);
        throw new Error('slot full');
      }),
    ).rejects.toThrow('slot full');
    expect(log).toEqual(['rollback']);
  });

  it('after a self-committing write: publishes when it resolves, nothing when it throws or records nothing', async () => {
    const seen: DomainEvent[][] = [];
    const events = new DomainEvents();
    events.subscribe((batch) => seen.push([...batch]));
    await events.afterCommit(async (sink) => sink.record(booked));
    await expect(
      events.afterCommit(async (sink) => {
        sink.record(booked);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await events.afterCommit(async () => undefined);
    expect(seen).toEqual([[booked]]);
  });

  it('refuses to open a unit inside another transaction, which would publish before that one commits', async () => {
    const events = new DomainEvents();
    await expect(events.transaction(fakeEm([], true), async () => 1)).rejects.toThrow('inside another');
  });

  it('a failing subscriber is logged and neither stops the others nor fails the committed write', async () => {
    const errors: string[] = [];
    const events = new DomainEvents({ error: (_details, message) => errors.push(message) });
    const seen: number[] = [];
    events.subscribe(() => {
      throw new Error('webhook down');
    });
    const unsubscribe = events.subscribe((batch) => seen.push(batch.length));
    await events.afterCommit(async (sink) => sink.record(booked));
    unsubscribe();
    await events.afterCommit(async (sink) => sink.record(booked));
    expect(seen).toEqual([1]);
    expect(errors).toHaveLength(2);
  });
});
