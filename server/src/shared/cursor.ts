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
