import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { chunkForNotify, LocalBus, type Bus } from '../../shared/bus.js';
import type { DomainEvent } from '../../shared/domain-events.js';
import { ReservationListRepository } from '../reports/reservation-list.repository.js';
import type { VenueDayChangeKind } from './venue-day.types.js';

export interface VenueDayChangeView {
  venueId: string;
  date: string;
  reservationId: string;
  slotId: string;
  change: VenueDayChangeKind;
  at: Date;
}

/** What a committed domain event changed in a venue's day, if anything. */
export function venueDayChangeOf(event: DomainEvent): Omit<VenueDayChangeView, 'date'> | undefined {
  const of = (change: VenueDayChangeKind) =>
    'reservationId' in event
      ? {
          venueId: event.venueId,
          reservationId: event.reservationId,
          slotId: event.slotId,
          change,
          at: new Date(event.at),
        }
      : undefined;
  switch (event.type) {
    case 'reservation.booked':
      return of('BOOKED');
    case 'reservation.cancelled':
      return of('CANCELLED');
    case 'reservation.vaccinated':
      return of('VACCINATED');
    case 'reservation.changed':
      return of(event.change);
    default:
      return undefined;
  }
}

interface Subscriber {
  date: string;
  queue: VenueDayChangeView[];
  wake: (() => void) | undefined;
  closed: boolean;
}

/** Changes that stay in their instance: a rush of bookings must not become a rush of NOTIFYs. */
const LOCAL_ONLY: ReadonlySet<VenueDayChangeKind> = new Set(['BOOKED', 'CANCELLED']);

/** A slow tablet keeps at most this many changes; it refetches the day when it reconnects anyway. */
const MAX_QUEUED = 1000;

/**
 * The venue day's live changes (issue 15): a subscriber of the domain events, so a tablet hears of a
 * check-in, record, no-show or undo only after it committed, and within one statement's time (the slots'
 * local dates are read in one statement per committed transaction that touched a watched venue).
 * With several instances, what the venue does (check-in, record, no-show, undo: a few a minute per desk) is
 * passed on through the bus, with its date, so a tablet on another instance hears it too; bookings and
 * cancellations are not (one NOTIFY per booking in a rush), and reach only tablets of the same instance.
 */
export class VenueDayHub {
  private readonly list = new ReservationListRepository();
  private readonly subscribersByVenue = new Map<string, Set<Subscriber>>();
  /** Whether other instances may have tablets (one process has nobody to tell). */
  private readonly shared: boolean;
  /** Pushes still reading their slots' dates; closing waits for them before the database goes. */
  private readonly delivering = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly bus: Bus,
  ) {
    this.shared = !(bus instanceof LocalBus);
    bus.on('venue_day_changed', (message) => {
      const { changes } = message as { changes: (Omit<VenueDayChangeView, 'at'> & { at: string })[] };
      this.deliverLocally(changes.map((c) => ({ ...c, at: new Date(c.at) })));
    });
  }

  readonly onEvents = (events: readonly DomainEvent[]): void => {
    // A rush of bookings on one instance with no tablet watching costs nothing here.
    if (this.closed || (!this.shared && this.subscribersByVenue.size === 0)) return;
    const changes = events
      .map(venueDayChangeOf)
      .filter(
        (c): c is Omit<VenueDayChangeView, 'date'> =>
          c !== undefined &&
          (this.subscribersByVenue.has(c.venueId) || (this.shared && !LOCAL_ONLY.has(c.change))),
      );
    if (changes.length === 0) return;
    const delivery = this.deliver(changes).catch((error: unknown) =>
      this.logger.error({ err: error }, 'venue day push failed'),
    );
    this.delivering.add(delivery);
    void delivery.finally(() => this.delivering.delete(delivery));
  };

  private async deliver(changes: Omit<VenueDayChangeView, 'date'>[]): Promise<void> {
    const dates = await this.list.slotDates(this.orm.em.fork(), [...new Set(changes.map((c) => c.slotId))]);
    const dated = changes.flatMap((change) => {
      const date = dates.get(change.slotId);
      return date ? [{ ...change, date }] : [];
    });
    this.deliverLocally(dated);
    const shared = dated
      .filter((c) => !LOCAL_ONLY.has(c.change))
      .map((c) => ({ ...c, at: c.at.toISOString() }));
    for (const chunk of chunkForNotify(shared)) this.bus.publish('venue_day_changed', { changes: chunk });
  }

  private deliverLocally(changes: VenueDayChangeView[]): void {
    for (const change of changes) {
      for (const subscriber of this.subscribersByVenue.get(change.venueId) ?? []) {
        if (subscriber.date !== change.date) continue;
        subscriber.queue.push(change);
        if (subscriber.queue.length > MAX_QUEUED) subscriber.queue.shift();
        subscriber.wake?.();
      }
    }
  }

  subscribe(venueId: string, date: string): AsyncIterableIterator<VenueDayChangeView> {
    const subscriber: Subscriber = { date, queue: [], wake: undefined, closed: false };
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
    const iterator: AsyncIterableIterator<VenueDayChangeView> = {
      async next() {
        while (!subscriber.closed && subscriber.queue.length === 0) {
          await new Promise<void>((resolve) => (subscriber.wake = resolve));
          subscriber.wake = undefined;
        }
        if (subscriber.closed) return { done: true, value: undefined };
        return { done: false, value: subscriber.queue.shift()! };
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

  /** Ends every subscription and takes no further change; resolves when the pushes under way have read. */
  close(): Promise<void> {
    this.closed = true;
    for (const set of [...this.subscribersByVenue.values()]) {
      for (const subscriber of [...set]) {
        subscriber.closed = true;
        subscriber.wake?.();
      }
    }
    this.subscribersByVenue.clear();
    return Promise.all(this.delivering).then(() => undefined);
  }
}
