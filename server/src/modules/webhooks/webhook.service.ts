import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config/config.js';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireSiteAccess } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import { checkEventTypes } from '../events/change-feed.service.js';
import type { EventLog } from '../events/event-log.js';
import { requireSite } from '../sites/site.service.js';
import {
  WebhookRepository,
  type DeliveryRow,
  type DeliveryStatus,
  type EndpointRow,
} from './webhook.repository.js';
import { newWebhookSecret, sendWebhook, urlProblem, webhookBody } from './webhook.sender.js';

export type WebhookSettings = Pick<
  AppConfig,
  | 'webhookAllowPrivateAddresses'
  | 'webhookTimeoutMs'
  | 'webhookRetryBaseMs'
  | 'webhookMaxAttempts'
  | 'webhookDisableAfterFailures'
  | 'webhookPollMs'
>;

export type RetentionSettings = Pick<AppConfig, 'webhookDeliveryRetentionDays' | 'eventLogRetentionDays'>;

/** Endpoints a site may have; a handful is what an integration needs. */
export const MAX_ENDPOINTS_PER_SITE = 20;
const DELIVERY_CURSOR = 'webhookDelivery';
/** How long the previous secret may keep signing after a rotation: a week at most. */
export const MAX_PREVIOUS_SECRET_HOURS = 168;
/** Rows deleted per statement by the retention job, so no run holds a long transaction. */
const RETENTION_BATCH = 5000;
/** Batches per table per run; what is left waits for the next run. */
const RETENTION_MAX_BATCHES = 200;
const DAY_MS = 86_400_000;

/**
 * A site's webhook endpoints (admins of the site, or operators), their delivery log, a manual redelivery
 * and a test ping. Deliveries themselves are made by `WebhookWorker` from the event log.
 */
export class WebhookService {
  private readonly repository = new WebhookRepository();

  constructor(
    private readonly settings: WebhookSettings & RetentionSettings,
    private readonly audit: AuditService,
    private readonly eventLog: EventLog,
  ) {}

  async endpoints(em: EntityManager, principal: Principal, siteId: string): Promise<EndpointRow[]> {
    requireSiteAccess(principal, siteId);
    if (!isUuid(siteId)) throw notFound('Site');
    return this.repository.endpointsOfSite(em, siteId);
  }

  async create(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; url: string; eventTypes: string[]; description?: string | null },
  ): Promise<{ endpoint: EndpointRow; secret: string }> {
    requireSiteAccess(principal, input.siteId);
    if (!isUuid(input.siteId)) throw notFound('Site');
    await requireSite(em, input.siteId);
    const url = this.checkUrl(input.url);
    const eventTypes = this.checkTypes(input.eventTypes);
    if ((await this.repository.countOfSite(em, input.siteId)) >= MAX_ENDPOINTS_PER_SITE)
      throw badInput(`A site has at most ${MAX_ENDPOINTS_PER_SITE} webhook endpoints`, 'siteId');
    const secret = newWebhookSecret();
    const endpoint = await this.repository.insertEndpoint(em, {
      siteId: input.siteId,
      url,
      eventTypes,
      description: input.description?.trim() || null,
      secret,
    });
    return { endpoint, secret };
  }

  async update(
    em: EntityManager,
    principal: Principal,
    input: {
      endpointId: string;
      url?: string | null;
      eventTypes?: string[] | null;
      description?: string | null;
      enabled?: boolean | null;
    },
  ): Promise<EndpointRow> {
    await this.endpointOf(em, principal, input.endpointId);
    const updated = await this.repository.updateEndpoint(em, input.endpointId, {
      url: input.url != null ? this.checkUrl(input.url) : undefined,
      eventTypes: input.eventTypes != null ? this.checkTypes(input.eventTypes) : undefined,
      description: input.description !== undefined ? input.description?.trim() || null : undefined,
      enabled: input.enabled ?? undefined,
    });
    if (!updated) throw notFound('WebhookEndpoint');
    return updated;
  }

  async delete(em: EntityManager, principal: Principal, endpointId: string): Promise<boolean> {
    const endpoint = await this.endpointOf(em, principal, endpointId);
    // Audited here, with the site: afterwards nothing is left to tell the generic audit whose it was.
    return em.transactional(async (tx) => {
      const deleted = await this.repository.deleteEndpoint(tx, endpointId);
      if (deleted)
        await this.audit.record(tx, principal, {
          siteId: endpoint.siteId,
          action: 'deleteWebhookEndpoint',
          targetType: 'webhook_endpoint',
          targetId: endpointId,
          before: { url: endpoint.url, eventTypes: endpoint.eventTypes },
        });
      return deleted;
    });
  }

  /**
   * A new signing secret, answered this once. The secret it replaces keeps signing beside it for
   * `previousSecretValidHours` (0: stops at once), so receivers can switch without dropping a delivery.
   * Audited without either secret.
   */
  async rotateSecret(
    em: EntityManager,
    principal: Principal,
    input: { endpointId: string; previousSecretValidHours: number },
  ): Promise<{ endpoint: EndpointRow; secret: string; previousSecretExpiresAt: Date | null }> {
    const hours = input.previousSecretValidHours;
    if (!Number.isInteger(hours) || hours < 0 || hours > MAX_PREVIOUS_SECRET_HOURS)
      throw badInput(
        `previousSecretValidHours is a whole number from 0 to ${MAX_PREVIOUS_SECRET_HOURS}`,
        'previousSecretValidHours',
      );
    const before = await this.endpointOf(em, principal, input.endpointId);
    const secret = newWebhookSecret();
    const endpoint = await em.transactional(async (tx) => {
      const rotated = await this.repository.rotateSecret(tx, input.endpointId, {
        secret,
        previousValidHours: hours,
      });
      if (!rotated) throw notFound('WebhookEndpoint');
      await this.audit.record(tx, principal, {
        siteId: rotated.siteId,
        action: 'rotateWebhookSecret',
        targetType: 'webhook_endpoint',
        targetId: rotated.id,
        // The audit log drops every key that names a secret, so these name the overlap instead.
        before: { url: before.url, overlapEndsAt: before.previousSecretExpiresAt },
        after: { url: rotated.url, overlapHours: hours, overlapEndsAt: rotated.previousSecretExpiresAt },
      });
      return rotated;
    });
    return { endpoint, secret, previousSecretExpiresAt: endpoint.previousSecretExpiresAt };
  }

  /**
   * The retention job (webhook-retention.job.ts): finished deliveries older than
   * `WEBHOOK_DELIVERY_RETENTION_DAYS`, events older than `EVENT_LOG_RETENTION_DAYS` that the dispatcher has
   * passed (the rest wait for it), and previous secrets whose overlap is over. Batched; idempotent.
   */
  async deleteExpired(
    em: EntityManager,
    now: Date = new Date(),
  ): Promise<{ deliveries: number; events: number; previousSecrets: number }> {
    let deliveries = 0;
    let events = 0;
    if (this.settings.webhookDeliveryRetentionDays > 0) {
      const before = new Date(now.getTime() - this.settings.webhookDeliveryRetentionDays * DAY_MS);
      for (let i = 0; i < RETENTION_MAX_BATCHES; i++) {
        const deleted = await this.repository.deleteFinishedBefore(em, before, RETENTION_BATCH);
        deliveries += deleted;
        if (deleted < RETENTION_BATCH) break;
      }
    }
    if (this.settings.eventLogRetentionDays > 0) {
      const before = new Date(now.getTime() - this.settings.eventLogRetentionDays * DAY_MS);
      const upTo = await this.repository.dispatchedUpTo(em);
      for (let i = 0; i < RETENTION_MAX_BATCHES; i++) {
        const deleted = await this.eventLog.deleteExpired(em, { before, upTo, limit: RETENTION_BATCH });
        events += deleted;
        // A batch is the oldest rows in log order; a young one among them (a long transaction's) is skipped,
        // so only a batch that deleted nothing means the rest are too young or not yet dispatched.
        if (deleted === 0) break;
      }
    }
    const previousSecrets = await this.repository.clearExpiredPreviousSecrets(em);
    return { deliveries, events, previousSecrets };
  }

  /** Sends a signed `webhook.ping` now and says what the endpoint answered; kept in its delivery log. */
  async ping(
    em: EntityManager,
    principal: Principal,
    endpointId: string,
  ): Promise<{ ok: boolean; statusCode: number | null; error: string | null; delivery: DeliveryRow }> {
    const endpoint = await this.endpointOf(em, principal, endpointId);
    const secrets = (await this.repository.signingSecrets(em, endpointId))!;
    const eventId = randomUUID();
    const now = new Date();
    const data = { endpointId, siteId: endpoint.siteId };
    const outcome = await sendWebhook(
      { url: endpoint.url, secrets },
      { id: eventId, body: webhookBody({ type: 'webhook.ping', occurredAt: now, data }), timestamp: now },
      { timeoutMs: this.settings.webhookTimeoutMs, allowPrivate: this.settings.webhookAllowPrivateAddresses },
    );
    const delivery = await em.transactional(async (tx) => {
      const row = await this.repository.recordPing(
        tx,
        { endpointId, eventId, payload: data, occurredAt: now },
        outcome,
      );
      // Audited with the site (the generic audit finds none in an endpoint id).
      await this.audit.record(tx, principal, {
        siteId: endpoint.siteId,
        action: 'pingWebhookEndpoint',
        targetType: 'webhook_endpoint',
        targetId: endpointId,
        after: { statusCode: outcome.statusCode, error: outcome.error },
      });
      return row;
    });
    return { ok: outcome.error === null, ...outcome, delivery };
  }

  /** Queues a delivery again (from now, with a fresh set of attempts); same webhook-id as before. */
  async redeliver(em: EntityManager, principal: Principal, deliveryId: string): Promise<DeliveryRow> {
    if (!isUuid(deliveryId)) throw notFound('WebhookDelivery');
    const delivery = await this.repository.delivery(em, deliveryId);
    if (!delivery) throw notFound('WebhookDelivery');
    requireSiteAccess(principal, delivery.siteId, 'WebhookDelivery');
    const again = await em.transactional(async (tx) => {
      const row = await this.repository.redeliver(tx, deliveryId);
      if (!row) return undefined;
      // Audited with the site (the generic audit finds none in a delivery id).
      await this.audit.record(tx, principal, {
        siteId: delivery.siteId,
        action: 'redeliverWebhook',
        targetType: 'webhook_delivery',
        targetId: deliveryId,
      });
      return row;
    });
    if (!again) throw badInput('A test ping is not redelivered; send a new ping', 'deliveryId');
    return again;
  }

  async deliveries(
    em: EntityManager,
    principal: Principal,
    args: { endpointId: string; first: number; after: string | null; status: DeliveryStatus | null },
  ) {
    await this.endpointOf(em, principal, args.endpointId);
    checkPageSize(args.first, 500);
    let after: { createdAt: string; id: string } | null = null;
    if (args.after) {
      const [createdAt, id] = decodeCursor(DELIVERY_CURSOR, args.after, 2);
      if (!isUuid(id!) || Number.isNaN(Date.parse(createdAt!.replace(' ', 'T'))))
        throw badInput('Unknown cursor', 'after');
      after = { createdAt: createdAt!, id: id! };
    }
    const rows = await this.repository.deliveries(em, args.endpointId, {
      limit: args.first + 1,
      after,
      status: args.status,
    });
    return connectionOf(rows, args.first, DELIVERY_CURSOR, (row) => [row.createdKey, row.id]);
  }

  private async endpointOf(
    em: EntityManager,
    principal: Principal,
    endpointId: string,
  ): Promise<EndpointRow> {
    if (!isUuid(endpointId)) throw notFound('WebhookEndpoint');
    const endpoint = await this.repository.endpoint(em, endpointId);
    if (!endpoint) throw notFound('WebhookEndpoint');
    requireSiteAccess(principal, endpoint.siteId, 'WebhookEndpoint');
    return endpoint;
  }

  private checkUrl(raw: string): string {
    const url = raw.trim();
    const problem = urlProblem(url, this.settings.webhookAllowPrivateAddresses);
    if (problem) throw badInput(problem, 'url');
    return url;
  }

  private checkTypes(types: readonly string[]): string[] {
    const checked = checkEventTypes(types, 'eventTypes');
    if (!checked) throw badInput('Name at least one event type', 'eventTypes');
    return checked;
  }
}
