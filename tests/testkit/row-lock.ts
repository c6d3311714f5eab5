import pg from 'pg';
import { inject } from 'vitest';
import type { TestServer } from './server.js';

/**
 * A row lock held by the test on its own connection, to order a race deterministically: requests fired
 * while it is held queue on the row in the order the test fires them (PostgreSQL grants a row lock first
 * come, first served), and `release` lets them through.
 */
export class RowLock {
  private constructor(
    private readonly server: TestServer,
    private readonly client: pg.Client,
    private readonly holder: number,
  ) {}

  /** Locks the rows `select … for update` returns, e.g. `select id from slot where id = $1 for update`. */
  static async hold(server: TestServer, lockingSelect: string, params: unknown[]): Promise<RowLock> {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    await client.query('begin');
    await client.query(lockingSelect, params);
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return new RowLock(server, client, rows[0]!.pid);
  }

  /**
   * Waits (bounded) until `count` database sessions wait, directly or in a queue, on this lock; with
   * `running`, only sessions whose current statement matches it count (a background session that happens
   * to touch the same row must not be taken for the request the test just fired).
   */
  async waitForBlocked(count: number, running?: RegExp): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const rows = await this.server.query<{ pid: number; blockers: number[]; query: string }>(
        `select pid, pg_blocking_pids(pid) as blockers, query from pg_stat_activity where wait_event_type = 'Lock'`,
      );
      const blocked = new Set<number>([this.holder]);
      for (let grew = true; grew;) {
        grew = false;
        for (const row of rows)
          if (!blocked.has(row.pid) && row.blockers.some((pid) => blocked.has(pid))) {
            blocked.add(row.pid);
            grew = true;
          }
      }
      const counted = rows.filter((row) => blocked.has(row.pid) && (!running || running.test(row.query)));
      if (counted.length >= count) return;
      if (Date.now() > deadline)
        throw new Error(
          `only ${counted.length} sessions wait on the row lock${running ? ` running ${running}` : ''}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private released = false;

  /** Commits the holding transaction (the queued requests go on) and closes the connection; once. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    try {
      await this.client.query('commit');
    } finally {
      await this.client.end();
    }
  }
}
