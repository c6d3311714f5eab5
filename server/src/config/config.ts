import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

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
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** Failed logins before a ticket number (or admin email) is locked for a while. */
  loginFailuresPerAccount: number;
  /** Failed logins from one client address before it is locked for a while. */
  loginFailuresPerClient: number;
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
    trustProxy: boolFrom(env, 'TRUST_PROXY', false),
    loginFailuresPerAccount: intFrom(env, 'LOGIN_FAILURES_PER_ACCOUNT', 5),
    loginFailuresPerClient: intFrom(env, 'LOGIN_FAILURES_PER_CLIENT', 50),
    uploadMaxBytes: intFrom(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    uploadMaxRows: intFrom(env, 'UPLOAD_MAX_ROWS', 200_000),
    uploadsPerMinute: intFrom(env, 'UPLOADS_PER_MINUTE', 10),
    uploadBurst: intFrom(env, 'UPLOAD_BURST', 20),
    uploadRetentionHours: intFrom(env, 'UPLOAD_RETENTION_HOURS', 24),
    issuedFileRetentionDays: intFrom(env, 'ISSUED_FILE_RETENTION_DAYS', 30),
    issuanceFileKey: env.ISSUANCE_FILE_KEY || undefined,
    issuanceKeyFile: env.ISSUANCE_KEY_FILE || '.data/issuance-file.key',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'ワクチン接種予約 <no-reply@localhost>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${intFrom(env, 'PORT', 4000)}`).replace(/\/$/, ''),
    mailWorker: boolFrom(env, 'MAIL_WORKER', true),
    mailPollMs: intFrom(env, 'MAIL_POLL_MS', 500),
    mailRetryBaseMs: intFrom(env, 'MAIL_RETRY_BASE_MS', 30_000),
    mailMaxAttempts: intFrom(env, 'MAIL_MAX_ATTEMPTS', 12),
    jobs: boolFrom(env, 'JOBS', true),
    clientDistDir: env.CLIENT_DIST_DIR || DEFAULT_CLIENT_DIST_DIR,
    principalCacheTtlMs: intFrom(env, 'PRINCIPAL_CACHE_TTL_MS', 5000),
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
    trustProxy: true,
    loginFailuresPerAccount: 5,
    loginFailuresPerClient: 50,
    uploadMaxBytes: 20 * 1024 * 1024,
    uploadMaxRows: 200_000,
    uploadsPerMinute: 10_000,
    uploadBurst: 100_000,
    uploadRetentionHours: 24,
    issuedFileRetentionDays: 30,
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
