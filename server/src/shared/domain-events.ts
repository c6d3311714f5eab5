import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Statement } from './sql.js';

/**
 * What happened, said once a transaction has committed. Payloads are plain JSON (ids, ISO dates) so a
 * subscriber can keep them, send them to another instance or post them to a webhook as they are.
 */
/** Which reservation an event is about, and where its place is. */
interface ReservationRef {
  reservationId: string;
  ticketId: string;
  siteId: string;
  venueId: string;
  slotId: string;
  dose: number;
  at: string;
}

export type DomainEvent =
  | (ReservationRef & {
      type: 'reservation.booked';
      pairId: string | null;
      madeBy: 'SELF' | 'ADMIN' | 'BULK' | 'API';
    })
  | (ReservationRef & {
      type: 'reservation.cancelled';
      cancelledBy: 'RECIPIENT' | 'ADMIN' | 'SLOT_CANCELLED';
      reason: string | null;
    })
  /** A change that keeps the place taken: checked in, marked a no-show, or one of those (or a vaccination) undone. */
  | (ReservationRef & {
      type: 'reservation.changed';
      change: 'CHECKED_IN' | 'NO_SHOW' | 'CHECK_IN_UNDONE' | 'NO_SHOW_UNDONE' | 'VACCINATION_UNDONE';
    })
  /** The vaccination record (keyed by the reservation id) was written or corrected. */
  | (ReservationRef & { type: 'reservation.vaccinated'; vaccinatedOn: string })
  /** A change (予約変更): the reservation now holds `slotId` and gave back a place in `fromSlotId`. */
  | (ReservationRef & {
      type: 'reservation.moved';
      fromSlotId: string;
      fromVenueId: string;
      madeBy: 'SELF' | 'ADMIN' | 'BULK' | 'API';
    })
  | {
      type: 'slot.capacityChanged';
      siteId: string;
      venueId: string;
      slotId: string;
      status: 'OPEN' | 'CLOSED' | 'CANCELLED';
      at: string;
    }
  | {
      type: 'ticket.registered' | 'ticket.issued' | 'ticket.revoked';
      ticketId: string;
      siteId: string;
      at: string;
    }
  | {
      type: 'import.committed';
      importId: string;
      siteId: string;
      kind: string;
      created: number;
      unchanged: number;
      at: string;
    };

export type DomainEventType = DomainEvent['type'];

/** Every event type, at run time (the change feed's and the webhooks' filters check against it). */
export const DOMAIN_EVENT_TYPES = [
  'reservation.booked',
  'reservation.cancelled',
  'reservation.changed',
  'reservation.moved',
  'reservation.vaccinated',
  'slot.capacityChanged',
  'ticket.registered',
  'ticket.issued',
  'ticket.revoked',
  'import.committed',
] as const satisfies readonly DomainEventType[];
// A new event type must be added to the list above too.
type Unlisted = Exclude<DomainEventType, (typeof DOMAIN_EVENT_TYPES)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTypeListed;

/**
 * The durable log every recorded event is appended to, in the transaction that made it true (a
 * transactional outbox): the change feed and the webhooks read it, so a crash after the commit loses
 * nothing. Implemented by `modules/events`; shared/ only knows this shape.
 */
export interface EventStore {
  /** The statements that append `events`, to run inside the transaction (or message) that writes them. */
  appendStatements(events: readonly DomainEvent[]): Statement[];
  /** Appends events whose write committed without them, in a transaction of their own (a fallback). */
  appendLate(events: readonly DomainEvent[]): Promise<void>;
}

/** Where a write records what it did; only a unit of work hands one out, and it publishes after commit. */
export interface EventSink {
  record(...events: DomainEvent[]): void;
}

/**
 * The sink of work that commits by itself in one message (`afterCommit`): the work puts
 * `appendStatements(events)` in its message so the durable log is written by the same commit, and once the
 * message committed records those same events with `recordAppended`. Several such works that share one
 * message (a group commit) may append all their events with one statement and each record its own.
 */
export interface MessageEventSink extends EventSink {
  appendStatements(events: readonly DomainEvent[]): Statement[];
  /** Records events that the committed message appended to the log itself. */
  recordAppended(...events: DomainEvent[]): void;
}

/** Runs after a commit with everything that transaction recorded; must not throw (errors are logged). */
export type DomainEventSubscriber = (events: readonly DomainEvent[]) => void;

interface ErrorLog {
  error(details: object, message: string): void;
}

class Collected implements EventSink {
  readonly events: DomainEvent[] = [];
  record(...events: DomainEvent[]): void {
    this.events.push(...events);
  }
}

/**
 * The unit of work around every write that others must hear about. Events are collected while the
 * transaction runs and handed to subscribers only once it has committed; a rollback (an exception out of
 * the work) drops them. Adding a subscriber is one `subscribe` call where the services are wired.
 */
/** Events serialised per append round trip by `transaction` (a few milliseconds of JSON each). */
const APPEND_SLICE = 2000;

export class DomainEvents {
  private readonly subscribers = new Set<DomainEventSubscriber>();

  constructor(
    private readonly log?: ErrorLog,
    /** Where events are kept durably; without one (unit tests) they only reach the subscribers. */
    private readonly store?: EventStore,
  ) {}

  subscribe(subscriber: DomainEventSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** `work` in one transaction; what it records is published after the commit, never on a rollback. */
  async transaction<T>(
    em: EntityManager,
    work: (tx: EntityManager, events: EventSink) => Promise<T>,
  ): Promise<T> {
    // Inside a caller's transaction this would publish before that caller commits: pass its sink instead.
    if (em.getTransactionContext()) throw new Error('A unit of work cannot start inside another transaction');
    const collected = new Collected();
    const result = await em.transactional(async (tx) => {
      const value = await work(tx, collected);
      // Appended last, inside the transaction: the log holds exactly what committed. A slice at a time, so
      // the JSON of a 200,000-ticket import is built between round trips, never in one long blocking turn.
      const events = collected.events;
      for (let i = 0; i < events.length; i += APPEND_SLICE)
        for (const statement of this.store?.appendStatements(events.slice(i, i + APPEND_SLICE)) ?? [])
          await sql(tx, statement.sql, statement.params);
      return value;
    });
    this.publish(collected.events);
    return result;
  }

  /**
   * For work that commits by itself before it resolves (a booking sent as one simple-query message, which
   * PostgreSQL runs as one implicit transaction): what it records is published once it resolves. The work
   * appends its events to the log inside its message (see `MessageEventSink`); an event it records with
   * plain `record` is appended on its own afterwards (and logged as an error: a crash could lose it).
   */
  async afterCommit<T>(work: (events: MessageEventSink) => Promise<T>): Promise<T> {
    const collected = new Collected();
    const late: DomainEvent[] = [];
    const store = this.store;
    const sink: MessageEventSink = {
      record: (...events) => {
        collected.record(...events);
        late.push(...events);
      },
      recordAppended: (...events) => collected.record(...events),
      appendStatements: (events) => store?.appendStatements(events) ?? [],
    };
    const result = await work(sink);
    if (store && late.length > 0) {
      this.log?.error({ types: late.map((e) => e.type) }, 'events recorded outside their message');
      await store.appendLate(late);
    }
    this.publish(collected.events);
    return result;
  }

  private publish(events: readonly DomainEvent[]): void {
    if (events.length === 0) return;
    for (const subscriber of this.subscribers) {
      try {
        subscriber(events);
      } catch (error) {
        // The write has committed; a subscriber's failure is its own and must not turn it into an error.
        this.log?.error({ err: error }, 'a domain event subscriber failed');
      }
    }
  }
}
