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
  /** The built booking web app (`npm run client:build`), served at `/` and `/s/<site code>`. */
  clientDistDir: string;
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
    clientDistDir: env.CLIENT_DIST_DIR || DEFAULT_CLIENT_DIST_DIR,
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
    clientDistDir: DEFAULT_CLIENT_DIST_DIR,
    ...overrides,
  };
}
