import type { EntityManager } from '@mikro-orm/postgresql';

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
  /** A change that keeps the place taken: checked in, or marked a no-show. */
  | (ReservationRef & { type: 'reservation.changed'; change: 'CHECKED_IN' | 'NO_SHOW' })
  | (ReservationRef & { type: 'reservation.vaccinated'; vaccinatedOn: string })
  | {
      type: 'slot.capacityChanged';
      siteId: string;
      venueId: string;
      slotId: string;
      status: 'OPEN' | 'CANCELLED';
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

/** Where a write records what it did; only a unit of work hands one out, and it publishes after commit. */
export interface EventSink {
  record(...events: DomainEvent[]): void;
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
export class DomainEvents {
  private readonly subscribers = new Set<DomainEventSubscriber>();

  constructor(private readonly log?: ErrorLog) {}

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
    const result = await em.transactional((tx) => work(tx, collected));
    this.publish(collected.events);
    return result;
  }

  /**
   * For work that commits by itself before it resolves (a booking sent as one simple-query message, which
   * PostgreSQL runs as one implicit transaction): what it records is published once it resolves.
   */
  async afterCommit<T>(work: (events: EventSink) => Promise<T>): Promise<T> {
    const collected = new Collected();
    const result = await work(collected);
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
