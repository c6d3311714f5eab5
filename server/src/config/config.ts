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
  /** How long a resolved bearer token is trusted without asking the database (0 = always ask). */
  principalCacheTtlMs: number;
  /** Cross-process messages (live counts, logouts): PostgreSQL LISTEN/NOTIFY, or none for one process. */
  bus: 'postgres' | 'none';
  /** GraphQL requests over HTTP worked on at once; the rest queue (0 = no limit). */
  maxConcurrentRequests: number;
  /** Requests allowed to queue for that; beyond it a request is turned away with 503 at once. */
  maxQueuedRequests: number;
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
}

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
    principalCacheTtlMs: intFrom(env, 'PRINCIPAL_CACHE_TTL_MS', 5000),
    bus: oneOf(env, 'BUS', ['postgres', 'none'], 'postgres'),
    maxConcurrentRequests: intFrom(env, 'MAX_CONCURRENT_REQUESTS', 64),
    maxQueuedRequests: intFrom(env, 'MAX_QUEUED_REQUESTS', 20_000),
    databasePoolMax: Math.max(2, intFrom(env, 'DATABASE_POOL_MAX', 20)),
    bookingsInFlightPerSlot: Math.max(1, intFrom(env, 'BOOKINGS_IN_FLIGHT_PER_SLOT', 8)),
    rateLimitPerAddress: intFrom(env, 'RATE_LIMIT_PER_ADDRESS', 50),
    rateLimitBurstPerAddress: intFrom(env, 'RATE_LIMIT_BURST_PER_ADDRESS', 200),
    rateLimitPerSession: intFrom(env, 'RATE_LIMIT_PER_SESSION', 5),
    rateLimitBurstPerSession: intFrom(env, 'RATE_LIMIT_BURST_PER_SESSION', 30),
    subscriptionFanout: oneOf(env, 'SUBSCRIPTION_FANOUT', ['grouped', 'stock'], 'grouped'),
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
    // Tests see every revocation at once unless a test turns the cache on.
    principalCacheTtlMs: 0,
    bus: 'none',
    maxConcurrentRequests: 64,
    maxQueuedRequests: 20_000,
    databasePoolMax: 20,
    bookingsInFlightPerSlot: 8,
    // Generous: the test kit sends many requests from one operator session.
    rateLimitPerAddress: 10_000,
    rateLimitBurstPerAddress: 100_000,
    rateLimitPerSession: 10_000,
    rateLimitBurstPerSession: 100_000,
    subscriptionFanout: 'grouped',
    ...overrides,
  };
}
