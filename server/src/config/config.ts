import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import proxyAddr from 'proxy-addr';

/** The one place that reads process.env: everything else receives a typed AppConfig. */
export interface AppConfig {
  /** Connection string; undefined means "start an embedded PostgreSQL". */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  embeddedDataDir: string;
  host: string;
  port: number;
  logLevel: string;
  /** Session lifetime in hours for recipients and admins. */
  sessionTtlHours: number;
  /** Adds `extensions.sqlStatements` to every response: used by tests to prove there is no N+1. */
  exposeSqlStatementCount: boolean;
  /** How long availability changes are collected before one message per venue is published. */
  availabilityCoalesceMs: number;
  /** Load the demo data set when the database has no site yet. */
  seedDemoData: boolean;
  /**
   * Proxies (addresses, CIDR subnets or proxy-addr names such as `loopback`) whose X-Forwarded-For entries
   * are believed; the client address is the rightmost hop that is not one of them. Empty: the socket's address.
   */
  trustedProxies: string[];
  /** Login attempts per ticket number (or admin email) before each further one waits a growing delay. */
  loginFailuresPerAccount: number;
  /** First delay once an account reached its limit; doubles with every further attempt, up to the max. */
  loginAccountDelaySeconds: number;
  loginAccountDelayMaxSeconds: number;
  /** Login attempts per hour from one client address (recipients per site, admins apart) before a lock. */
  loginFailuresPerClient: number;
  /** How long such an address lock lasts at first; doubles with every further attempt, at most a day. */
  loginClientLockMinutes: number;
  /** argon2id cost of password hashes (OWASP: 19 MiB, 2 passes, 1 lane); older hashes are redone at login. */
  passwordHashMemoryKib: number;
  passwordHashIterations: number;
  passwordHashParallelism: number;
  /** Largest file `POST /uploads` accepts, in bytes. */
  uploadMaxBytes: number;
  /** Data rows (after the header) one upload may hold; counted while the file arrives. */
  uploadMaxRows: number;
  /** Uploads per minute (sustained) and at once, per admin and per client address; 0 switches it off. */
  uploadsPerMinute: number;
  uploadBurst: number;
  /** Hours an uploaded file's content is kept when no import of it is committed (committed: deleted then). */
  uploadRetentionHours: number;
  /** Days an issuance's result file (uploaded CSV with initial passwords) stays downloadable; 0 = always. */
  issuedFileRetentionDays: number;
  /** Days an unanswered FAQ question (scrubbed of numbers and contact details) is kept for the site's admins. */
  faqUnansweredRetentionDays: number;
  /** Days a webhook delivery that was DELIVERED or FAILED is kept in its endpoint's log (PENDING: always); 0 = forever. */
  webhookDeliveryRetentionDays: number;
  /**
   * Days the event log (change feed, webhook source) keeps an event; 0 = forever. Events the webhook
   * dispatcher has not passed yet are kept however old.
   */
  eventLogRetentionDays: number;
  /**
   * Key (32 bytes, base64) that encrypts issued-ticket files (they hold initial passwords). Unset: a key is
   * generated once into `issuanceKeyFile` and read from there afterwards.
   */
  issuanceFileKey: string | undefined;
  issuanceKeyFile: string;
  /** SMTP server for real delivery; unset keeps mails in the development mailbox. */
  smtpUrl: string | undefined;
  /** Sender of every mail. */
  mailFrom: string;
  /** Public address of the web apps, used for links in mails. */
  publicUrl: string;
  /** Run the mail delivery worker in this process. */
  mailWorker: boolean;
  /** How often the worker looks for due mails. */
  mailPollMs: number;
  /** First retry delay after a failed delivery; doubles with every attempt (capped at an hour). */
  mailRetryBaseMs: number;
  /** Attempts before a mail is given up as FAILED. */
  mailMaxAttempts: number;
  /** Run the webhook dispatcher and delivery worker in this process (issue 13). */
  webhookWorker: boolean;
  /** How often the webhook worker looks for new events and due deliveries when nothing woke it. */
  webhookPollMs: number;
  /** First retry delay after a failed delivery; doubles with every attempt (capped at an hour). */
  webhookRetryBaseMs: number;
  /** Attempts before a delivery is given up as FAILED. */
  webhookMaxAttempts: number;
  /** Consecutive failed attempts after which an endpoint is disabled until an admin enables it again. */
  webhookDisableAfterFailures: number;
  /** How long a delivery may take (connect, send, answer) before it counts as failed. */
  webhookTimeoutMs: number;
  /** Allow endpoints on private, loopback and link-local addresses (tests, closed networks); off by default. */
  webhookAllowPrivateAddresses: boolean;
  /** Run the durable job queue (pg-boss): scheduled reminders. */
  jobs: boolean;
  /** The built booking web app (`npm run client:build`), served at `/` and `/s/<site code>`. */
  clientDistDir: string;
  /** How long a resolved bearer token is trusted without asking the database (0 = always ask). */
  principalCacheTtlMs: number;
  /** Cross-process messages (live counts, logouts): PostgreSQL LISTEN/NOTIFY, or none for one process. */
  bus: 'postgres' | 'none';
  /** GraphQL requests over HTTP worked on at once; the rest queue (0 = no limit). */
  maxConcurrentRequests: number;
  /** Requests allowed to queue for that; beyond it a request is turned away with 503 at once. */
  maxQueuedRequests: number;
  /** Subscriptions one WebSocket may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** Connections in the server's PostgreSQL pool. */
  databasePoolMax: number;
  /** Booking transactions in flight per slot in one process; the rest wait in memory, not on the row lock. */
  bookingsInFlightPerSlot: number;
  /** Requests per second (sustained) and burst allowed per client address; 0 switches the limit off. */
  rateLimitPerAddress: number;
  rateLimitBurstPerAddress: number;
  /** Requests per second (sustained) and burst allowed per session token; 0 switches the limit off. */
  rateLimitPerSession: number;
  rateLimitBurstPerSession: number;
  /**
   * Requests per second (sustained) and burst allowed per API key (an HR system's sync), instead of the
   * session limit; the per-address limit still applies. 0 switches the limit off.
   */
  rateLimitPerApiKey: number;
  rateLimitBurstPerApiKey: number;
  /** `grouped`: execute a live-count subscription once per group of identical ones; `stock`: once per subscriber. */
  subscriptionFanout: 'grouped' | 'stock';
  /** Schema introspection and Apollo's landing page (off: the apps and codegen read schema.graphql). */
  graphqlIntrospection: boolean;
  /** Aliases one operation may use (graphql-armor). */
  graphqlMaxAliases: number;
  /** Nesting depth of one operation (graphql-armor). */
  graphqlMaxDepth: number;
  /** Tokens of one document; parsing stops at the limit. */
  graphqlMaxTokens: number;
  /** Directives one operation may use (graphql-armor). */
  graphqlMaxDirectives: number;
  /** Cost budget of one operation: lists and date ranges count by what they return (graphql/limits.ts). */
  graphqlMaxCost: number;
  /** Bytes of checked documents kept for WebSocket subscribe messages. */
  graphqlDocumentCacheBytes: number;
  /** Largest WebSocket message, in bytes; a bigger one closes the socket (1009). */
  wsMaxPayloadBytes: number;
}

/** client/dist in this checkout, wherever the process was started from. */
export const DEFAULT_CLIENT_DIST_DIR = fileURLToPath(new URL('../../../client/dist', import.meta.url));

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw new Error(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** `TRUSTED_PROXIES="loopback, 10.0.0.0/8"`; checked here so a typo stops the start, not a request. */
function trustedProxiesFrom(env: NodeJS.ProcessEnv): string[] {
  if (env.TRUST_PROXY !== undefined && env.TRUST_PROXY !== '')
    throw new Error(
      'TRUST_PROXY was replaced by TRUSTED_PROXIES: list the addresses or subnets of your own proxies, e.g. TRUSTED_PROXIES="10.0.0.5, 10.1.0.0/16"',
    );
  const list = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(list);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${(error as Error).message}`, { cause: error });
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_PG_DIR || '.data/postgres',
    host: env.HOST || '0.0.0.0',
    port: intFrom(env, 'PORT', 4000),
    logLevel: env.LOG_LEVEL || 'info',
    sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 12),
    exposeSqlStatementCount: boolFrom(env, 'EXPOSE_SQL_STATEMENT_COUNT', false),
    availabilityCoalesceMs: intFrom(env, 'AVAILABILITY_COALESCE_MS', 100),
    seedDemoData: boolFrom(env, 'SEED_DEMO_DATA', true),
    trustedProxies: trustedProxiesFrom(env),
    loginFailuresPerAccount: Math.max(1, intFrom(env, 'LOGIN_FAILURES_PER_ACCOUNT', 5)),
    loginAccountDelaySeconds: Math.max(1, intFrom(env, 'LOGIN_ACCOUNT_DELAY_SECONDS', 30)),
    loginAccountDelayMaxSeconds: Math.max(1, intFrom(env, 'LOGIN_ACCOUNT_DELAY_MAX_SECONDS', 900)),
    loginFailuresPerClient: Math.max(1, intFrom(env, 'LOGIN_FAILURES_PER_CLIENT', 50)),
    loginClientLockMinutes: Math.max(1, intFrom(env, 'LOGIN_CLIENT_LOCK_MINUTES', 15)),
    passwordHashMemoryKib: Math.max(1024, intFrom(env, 'PASSWORD_HASH_MEMORY_KIB', 19_456)),
    passwordHashIterations: Math.max(1, intFrom(env, 'PASSWORD_HASH_ITERATIONS', 2)),
    passwordHashParallelism: Math.max(1, intFrom(env, 'PASSWORD_HASH_PARALLELISM', 1)),
    uploadMaxBytes: intFrom(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    uploadMaxRows: intFrom(env, 'UPLOAD_MAX_ROWS', 200_000),
    uploadsPerMinute: intFrom(env, 'UPLOADS_PER_MINUTE', 10),
    uploadBurst: intFrom(env, 'UPLOAD_BURST', 20),
    uploadRetentionHours: intFrom(env, 'UPLOAD_RETENTION_HOURS', 24),
    issuedFileRetentionDays: intFrom(env, 'ISSUED_FILE_RETENTION_DAYS', 30),
    faqUnansweredRetentionDays: intFrom(env, 'FAQ_UNANSWERED_RETENTION_DAYS', 90),
    webhookDeliveryRetentionDays: intFrom(env, 'WEBHOOK_DELIVERY_RETENTION_DAYS', 30),
    eventLogRetentionDays: intFrom(env, 'EVENT_LOG_RETENTION_DAYS', 90),
    issuanceFileKey: env.ISSUANCE_FILE_KEY || undefined,
    issuanceKeyFile: env.ISSUANCE_KEY_FILE || '.data/issuance-file.key',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'ワクチン接種予約 <no-reply@localhost>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${intFrom(env, 'PORT', 4000)}`).replace(/\/$/, ''),
    mailWorker: boolFrom(env, 'MAIL_WORKER', true),
    mailPollMs: intFrom(env, 'MAIL_POLL_MS', 500),
    mailRetryBaseMs: intFrom(env, 'MAIL_RETRY_BASE_MS', 30_000),
    mailMaxAttempts: intFrom(env, 'MAIL_MAX_ATTEMPTS', 12),
    webhookWorker: boolFrom(env, 'WEBHOOK_WORKER', true),
    webhookPollMs: intFrom(env, 'WEBHOOK_POLL_MS', 1000),
    webhookRetryBaseMs: intFrom(env, 'WEBHOOK_RETRY_BASE_MS', 30_000),
    webhookMaxAttempts: Math.max(1, intFrom(env, 'WEBHOOK_MAX_ATTEMPTS', 12)),
    webhookDisableAfterFailures: Math.max(1, intFrom(env, 'WEBHOOK_DISABLE_AFTER_FAILURES', 20)),
    webhookTimeoutMs: Math.max(100, intFrom(env, 'WEBHOOK_TIMEOUT_MS', 10_000)),
    webhookAllowPrivateAddresses: boolFrom(env, 'WEBHOOK_ALLOW_PRIVATE_ADDRESSES', false),
    jobs: boolFrom(env, 'JOBS', true),
    clientDistDir: env.CLIENT_DIST_DIR || DEFAULT_CLIENT_DIST_DIR,
    principalCacheTtlMs: intFrom(env, 'PRINCIPAL_CACHE_TTL_MS', 60_000),
    bus: oneOf(env, 'BUS', ['postgres', 'none'], 'postgres'),
    maxConcurrentRequests: intFrom(env, 'MAX_CONCURRENT_REQUESTS', 64),
    maxQueuedRequests: intFrom(env, 'MAX_QUEUED_REQUESTS', 20_000),
    maxSubscriptionsPerConnection: intFrom(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 50),
    databasePoolMax: Math.max(2, intFrom(env, 'DATABASE_POOL_MAX', 20)),
    bookingsInFlightPerSlot: Math.max(1, intFrom(env, 'BOOKINGS_IN_FLIGHT_PER_SLOT', 8)),
    rateLimitPerAddress: intFrom(env, 'RATE_LIMIT_PER_ADDRESS', 50),
    rateLimitBurstPerAddress: intFrom(env, 'RATE_LIMIT_BURST_PER_ADDRESS', 200),
    rateLimitPerSession: intFrom(env, 'RATE_LIMIT_PER_SESSION', 5),
    rateLimitBurstPerSession: intFrom(env, 'RATE_LIMIT_BURST_PER_SESSION', 30),
    rateLimitPerApiKey: intFrom(env, 'RATE_LIMIT_PER_API_KEY', 20),
    rateLimitBurstPerApiKey: intFrom(env, 'RATE_LIMIT_BURST_PER_API_KEY', 100),
    subscriptionFanout: oneOf(env, 'SUBSCRIPTION_FANOUT', ['grouped', 'stock'], 'grouped'),
    graphqlIntrospection: boolFrom(env, 'GRAPHQL_INTROSPECTION', false),
    graphqlMaxAliases: intFrom(env, 'GRAPHQL_MAX_ALIASES', 30),
    graphqlMaxDepth: intFrom(env, 'GRAPHQL_MAX_DEPTH', 10),
    graphqlMaxTokens: intFrom(env, 'GRAPHQL_MAX_TOKENS', 3000),
    graphqlMaxDirectives: intFrom(env, 'GRAPHQL_MAX_DIRECTIVES', 20),
    graphqlMaxCost: intFrom(env, 'GRAPHQL_MAX_COST', 50_000),
    graphqlDocumentCacheBytes: intFrom(env, 'GRAPHQL_DOCUMENT_CACHE_BYTES', 8 * 1024 * 1024),
    wsMaxPayloadBytes: intFrom(env, 'WS_MAX_PAYLOAD_BYTES', 1024 * 1024),
  };
}

/** The configuration tests use: everything explicit, nothing from the environment but the database. */
export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    databaseUrl,
    embeddedDataDir: '',
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    sessionTtlHours: 12,
    exposeSqlStatementCount: true,
    availabilityCoalesceMs: 20,
    seedDemoData: false,
    // The test kit's callers name their address in X-Forwarded-For from 127.0.0.1 (Caller.fromAddress).
    trustedProxies: ['loopback'],
    loginFailuresPerAccount: 5,
    loginAccountDelaySeconds: 30,
    loginAccountDelayMaxSeconds: 900,
    loginFailuresPerClient: 50,
    loginClientLockMinutes: 15,
    // The smallest argon2id cost, so tests that log in many times stay fast.
    passwordHashMemoryKib: 1024,
    passwordHashIterations: 1,
    passwordHashParallelism: 1,
    uploadMaxBytes: 20 * 1024 * 1024,
    uploadMaxRows: 200_000,
    uploadsPerMinute: 10_000,
    uploadBurst: 100_000,
    uploadRetentionHours: 24,
    issuedFileRetentionDays: 30,
    faqUnansweredRetentionDays: 90,
    webhookDeliveryRetentionDays: 30,
    eventLogRetentionDays: 90,
    issuanceFileKey: randomBytes(32).toString('base64'),
    issuanceKeyFile: '',
    smtpUrl: undefined,
    mailFrom: 'Test <no-reply@test.example>',
    publicUrl: 'http://localhost',
    // Workers and the job queue share one test database: only tests about them switch them on.
    mailWorker: false,
    mailPollMs: 25,
    mailRetryBaseMs: 50,
    mailMaxAttempts: 50,
    // Like the mail worker: only the webhook tests switch it on (their receivers listen on 127.0.0.1).
    webhookWorker: false,
    webhookPollMs: 25,
    webhookRetryBaseMs: 50,
    webhookMaxAttempts: 50,
    webhookDisableAfterFailures: 1000,
    webhookTimeoutMs: 2000,
    webhookAllowPrivateAddresses: true,
    jobs: false,
    clientDistDir: DEFAULT_CLIENT_DIST_DIR,
    // Tests see every revocation at once unless a test turns the cache on.
    principalCacheTtlMs: 0,
    bus: 'none',
    maxConcurrentRequests: 64,
    maxQueuedRequests: 20_000,
    maxSubscriptionsPerConnection: 50,
    databasePoolMax: 20,
    bookingsInFlightPerSlot: 8,
    // Generous: the test kit sends many requests from one operator session.
    rateLimitPerAddress: 10_000,
    rateLimitBurstPerAddress: 100_000,
    rateLimitPerSession: 10_000,
    rateLimitBurstPerSession: 100_000,
    rateLimitPerApiKey: 10_000,
    rateLimitBurstPerApiKey: 100_000,
    subscriptionFanout: 'grouped',
    graphqlIntrospection: false,
    graphqlMaxAliases: 30,
    graphqlMaxDepth: 10,
    graphqlMaxTokens: 3000,
    graphqlMaxDirectives: 20,
    graphqlMaxCost: 50_000,
    graphqlDocumentCacheBytes: 8 * 1024 * 1024,
    wsMaxPayloadBytes: 1024 * 1024,
    ...overrides,
  };
}
