import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type App, type AppDependencies } from '../../server/src/app.js';
import { testConfig, type AppConfig } from '../../server/src/config/config.js';
import { AdminUser } from '../../server/src/modules/auth/auth.entity.js';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { Caller, RecordingSubscription, type Operation } from './graphql-client.js';
import { ADMIN_LOGIN } from './operations.js';

/** A real server on a free loopback port, against the run's real PostgreSQL. */
export class TestServer {
  private afterClose: (() => Promise<void>) | undefined;

  private constructor(readonly app: App) {}

  static async start(
    overrides: Partial<AppConfig> = {},
    dependencies: AppDependencies = {},
    databaseUrl = inject('databaseUrl'),
  ): Promise<TestServer> {
    const app = await createApp({ ...testConfig(databaseUrl, overrides), databaseUrl }, dependencies);
    return new TestServer(app);
  }

  /**
   * Two server processes' worth of state (own pools, hubs, caches, bus connections) on one database, set as in
   * production: instances tell each other through the bus and keep sessions for 60 s; live counts coalesce
   * for 30 ms so tests wait less.
   */
  static startPair(): Promise<[TestServer, TestServer]> {
    const settings = { bus: 'postgres' as const, principalCacheTtlMs: 60_000, availabilityCoalesceMs: 30 };
    return Promise.all([TestServer.start(settings), TestServer.start(settings)]);
  }

  /**
   * A server with a database of its own, for tests of process-wide workers whose configuration differs
   * from the other servers of the run (every worker on a database takes any of its due mail).
   */
  static async startIsolated(
    overrides: Partial<AppConfig> = {},
    dependencies: AppDependencies = {},
  ): Promise<TestServer> {
    const shared = new URL(inject('databaseUrl'));
    const name = `isolated_${randomUUID().replace(/-/g, '')}`;
    const admin = new pg.Client({ connectionString: shared.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    shared.pathname = `/${name}`;
    const server = await TestServer.start(overrides, dependencies, shared.toString());
    server.afterClose = async () => {
      const client = new pg.Client({ connectionString: inject('databaseUrl') });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.app.port}/graphql`;
  }

  /** Where the built booking web app is served (same port as the API). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.app.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.app.port}/graphql`;
  }

  /** An anonymous caller from a client address of its own, so throttling in one test never touches another. */
  // A login answer's token is nullable in the schema; a caller without one is anonymous.
  caller(token?: string | null): Caller {
    return new Caller(this.url, token ?? undefined).fromAddress(
      `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    );
  }

  /** The one fixture written directly: the first operator, since only operators create sites. */
  async operator(): Promise<Caller> {
    const email = `operator-${randomUUID()}@test.example`;
    const password = 'operator-password-1';
    const em = this.app.orm.em.fork();
    em.create(AdminUser, {
      email,
      displayName: 'Test operator',
      passwordHash: await this.app.services.passwords.hash(password),
      role: 'OPERATOR',
      siteId: null,
    });
    await em.flush();
    const { adminLogin } = await this.caller().data(ADMIN_LOGIN, {
      input: { email, password },
    });
    return this.caller(adminLogin.token);
  }

  subscribe<D extends Operation>(
    document: D,
    variables: VariablesOf<D>,
    token?: string,
  ): RecordingSubscription<D> {
    return new RecordingSubscription(this.wsUrl, document, variables, token);
  }

  /** Waits until the server holds `count` live subscriptions (the subscribe message has been processed). */
  async waitForSubscribers(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.app.services.availability.subscriberCount() < count) {
      if (Date.now() > deadline)
        throw new Error(`only ${this.app.services.availability.subscriberCount()} subscribers`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Read-only SQL for invariant checks after the API did the writing. */
  async query<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return this.app.orm.em.getConnection().execute<T[]>(text, params);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.afterClose?.();
  }
}
