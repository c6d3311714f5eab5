import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { chunkForNotify, type Bus } from '../../shared/bus.js';
import { requestScope } from '../../shared/request-scope.js';
import type { DomainEvent, DomainEventSubscriber } from '../../shared/domain-events.js';
import type { SlotView } from './slot.types.js';
import type { AvailabilityView } from './availability-view.js';
import { SlotRepository } from './slot.repository.js';

/**
 * A consumer that takes a venue's changes once for many subscribers (the grouped fan-out). `deliver` is
 * awaited: the next flush waits until every socket of the group has been written to.
 */
export interface AvailabilityWatcher {
  deliver(slots: SlotView[]): Promise<void>;
  /** Subscribers it stands for. */
  size(): number;
}

interface Subscriber {
  /** Latest state per slot not yet taken by the consumer: a slow consumer gets fresh counts, not a backlog. */
  pending: Map<string, SlotView>;
  wake: (() => void) | undefined;
  closed: boolean;
}

/** The slots whose free places an event changed (check-ins and vaccinations change none; a move, two). */
export function freePlacesChangedBy(event: DomainEvent): { venueId: string; slotId: string }[] {
  switch (event.type) {
    case 'reservation.booked':
    case 'reservation.cancelled':
    case 'slot.capacityChanged':
      return [{ venueId: event.venueId, slotId: event.slotId }];
    case 'reservation.moved':
      return [
        { venueId: event.fromVenueId, slotId: event.fromSlotId },
        { venueId: event.venueId, slotId: event.slotId },
      ];
    default:
      return [];
  }
}

/**
 * Live slot counts. The hub subscribes to domain events (`onEvents`), so it hears of a change only after
 * the transaction that made it committed; no writer calls it. A change is pushed at once
 * when the last push finished reading the counts at least `coalesceMs` ago; otherwise when that much time
 * has passed, with every change made meanwhile.
 * Each push reads the current counts of every changed slot in one statement and sends them to the venue's
 * subscribers. A burst of bookings therefore becomes a few messages, and the last message a subscriber gets
 * always reflects the database after the last commit.
 *
 * With a bus, each flush also tells the other instances which slots changed (one NOTIFY per flush,
 * outside any booking transaction); they read the counts themselves and push them at once.
 */
export class AvailabilityHub {
  private readonly repository = new SlotRepository();
  private readonly changedByVenue = new Map<string, Set<string>>();
  /** Changes made by this instance and not yet told to the others. */
  private readonly unpublished = new Map<string, Set<string>>();
  private readonly subscribersByVenue = new Map<string, Set<Subscriber>>();
  private readonly watchersByVenue = new Map<string, Set<AvailabilityWatcher>>();
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = 0;
  private lastReadEndedAt = -Infinity;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly coalesceMs: number,
    private readonly logger: Logger,
    private readonly bus?: Bus,
    /** This instance's free places per slot (refusals of full slots from memory); read after every change. */
    private readonly view?: AvailabilityView,
  ) {
    bus?.onConnection((connected) => view?.connection(connected));
    bus?.on('availability_changed', (message) => {
      const venues = (message as { venues?: unknown }).venues;
      if (!venues || typeof venues !== 'object') return;
      const changes: { venueId: string; slotId: string }[] = [];
      for (const [venueId, slotIds] of Object.entries(venues as Record<string, unknown>)) {
        if (!Array.isArray(slotIds)) continue;
        for (const slotId of slotIds) if (typeof slotId === 'string') changes.push({ venueId, slotId });
      }
      this.collect(changes, false);
      this.schedule();
    });
  }

  /** The domain-event subscriber: the slots whose free places the committed events changed. */
  readonly onEvents: DomainEventSubscriber = (events) => {
    const changes = events.flatMap(freePlacesChangedBy);
    if (changes.length === 0) return;
    this.collect(changes, true);
    this.schedule();
  };

  private collect(changes: readonly { venueId: string; slotId: string }[], local: boolean): void {
    this.view?.changed(changes.map((c) => c.slotId));
    for (const { venueId, slotId } of changes) {
      let slots = this.changedByVenue.get(venueId);
      if (!slots) this.changedByVenue.set(venueId, (slots = new Set()));
      slots.add(slotId);
      if (local && this.bus) {
        let mine = this.unpublished.get(venueId);
        if (!mine) this.unpublished.set(venueId, (mine = new Set()));
        mine.add(slotId);
      }
    }
  }

  /**
   * Between the end of one push's read and the start of the next push lies at least one window
   * (`coalesceMs`), and no more: a change goes out at once when the last read ended that long ago, otherwise
   * when it will have. Pushes never overlap: one that falls due while the previous is still being written
   * to sockets waits for it (and then carries everything new). The window is counted from the read, not
   * from the last socket write: it keeps the re-reads (which also feed the refusals from memory) from
   * piling onto a busy database, while a push to thousands of sockets that outlasts it is followed by the
   * next at once, since a pause after the writes would only add to every subscriber's wait
   * (bench/README.md, "The window counted from the read").
   */
  private schedule(): void {
    if (this.closed || this.changedByVenue.size === 0) return;
    const now = performance.now();
    const dueAt = Math.max(now, this.lastReadEndedAt + this.coalesceMs);
    const delayMs = dueAt - now;
    if (this.timer && this.timerDueAt <= dueAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueAt = dueAt;
    // Outside the request that reported the change: a flush serves every change of its window, and its
    // reads are not that request's statements (nor its SQL count).
    this.timer = requestScope.exit(() =>
      setTimeout(() => {
        this.timer = undefined;
        this.flushing = this.flushing.then(() => this.flush());
      }, delayMs),
    );
  }

  /** Resolves once every change reported so far has been pushed (used at shutdown and in tests). */
  async settle(): Promise<void> {
    while (this.timer || this.changedByVenue.size > 0) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
      if (this.changedByVenue.size > 0) this.flushing = this.flushing.then(() => this.flush(true));
      await this.flushing;
    }
    await this.flushing;
  }

  private publishToOtherInstances(): void {
    if (!this.bus || this.unpublished.size === 0) return;
    const pairs = [...this.unpublished].flatMap(([venueId, ids]) => [...ids].map((id) => [venueId, id]));
    this.unpublished.clear();
    for (const chunk of chunkForNotify(pairs)) {
      const venues: Record<string, string[]> = {};
      for (const [venueId, slotId] of chunk) (venues[venueId!] ??= []).push(slotId!);
      this.bus.publish('availability_changed', { venues });
    }
  }

  /** `force`: push even within the window (settle); otherwise a read that ended meanwhile defers it. */
  private async flush(force = false): Promise<void> {
    if (!force && performance.now() < this.lastReadEndedAt + this.coalesceMs) {
      this.schedule();
      return;
    }
    await this.flushChanges();
  }

  private async flushChanges(): Promise<void> {
    this.publishToOtherInstances();
    const batch = new Map(this.changedByVenue);
    this.changedByVenue.clear();
    // With a view, every changed slot is read again (it learns the new counts); else only watched venues'.
    const slotIds = [...batch.entries()]
      .filter(
        ([venueId]) => this.view || this.subscribersByVenue.has(venueId) || this.watchersByVenue.has(venueId),
      )
      .flatMap(([, ids]) => [...ids]);
    if (slotIds.length === 0) return;
    try {
      const mark = this.view?.mark() ?? 0;
      const slots = await this.repository
        .findByIds(this.orm.em.fork(), slotIds)
        .finally(() => (this.lastReadEndedAt = performance.now()));
      this.view?.learn(slots, mark);
      const byVenue = new Map<string, SlotView[]>();
      for (const slot of slots) {
        for (const subscriber of this.subscribersByVenue.get(slot.venueId) ?? []) {
          subscriber.pending.set(slot.id, slot);
          subscriber.wake?.();
        }
        if (this.watchersByVenue.has(slot.venueId)) {
          const list = byVenue.get(slot.venueId) ?? [];
          list.push(slot);
          byVenue.set(slot.venueId, list);
        }
      }
      for (const [venueId, venueSlots] of byVenue) {
        for (const watcher of [...(this.watchersByVenue.get(venueId) ?? [])]) {
          await watcher.deliver(venueSlots).catch((error: unknown) => {
            this.logger.error({ err: error, venueId }, 'could not deliver availability to a group');
          });
        }
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not publish availability');
    }
  }

  /** Registers a grouped consumer for a venue's changes; returns the function that removes it. */
  watch(venueId: string, watcher: AvailabilityWatcher): () => void {
    let watchers = this.watchersByVenue.get(venueId);
    if (!watchers) this.watchersByVenue.set(venueId, (watchers = new Set()));
    watchers.add(watcher);
    return () => {
      const set = this.watchersByVenue.get(venueId);
      set?.delete(watcher);
      if (set?.size === 0) this.watchersByVenue.delete(venueId);
    };
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
    for (const set of this.watchersByVenue.values()) for (const watcher of set) count += watcher.size();
    return count;
  }

  /**
   * Ends every subscription at once and takes no further change; resolves when the push under way (if any)
   * has finished reading, so the database can be closed after it. A read that started while the pool was
   * closing would take a connection the pool then waits for forever.
   */
  close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const set of [...this.subscribersByVenue.values()]) {
      for (const subscriber of [...set]) {
        subscriber.closed = true;
        subscriber.wake?.();
      }
    }
    this.subscribersByVenue.clear();
    this.watchersByVenue.clear();
    return this.flushing;
  }
}
