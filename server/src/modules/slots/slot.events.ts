import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SlotView } from './slot.types.js';
import { SlotRepository } from './slot.repository.js';

interface Subscriber {
  /** Latest state per slot not yet taken by the consumer: a slow consumer gets fresh counts, not a backlog. */
  pending: Map<string, SlotView>;
  wake: (() => void) | undefined;
  closed: boolean;
}

/**
 * Live slot counts. Writers call `slotsChanged` after their transaction commits; changes are collected for
 * `coalesceMs`, then the current counts of every changed slot are read in one statement and pushed to the
 * venue's subscribers. A burst of bookings therefore becomes a few messages, and the last message a
 * subscriber gets always reflects the database after the last commit.
 */
export class AvailabilityHub {
  private readonly repository = new SlotRepository();
  private readonly changedByVenue = new Map<string, Set<string>>();
  private readonly subscribersByVenue = new Map<string, Set<Subscriber>>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly coalesceMs: number,
    private readonly logger: Logger,
  ) {}

  slotsChanged(changes: readonly { venueId: string; slotId: string }[]): void {
    for (const { venueId, slotId } of changes) {
      let slots = this.changedByVenue.get(venueId);
      if (!slots) this.changedByVenue.set(venueId, (slots = new Set()));
      slots.add(slotId);
    }
    if (!this.timer && this.changedByVenue.size > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flushing = this.flushing.then(() => this.flush());
      }, this.coalesceMs);
    }
  }

  /** Resolves once every change reported so far has been pushed (used at shutdown and in tests). */
  async settle(): Promise<void> {
    while (this.timer || this.changedByVenue.size > 0) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.flushing = this.flushing.then(() => this.flush());
      }
      await this.flushing;
    }
    await this.flushing;
  }

  private async flush(): Promise<void> {
    const batch = new Map(this.changedByVenue);
    this.changedByVenue.clear();
    const slotIds = [...batch.entries()]
      .filter(([venueId]) => this.subscribersByVenue.has(venueId))
      .flatMap(([, ids]) => [...ids]);
    if (slotIds.length === 0) return;
    try {
      const slots = await this.repository.findByIds(this.orm.em.fork(), slotIds);
      for (const slot of slots) {
        for (const subscriber of this.subscribersByVenue.get(slot.venueId) ?? []) {
          subscriber.pending.set(slot.id, slot);
          subscriber.wake?.();
        }
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not publish availability');
    }
  }

  subscribe(venueId: string): AsyncIterableIterator<SlotView[]> {
    const subscriber: Subscriber = { pending: new Map(), wake: undefined, closed: false };
    let subscribers = this.subscribersByVenue.get(venueId);
    if (!subscribers) this.subscribersByVenue.set(venueId, (subscribers = new Set()));
    subscribers.add(subscriber);
    const close = () => {
      subscriber.closed = true;
      subscriber.wake?.();
      const set = this.subscribersByVenue.get(venueId);
      set?.delete(subscriber);
      if (set?.size === 0) this.subscribersByVenue.delete(venueId);
    };
    const iterator: AsyncIterableIterator<SlotView[]> = {
      async next() {
        while (!subscriber.closed && subscriber.pending.size === 0) {
          await new Promise<void>((resolve) => (subscriber.wake = resolve));
          subscriber.wake = undefined;
        }
        if (subscriber.closed) return { done: true, value: undefined };
        const value = [...subscriber.pending.values()];
        subscriber.pending.clear();
        return { done: false, value };
      },
      async return() {
        close();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribersByVenue.values()) count += set.size;
    return count;
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const set of [...this.subscribersByVenue.values()]) {
      for (const subscriber of [...set]) {
        subscriber.closed = true;
        subscriber.wake?.();
      }
    }
    this.subscribersByVenue.clear();
  }
}
