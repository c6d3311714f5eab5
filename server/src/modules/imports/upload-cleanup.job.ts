import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ScheduledJob } from '../notifications/reminder.schedule.js';
import type { ImportService } from './import.service.js';

/**
 * Every ten minutes, on the durable queue: the content of uploads never committed within
 * `UPLOAD_RETENTION_HOURS` and issued-ticket files older than `ISSUED_FILE_RETENTION_DAYS` are deleted.
 * Idempotent, so a missed or doubled run changes nothing.
 */
export function uploadCleanupJob(orm: MikroORM, imports: ImportService, logger: Logger): ScheduledJob {
  return {
    name: 'upload-cleanup',
    cron: '*/10 * * * *',
    run: async () => {
      const deleted = await imports.deleteExpiredContent(orm.em.fork());
      if (deleted.uploads > 0 || deleted.issuedFiles > 0)
        logger.info(deleted, 'expired upload content deleted');
    },
  };
}
