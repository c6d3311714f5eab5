import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ReportsRepository } from '../reports/reports.repository.js';
import { MailOutbox, type ClaimedMail } from './mail-outbox.repository.js';
import type { MailTransport } from './mail.transport.js';

const BATCH = 20;
const LEASE_SECONDS = 60;
const MAX_RETRY_MS = 3600_000;

export interface MailWorkerOptions {
  from: string;
  /** Writes a mail queued without its text (a confirmation queued by SQL); undefined: no longer needed. */
  render: (em: EntityManager, mail: ClaimedMail) => Promise<ClaimedMail | undefined>;
  pollMs: number;
  retryBaseMs: number;
  maxAttempts: number;
}

// Kept over pg-boss jobs: bench/README.md "Plumbing" (outbox at 0.83× the SMTP ceiling; the row rides the booking's own statement).
/**
 * Delivers the outbox. Each round claims due mails under a lease (SKIP LOCKED, so two processes never
 * hold the same mail), sends them, and records the outcome; a failure is retried with exponential backoff.
 * The one window no system closes: the SMTP server accepted a mail and this process died before recording
 * it. The lease then expires and another worker sends it again with the same Message-ID, which lets the
 * receiving side drop the duplicate.
 */
export class MailWorker {
  private readonly outbox = new MailOutbox();
  private readonly reports = new ReportsRepository();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = true;

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: MailTransport,
    private readonly options: MailWorkerOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round()
        .catch((error: unknown) => {
          if (!this.stopped) this.logger.error({ err: error }, 'mail round failed');
        })
        .then((claimedFull) => this.schedule(claimedFull ? 0 : this.options.pollMs));
    }, delayMs);
  }

  /** Delivers one batch; resolves true when the batch was full (more may be waiting). */
  async round(): Promise<boolean> {
    const em = this.orm.em.fork();
    const mails = await this.outbox.claim(em, BATCH, LEASE_SECONDS);
    await Promise.all(
      mails.map(async (mail) => {
        try {
          if (
            mail.kind === 'REMINDER' &&
            mail.reservationId &&
            !(await this.reports.reminderStillWanted(em, mail.reservationId))
          ) {
            await this.outbox.markSkipped(
              em,
              mail.id,
              'reservation no longer booked or reminder switched off',
            );
            return;
          }
          const rendered = await this.options.render(em, mail);
          if (!rendered) {
            await this.outbox.markSkipped(em, mail.id, 'the reservations of this mail no longer exist');
            return;
          }
          await this.transport.send(rendered, this.options.from);
          await this.outbox.markSent(em, mail.id, this.transport.name, this.transport.keepsBody);
        } catch (error) {
          const retryInMs =
            mail.attempts >= this.options.maxAttempts
              ? null
              : Math.min(MAX_RETRY_MS, this.options.retryBaseMs * 2 ** (mail.attempts - 1));
          this.logger.warn(
            { mailId: mail.id, attempts: mail.attempts, retryInMs, err: error },
            'mail delivery failed',
          );
          await this.outbox.markFailedAttempt(em, mail.id, String(error), retryInMs);
        }
      }),
    );
    return mails.length === BATCH;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }
}
