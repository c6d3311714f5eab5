import type { MikroORM } from '@mikro-orm/postgresql';
import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { NotificationService } from './notification.service.js';

const SWEEP = 'reminder-sweep';

/** Other modules' periodic work on the same queue (e.g. imports' upload clean-up): one singleton each. */
export interface ScheduledJob {
  name: string;
  cron: string;
  run(): Promise<void>;
}

/**
 * Scheduled work on pg-boss, a job queue kept in PostgreSQL: the cron entry and the jobs survive a restart,
 * and with several server processes the minute's sweep runs once (a singleton queue). pg-boss was chosen
 * over graphile-worker because it runs inside our process on the pg driver we already have, with cron
 * schedules and no extra CLI. The sweep itself is idempotent, so a missed or doubled minute changes nothing.
 */
export class ReminderSchedule {
  private readonly boss: PgBoss;
  private stopping = false;

  constructor(
    databaseUrl: string,
    private readonly orm: MikroORM,
    private readonly notifications: NotificationService,
    private readonly logger: Logger,
    private readonly jobs: readonly ScheduledJob[] = [],
  ) {
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 3 });
    // While shutting down, the database may already be going away; those errors are expected.
    this.boss.on('error', (error: unknown) => {
      if (!this.stopping) this.logger.error({ err: error }, 'job queue error');
    });
  }

  async start(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(SWEEP, { policy: 'singleton', retryLimit: 3, expireInSeconds: 300 });
    await this.boss.schedule(SWEEP, '* * * * *');
    await this.boss.work(SWEEP, { pollingIntervalSeconds: 0.5 }, async () => {
      const enqueued = await this.notifications.sweepReminders(this.orm.em.fork());
      if (enqueued > 0) this.logger.info({ enqueued }, 'reminders enqueued');
    });
    for (const job of this.jobs) {
      await this.boss.createQueue(job.name, { policy: 'singleton', retryLimit: 3, expireInSeconds: 300 });
      await this.boss.schedule(job.name, job.cron);
      await this.boss.work(job.name, { pollingIntervalSeconds: 0.5 }, () => job.run());
    }
  }

  /** Runs one of the other jobs now through the queue, as its cron entry would. */
  async runJobNow(name: string): Promise<string | null> {
    return this.boss.send(name, {});
  }

  /** Runs the sweep now through the queue, as the cron entry would (operators and tests). */
  async runNow(): Promise<string | null> {
    return this.boss.send(SWEEP, {});
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }
}
