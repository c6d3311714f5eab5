import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ScheduledJob } from '../notifications/reminder.schedule.js';
import type { WebhookService } from './webhook.service.js';

/**
 * Every hour, on the durable queue: webhook deliveries finished (DELIVERED or FAILED) more than
 * `WEBHOOK_DELIVERY_RETENTION_DAYS` ago and event-log rows older than `EVENT_LOG_RETENTION_DAYS` that the
 * webhook dispatcher has passed are deleted (see `WebhookService.deleteExpired`). Idempotent, so a missed
 * or doubled run changes nothing.
 */
export function webhookRetentionJob(orm: MikroORM, webhooks: WebhookService, logger: Logger): ScheduledJob {
  return {
    name: 'webhook-event-retention',
    cron: '37 * * * *',
    run: async () => {
      const deleted = await webhooks.deleteExpired(orm.em.fork());
      if (deleted.deliveries > 0 || deleted.events > 0 || deleted.previousSecrets > 0)
        logger.info(deleted, 'expired webhook deliveries and events deleted');
    },
  };
}
