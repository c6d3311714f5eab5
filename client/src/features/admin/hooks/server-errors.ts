import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The fields a refused write names: a domain error's `extensions.field`, class-validator's
 * `extensions.validationErrors[].property` (nested inputs flattened to their leaf property), and the
 * message of each. What names no field comes back under `''`.
 */
export function fieldErrorsOf(error: unknown): { field: string; code: string; message: string }[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: { field: string; code: string; message: string }[] = [];
  for (const e of error.errors) {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = e.extensions?.field;
    const validation = e.extensions?.validationErrors;
    // validationErrors first: they name every failed field, `field` only the first of them.
    if (Array.isArray(validation)) {
      const walk = (items: unknown[]) => {
        for (const item of items as { property?: string; children?: unknown[] }[]) {
          if (item.children?.length) walk(item.children);
          else if (item.property) out.push({ field: item.property, code, message: e.message });
        }
      };
      walk(validation);
    } else if (typeof field === 'string') out.push({ field, code, message: e.message });
    else out.push({ field: '', code, message: e.message });
  }
  return out;
}
