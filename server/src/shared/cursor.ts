import { badInput } from './errors.js';

/** Opaque cursors: a kind tag and the key parts, base64url, so a cursor of one list is refused by another. */
export function encodeCursor(kind: string, parts: readonly string[]): string {
  return Buffer.from(JSON.stringify([kind, ...parts])).toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, size: number): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed[0] === kind &&
      parsed.length === size + 1 &&
      parsed.every((p) => typeof p === 'string')
    ) {
      return parsed.slice(1);
    }
  } catch {
    // falls through to the error below
  }
  throw badInput('Unknown cursor', 'after');
}

export function checkPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw badInput(`first is between 1 and ${max}`, 'first');
}

/**
 * A connection page from rows read with `first + 1` (the extra row only says there is a next page), each
 * edge with its cursor (`encodeCursor(kind, keyOf(node))`).
 */
export function connectionOf<T>(
  rows: readonly T[],
  first: number,
  kind: string,
  keyOf: (node: T) => readonly string[],
): { edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(kind, keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
