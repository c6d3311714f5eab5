import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOne } from '../../shared/sql.js';

/** When an admin last mailed a ticket its login information. */
export class LoginInformationRepository {
  /**
   * Claims the ticket's next mail: one statement, so of two concurrent claims at most one wins; refused when
   * the last mail is younger than `minutes`, with `retryAfterSeconds` to wait (the whole window when the
   * winner committed after this statement's snapshot, so its row is not visible here).
   */
  async claim(
    em: EntityManager,
    ticketId: string,
    minutes: number,
  ): Promise<{ claimed: true } | { claimed: false; retryAfterSeconds: number }> {
    const row = await sqlOne<{ claimed: boolean; retry_after: number }>(
      em,
      `with claimed as (
         insert into login_info_resend (ticket_id, sent_at) values (?, now())
         on conflict (ticket_id) do update set sent_at = excluded.sent_at
          where login_info_resend.sent_at <= now() - make_interval(mins => ?)
         returning 1)
       select exists (select 1 from claimed) as claimed,
              coalesce((select ceil(extract(epoch from sent_at + make_interval(mins => ?) - now()))::int
                          from login_info_resend where ticket_id = ?), ? * 60) as retry_after`,
      [ticketId, minutes, minutes, ticketId, minutes],
    );
    return row?.claimed
      ? { claimed: true }
      : { claimed: false, retryAfterSeconds: Math.max(1, row?.retry_after ?? 1) };
  }
}
