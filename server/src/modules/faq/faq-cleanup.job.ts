import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ScheduledJob } from '../notifications/reminder.schedule.js';
import type { FaqService } from './faq.service.js';

/**
 * Every hour, on the durable queue: unanswered FAQ questions not asked again within
 * `FAQ_UNANSWERED_RETENTION_DAYS` are deleted. Idempotent, so a missed or doubled run changes nothing.
 */
export function faqCleanupJob(orm: MikroORM, faq: FaqService, logger: Logger): ScheduledJob {
  return {
    name: 'faq-unanswered-cleanup',
    cron: '23 * * * *',
    run: async () => {
      const deleted = await faq.deleteExpiredUnanswered(orm.em.fork());
      if (deleted > 0) logger.info({ deleted }, 'expired unanswered FAQ questions deleted');
    },
  };
}
