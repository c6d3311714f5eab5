import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DomainEventSubscriber } from '../../shared/domain-events.js';
import { WebhookRepository, type ClaimedDelivery } from './webhook.repository.js';
import { sendWebhook, webhookBody } from './webhook.sender.js';
import type { WebhookSettings } from './webhook.service.js';

/** Events turned into deliveries per dispatch transaction. */
const DISPATCH_PAGE = 500;
/** Deliveries sent at once per round. */
const DELIVERY_BATCH = 20;
const MAX_RETRY_MS = 3600_000;
/**
 * The least time between two rounds when woken or busy: under a rush a commit every millisecond would
 * otherwise start a dispatch transaction each, competing with the bookings for connections and CPU; one
 * round every 100 ms takes them up to DISPATCH_PAGE at a time.
 */
const MIN_ROUND_GAP_MS = 100;

/**
 * Delivers webhooks from the durable event log, in two steps that each survive a crash:
 *
 * - dispatch: in ONE transaction, lock the dispatcher's cursor (SKIP LOCKED: one instance at a time),
 *   read the settled events after it (the events module's `settled_event_view`, the change feed's reader,
 *   so none is ever skipped), insert one delivery per matching enabled endpoint, and move the cursor, the
 *   last three in one statement. Either all of that commits or none.
 * - deliver: claim due deliveries under a lease (FOR UPDATE SKIP LOCKED, so two instances never send the
 *   same one at once), POST them signed, record the outcome; failures are retried with exponential backoff
 *   up to a maximum of attempts. A process killed mid-send leaves the lease to expire and the delivery is
 *   sent again with the same webhook-id (at least once; receivers drop duplicates by that id).
 *
 * Committed events wake it at once (it subscribes to the domain events); it also polls, for events
 * committed by other instances and for retries that come due.
 */
export class WebhookWorker {
  private readonly repository = new WebhookRepository();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private dueAt = 0;
  private lastRoundAt = 0;
  private stopped = true;

  constructor(
    private readonly orm: MikroORM,
    private readonly settings: WebhookSettings,
    private readonly logger: Logger,
  ) {}

  /** The domain-event subscriber: something committed, look now. */
  readonly onEvents: DomainEventSubscriber = () => this.wake();

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // A round already due soon (the gap after the last one) is not brought forward.
    if (this.timer && this.dueAt - Date.now() <= MIN_ROUND_GAP_MS) return;
    this.schedule(Math.max(0, this.lastRoundAt + MIN_ROUND_GAP_MS - Date.now()));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.again = false;
      this.lastRoundAt = Date.now();
      this.running = this.round()
        .catch((error: unknown) => {
          if (!this.stopped) this.logger.error({ err: error }, 'webhook round failed');
          return false;
        })
        .then((busy) => {
          this.running = undefined;
          const gap = Math.min(MIN_ROUND_GAP_MS, this.settings.webhookPollMs);
          this.schedule(busy || this.again ? gap : this.settings.webhookPollMs);
        });
    }, delayMs);
  }

  /** One dispatch and one batch of deliveries; true when there may be more to do at once. */
  async round(): Promise<boolean> {
    const dispatched = await this.dispatch();
    const delivered = await this.deliver();
    return dispatched === DISPATCH_PAGE || delivered === DELIVERY_BATCH;
  }

  /** Turns the next page of settled events into deliveries and moves the cursor, in one transaction. */
  async dispatch(): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const cursor = await this.repository.lockCursor(tx);
      return cursor ? this.repository.dispatchPage(tx, cursor, DISPATCH_PAGE) : 0;
    });
  }

  /** Sends one batch of due deliveries; how many it claimed. */
  async deliver(): Promise<number> {
    const em = this.orm.em.fork();
    // Longer than one attempt can take, so a live worker's claim never expires under it.
    const leaseMs = this.settings.webhookTimeoutMs * 2 + 1000;
    const claimed = await this.repository.claim(em, DELIVERY_BATCH, leaseMs);
    await Promise.all(claimed.map((delivery) => this.send(delivery)));
    return claimed.length;
  }

  private async send(delivery: ClaimedDelivery): Promise<void> {
    const em = this.orm.em.fork();
    const outcome = await sendWebhook(
      { url: delivery.url, secrets: delivery.secrets },
      {
        id: delivery.eventId,
        body: webhookBody({
          type: delivery.eventType,
          occurredAt: delivery.occurredAt,
          data: delivery.payload,
        }),
        timestamp: new Date(),
      },
      { timeoutMs: this.settings.webhookTimeoutMs, allowPrivate: this.settings.webhookAllowPrivateAddresses },
    );
    if (outcome.error === null) {
      await this.repository.markDelivered(em, delivery, outcome.statusCode!);
      return;
    }
    const retryInMs =
      delivery.attempts >= this.settings.webhookMaxAttempts
        ? null
        : Math.min(MAX_RETRY_MS, this.settings.webhookRetryBaseMs * 2 ** (delivery.attempts - 1));
    const { disabled } = await this.repository.markFailed(em, delivery, {
      statusCode: outcome.statusCode,
      error: outcome.error,
      retryInMs,
      disableAfter: this.settings.webhookDisableAfterFailures,
    });
    this.logger.warn(
      {
        deliveryId: delivery.id,
        endpointId: delivery.endpointId,
        attempts: delivery.attempts,
        retryInMs,
        error: outcome.error,
      },
      'webhook delivery failed',
    );
    if (disabled)
      this.logger.warn(
        { endpointId: delivery.endpointId },
        'webhook endpoint disabled after repeated failures',
      );
  }
}
