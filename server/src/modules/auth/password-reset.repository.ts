import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, sqlOne } from '../../shared/sql.js';

/** Password-reset links: only the SHA-256 of each token is kept; a link works once and until it expires. */
export class PasswordResetRepository {
  async insert(
    em: EntityManager,
    link: { tokenHash: string; ticketId: string; siteId: string; ttlMinutes: number },
  ): Promise<void> {
    await sql(
      em,
      `insert into password_reset (token_hash, ticket_id, site_id, expires_at)
       values (?, ?, ?, now() + make_interval(mins => ?))`,
      [link.tokenHash, link.ticketId, link.siteId, link.ttlMinutes],
    );
  }

  /** Links of a ticket created in the last hour (a mailbox is not flooded by repeated requests). */
  async createdLastHour(em: EntityManager, ticketId: string): Promise<number> {
    const row = await sqlOne<{ count: number }>(
      em,
      `select count(*)::int as count from password_reset
        where ticket_id = ? and created_at > now() - interval '1 hour'`,
      [ticketId],
    );
    return row?.count ?? 0;
  }

  /**
   * Uses a link: one statement marks it used if it is unused and unexpired, so of two concurrent uses
   * exactly one gets the ticket; the ticket's other open links stop working with it.
   */
  async consume(
    em: EntityManager,
    tokenHash: string,
  ): Promise<{ ticketId: string; siteId: string } | undefined> {
    const row = await sqlOne<{ ticket_id: string; site_id: string }>(
      em,
      `with used as (
         update password_reset set used_at = now()
          where token_hash = ? and used_at is null and expires_at > now()
          returning ticket_id, site_id),
       others as (
         update password_reset set used_at = now()
          where ticket_id = (select ticket_id from used) and used_at is null and token_hash <> ?)
       select ticket_id, site_id from used`,
      [tokenHash, tokenHash],
    );
    return row ? { ticketId: row.ticket_id, siteId: row.site_id } : undefined;
  }

  /** A password set by other means ends the ticket's open links. */
  async closeOpenLinks(em: EntityManager, ticketId: string): Promise<void> {
    await sql(em, `update password_reset set used_at = now() where ticket_id = ? and used_at is null`, [
      ticketId,
    ]);
  }
}
