import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createApp, type App } from '../../server/src/app.js';
import { testConfig, type AppConfig } from '../../server/src/config/config.js';
import { AdminUser } from '../../server/src/modules/auth/auth.entity.js';
import { hashPassword } from '../../server/src/shared/password.js';
import { Caller, RecordingSubscription } from './graphql-client.js';
import { ADMIN_LOGIN } from './operations.js';

/** A real server on a free loopback port, against the run's real PostgreSQL. */
export class TestServer {
  private constructor(readonly app: App) {}

  static async start(overrides: Partial<AppConfig> = {}): Promise<TestServer> {
    const app = await createApp({
      ...testConfig(inject('databaseUrl'), overrides),
      databaseUrl: inject('databaseUrl'),
    });
    return new TestServer(app);
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
  caller(token?: string): Caller {
    return new Caller(this.url, token).fromAddress(
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
      passwordHash: await hashPassword(password),
      role: 'OPERATOR',
      siteId: null,
    });
    await em.flush();
    const { adminLogin } = await this.caller().data<{ adminLogin: { token: string } }>(ADMIN_LOGIN, {
      input: { email, password },
    });
    return this.caller(adminLogin.token);
  }

  subscribe<T>(query: string, variables: Record<string, unknown>, token?: string): RecordingSubscription<T> {
    return new RecordingSubscription<T>(this.wsUrl, query, variables, token);
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

  close(): Promise<void> {
    return this.app.close();
  }
}
