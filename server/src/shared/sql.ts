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
