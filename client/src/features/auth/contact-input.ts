/** Mail addresses and phone numbers as typed on a Japanese keyboard, made into what the server accepts. */

/** Full-width ＠, letters and digits become ASCII (NFKC); spaces around go. */
export function normalizeEmail(value: string): string {
  return value.normalize('NFKC').trim();
}

/** One @ with something before it and a dotted domain after it: what the server's check accepts. */
export function emailLooksValid(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** Full-width digits and hyphens (０９０ー１２３４…) become ASCII; the long-vowel mark typed for a hyphen too. */
export function normalizePhone(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[ー―‐−]/g, '-')
    .trim();
}

/** 10–20 of digits, +, -, parentheses and spaces, as the server checks. */
export function phoneLooksValid(value: string): boolean {
  return /^[0-9+\-() ]{10,20}$/.test(value);
}

/**
 * The input field a GraphQL error is about: `extensions.field` of our own errors, or the deepest property
 * of class-validator's `validationErrors` ("Argument Validation Error" names no field by itself).
 */
export function fieldOfError(extensions: Record<string, unknown> | undefined): string | null {
  if (!extensions) return null;
  type Node = { property?: unknown; children?: unknown };
  const deepest = (nodes: unknown): string | null => {
    if (!Array.isArray(nodes)) return null;
    for (const node of nodes as Node[]) {
      const inner = deepest(node.children);
      if (inner) return inner;
      if (typeof node.property === 'string' && node.property !== 'input') return node.property;
    }
    return null;
  };
  return (
    deepest(extensions.validationErrors) ?? (typeof extensions.field === 'string' ? extensions.field : null)
  );
}
