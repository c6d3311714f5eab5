import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs hand-written SQL on the request's EntityManager, inside its transaction when it has one.
 * Used where the database itself must decide (capacity, throttling) and for set-based reads.
 */
export async function sql<T = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
}

/** SQL text with `?` placeholders and its parameters, as `sql()` takes it; several can travel as one message. */
export interface Statement {
  sql: string;
  params: unknown[];
}

const preparedStatements = new Map<string, PreparedStatement>();

/**
 * A statement on the opening-time path, parsed and planned by PostgreSQL once per connection instead of
 * once per call. MikroORM sends every statement as plain text, so without this the booking facts read spent
 * more time being planned than running. Each pooled connection PREPAREs every registered statement when it
 * is opened (`connectionSetup`); a call is an `EXECUTE` with the parameters as literals, so it works through
 * `sql()`, inside transactions and inside a message of several statements alike. Define them at module
 * level, before the database is opened.
 */
export class PreparedStatement {
  /** `text` uses `?` placeholders (none inside literals), typed by `parameterTypes` in order. */
  constructor(
    readonly name: string,
    readonly parameterTypes: readonly string[],
    readonly text: string,
  ) {
    if (!/^[a-z_]+$/.test(name) || preparedStatements.has(name))
      throw new Error(`prepared statement name not usable or taken: ${name}`);
    preparedStatements.set(name, this);
  }

  /** Runs it alone on the request's EntityManager (inside its transaction when it has one). */
  run<T = Record<string, unknown>>(em: EntityManager, params: unknown[]): Promise<T[]> {
    const statement = this.call(params);
    return sql<T>(em, statement.sql, statement.params);
  }

  /** The call as a statement, to run alone or to join a message of several. */
  call(params: unknown[]): Statement {
    if (params.length !== this.parameterTypes.length)
      throw new Error(`${this.name} takes ${this.parameterTypes.length} parameters, got ${params.length}`);
    return { sql: `execute ${this.name}(${params.map(() => '?').join(', ')})`, params };
  }

  get prepare(): string {
    let index = 0;
    const numbered = this.text.replace(/\?/g, () => `$${++index}`);
    return `prepare ${this.name}(${this.parameterTypes.join(', ')}) as ${numbered}`;
  }
}

/**
 * What every new pooled connection runs first: the prepared statements, and generic plans for them. A
 * batched read's arrays differ in length from call to call, and with custom plans PostgreSQL would plan anew
 * each time; the generic plans of these statements are the same index lookups. MikroORM's own statements are
 * not prepared, so the setting does not touch them.
 */
export function connectionSetup(): string {
  return [
    'set plan_cache_mode = force_generic_plan',
    ...[...preparedStatements.values()].map((s) => s.prepare),
  ].join(';\n');
}

export async function sqlOne<T = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  const rows = await sql<T>(em, text, params);
  return rows[0];
}

/** PostgreSQL error codes the services translate into domain outcomes. */
export const PgError = {
  UNIQUE_VIOLATION: '23505',
  CHECK_VIOLATION: '23514',
  FOREIGN_KEY_VIOLATION: '23503',
} as const;

export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * MikroORM expands an array parameter into a list, so arrays travel as one PostgreSQL array literal:
 * `sql(em, 'select … where id = any(?::uuid[])', [pgArray(ids)])`.
 */
export function pgArray(values: readonly (string | number | Date | null)[]): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL';
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

/** Raw queries return timestamptz as PostgreSQL text ("2026-06-21 01:00:00+00"); this reads it exactly. */
export function pgTimestamp(value: string | Date): Date {
  if (value instanceof Date) return value;
  const iso = value
    .replace(' ', 'T')
    .replace(/([+-]\d\d)$/, '$1:00')
    .replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unreadable timestamp ${value}`);
  return date;
}
