import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, PreparedStatement, sql, type Statement } from '../../shared/sql.js';

export type MailKind = 'LOGIN_INFO' | 'BOOKING_CONFIRMATION' | 'CANCELLATION' | 'REMINDER' | 'BOOKING_CHANGE';

export interface NewMail {
  siteId: string;
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  reservationId?: string | null;
  /** Mails with the same key are enqueued once (reminders: one per reservation). */
  dedupeKey?: string | null;
}

export interface ClaimedMail {
  id: string;
  kind: MailKind;
  to: string;
  /** Null until rendered: a confirmation queued by SQL in the booking's write is written at delivery. */
  subject: string | null;
  text: string | null;
  html: string | null;
  render: { reservationIds: string[] } | null;
  messageId: string;
  reservationId: string | null;
  attempts: number;
}

export interface OutboxMail {
  id: string;
  siteId: string;
  kind: MailKind;
  to: string;
  subject: string;
  text: string | null;
  status: 'PENDING' | 'SENT' | 'SKIPPED' | 'FAILED';
  attempts: number;
  transport: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * Bookings' confirmations, one per ticket, queued inside the bookings' own message (one statement however
 * many tickets share the commit); rendered at delivery. The parameter is `[{ticket_id, reservation_ids}]`.
 * Each ticket's recipient is looked up by key in a LATERAL subquery that is never flattened (`offset 0`):
 * as a plain join, the generic plan scanned every recipient whenever few of them had a mail address (the
 * estimate of `email is not null`), once per booking message — it halved a sale's rate (bench/README.md,
 * "A confirmation's plan").
 */
const QUEUE_BOOKING_CONFIRMATIONS = new PreparedStatement(
  'queue_booking_confirmations',
  ['jsonb'],
  `insert into mail_outbox (site_id, kind, to_address, message_id, render)
   select s.id, 'BOOKING_CONFIRMATION', rc.email, '<' || gen_random_uuid() || '@vaccination-reservations>',
          jsonb_build_object('reservationIds', b.reservation_ids)
     from jsonb_to_recordset(?::jsonb) as b (ticket_id uuid, reservation_ids jsonb)
     cross join lateral (
       select t.site_id, c.email
         from ticket_status_view t join recipient_contact_view c on c.ticket_id = t.id
        where t.id = b.ticket_id
       offset 0) as rc
     join site_settings_view s on s.id = rc.site_id
    where s.mail_enabled and rc.email is not null`,
);

/**
 * The transactional outbox. Rows are inserted by whatever transaction causes the mail; a worker claims due
 * rows with FOR UPDATE SKIP LOCKED and a lease, so two workers never hold the same mail at the same time.
 */
export class MailOutbox {
  /** Bookings' confirmations, one per ticket, as one statement of the bookings' message; rendered later. */
  queueBookingConfirmations(byTicket: ReadonlyMap<string, readonly string[]>): Statement {
    const bookings = [...byTicket].map(([ticketId, reservationIds]) => ({
      ticket_id: ticketId,
      reservation_ids: reservationIds,
    }));
    return QUEUE_BOOKING_CONFIRMATIONS.call([JSON.stringify(bookings)]);
  }

  /** One statement for any number of mails; runs in the caller's transaction. */
  async enqueue(em: EntityManager, mails: NewMail[]): Promise<number> {
    if (mails.length === 0) return 0;
    const rows = await sql(
      em,
      `insert into mail_outbox (site_id, kind, to_address, subject, body_text, body_html, message_id, reservation_id, dedupe_key)
       select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[])
       on conflict (dedupe_key) do nothing
       returning id`,
      [
        pgArray(mails.map((m) => m.siteId)),
        pgArray(mails.map((m) => m.kind)),
        pgArray(mails.map((m) => m.to)),
        pgArray(mails.map((m) => m.subject)),
        pgArray(mails.map((m) => m.text)),
        pgArray(mails.map((m) => m.html)),
        // The Message-ID is fixed at enqueue time, so a resend after a crash carries the same one.
        pgArray(mails.map(() => `<${randomUUID()}@vaccination-reservations>`)),
        pgArray(mails.map((m) => m.reservationId ?? null)),
        pgArray(mails.map((m) => m.dedupeKey ?? null)),
      ],
    );
    return rows.length;
  }

  /**
   * Mails of a site queued by the caller's transaction so far: its rows carry the transaction's start time
   * (`now()`), which no other transaction shares.
   */
  async queuedInThisTransaction(tx: EntityManager, siteId: string): Promise<number> {
    const rows = await sql<{ queued: number }>(
      tx,
      `select count(*)::int as queued from mail_outbox where site_id = ? and created_at = now()`,
      [siteId],
    );
    return rows[0]?.queued ?? 0;
  }

  async claim(em: EntityManager, limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
    const rows = await sql<{
      id: string;
      kind: MailKind;
      to_address: string;
      subject: string | null;
      body_text: string | null;
      body_html: string | null;
      render: { reservationIds: string[] } | null;
      message_id: string;
      reservation_id: string | null;
      attempts: number;
    }>(
      em,
      `update mail_outbox set locked_until = now() + make_interval(secs => ?), attempts = attempts + 1
        where id in (
          select id from mail_outbox
           where status = 'PENDING' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
           order by next_attempt_at
           limit ?
           for update skip locked)
        returning id, kind, to_address, subject, body_text, body_html, render, message_id, reservation_id, attempts`,
      [leaseSeconds, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      to: r.to_address,
      subject: r.subject,
      text: r.body_text,
      html: r.body_html,
      render: r.render,
      messageId: r.message_id,
      reservationId: r.reservation_id,
      attempts: r.attempts,
    }));
  }

  /** The login mail carries an initial password: once a real server accepted it, its body is dropped. */
  async markSent(em: EntityManager, id: string, transport: string, keepBody: boolean): Promise<void> {
    await sql(
      em,
      `update mail_outbox set status = 'SENT', sent_at = now(), locked_until = null, transport = ?,
              body_text = case when ? or kind <> 'LOGIN_INFO' then body_text end,
              body_html = case when ? or kind <> 'LOGIN_INFO' then body_html end
        where id = ?`,
      [transport, keepBody, keepBody, id],
    );
  }

  /** Keeps what the worker rendered, so a retry sends the same text. */
  async saveRendered(
    em: EntityManager,
    id: string,
    mail: { subject: string; text: string; html: string },
  ): Promise<void> {
    await sql(em, `update mail_outbox set subject = ?, body_text = ?, body_html = ? where id = ?`, [
      mail.subject,
      mail.text,
      mail.html,
      id,
    ]);
  }

  async markSkipped(em: EntityManager, id: string, reason: string): Promise<void> {
    await sql(
      em,
      `update mail_outbox set status = 'SKIPPED', locked_until = null, last_error = ? where id = ?`,
      [reason, id],
    );
  }

  async markFailedAttempt(
    em: EntityManager,
    id: string,
    error: string,
    retryInMs: number | null,
  ): Promise<void> {
    await sql(
      em,
      `update mail_outbox set locked_until = null, last_error = ?,
              status = case when ?::int is null then 'FAILED' else 'PENDING' end,
              next_attempt_at = now() + make_interval(secs => coalesce(?::int, 0) / 1000.0)
        where id = ?`,
      [error.slice(0, 500), retryInMs, retryInMs, id],
    );
  }

  async list(
    em: EntityManager,
    filter: { siteId: string | null; limit: number; before: Date | null },
  ): Promise<OutboxMail[]> {
    const rows = await sql<{
      id: string;
      site_id: string;
      kind: MailKind;
      to_address: string;
      subject: string;
      body_text: string | null;
      status: OutboxMail['status'];
      attempts: number;
      transport: string | null;
      created_at: string;
      sent_at: string | null;
    }>(
      em,
      `select id, site_id, kind, to_address, coalesce(subject, '') as subject, body_text, status, attempts, transport, created_at, sent_at
         from mail_outbox
        where (?::uuid is null or site_id = ?) and (?::timestamptz is null or created_at < ?)
        order by created_at desc, id
        limit ?`,
      [filter.siteId, filter.siteId, filter.before, filter.before, filter.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      siteId: r.site_id,
      kind: r.kind,
      to: r.to_address,
      subject: r.subject,
      text: r.body_text,
      status: r.status,
      attempts: r.attempts,
      transport: r.transport,
      createdAt: pgTimestamp(r.created_at),
      sentAt: r.sent_at ? pgTimestamp(r.sent_at) : null,
    }));
  }
}
