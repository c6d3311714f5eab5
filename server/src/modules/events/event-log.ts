import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { DomainEvent, EventStore } from '../../shared/domain-events.js';
import type { Statement } from '../../shared/sql.js';
import { EventLogRepository, type LoggedEvent, type LogPosition } from './event-log.repository.js';

export { START_OF_LOG, type LoggedEvent, type LogPosition } from './event-log.repository.js';

/**
 * The durable, commit-ordered log of domain events (`event_log`). `DomainEvents` appends to it inside the
 * transaction (or the one-message booking) that made the change; the change feed reads it with the reader
 * that never misses (`EventLogRepository.page`), and the webhook dispatcher joins the same settled rows
 * (`settled_event_view`) with its endpoints in SQL.
 */
export class EventLog implements EventStore {
  private readonly repository = new EventLogRepository();

  constructor(private readonly orm: MikroORM) {}

  appendStatements(events: readonly DomainEvent[]): Statement[] {
    return this.repository.appendStatements(events);
  }

  async appendLate(events: readonly DomainEvent[]): Promise<void> {
    await this.orm.em.fork().transactional((tx) => this.repository.append(tx, events));
  }

  /** A site's settled events after `after`, in log order. */
  read(
    em: EntityManager,
    args: { siteId: string; after: LogPosition; limit: number; types: readonly string[] | null },
  ): Promise<LoggedEvent[]> {
    return this.repository.page(em, args);
  }

  /** Retention: deletes a batch of expired rows the dispatcher has passed (see the repository). */
  deleteExpired(
    em: EntityManager,
    args: { before: Date; upTo: LogPosition; limit: number },
  ): Promise<number> {
    return this.repository.deleteExpired(em, args);
  }

  /**
   * Whether `after` is a cursor the site's feed could have given, and whether the retention deleted events of
   * the site after it (a reader there would miss them); see the repository.
   */
  cursorState(
    em: EntityManager,
    args: { siteId: string; after: LogPosition; types: readonly string[] | null },
  ): Promise<{ issued: boolean; expired: boolean }> {
    return this.repository.cursorState(em, args);
  }
}
