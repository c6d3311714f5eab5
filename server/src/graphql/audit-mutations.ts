import { inMutationScope } from '../modules/audit/audit.service.js';
import type { GraphQLContext } from './context.js';

/** Mutations that are not admin writes of a site (logins and logout). */
const NOT_AUDITED = new Set(['adminLogin', 'recipientLogin', 'logout', 'selfRegisterTicket']);

/** Whether a mutation by this principal is audited: an admin's or API key's, other than a login or logout. */
export function isAuditedMutation(context: GraphQLContext, fieldName: string): boolean {
  return (
    (context.principal.kind === 'admin' || context.principal.kind === 'apiKey') && !NOT_AUDITED.has(fieldName)
  );
}

/**
 * Runs an audited mutation (root-guards.ts) and records it when it succeeded without recording its own
 * entry (see AuditService).
 */
export async function auditedMutation(
  context: GraphQLContext,
  fieldName: string,
  args: Record<string, unknown>,
  mutation: () => unknown,
): Promise<unknown> {
  const { result, recorded } = await inMutationScope<unknown>(async () => await mutation());
  const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
  if (!recorded && !failed) {
    await context.services.audit.recordMutation(context.em, context.principal, fieldName, args, result);
  }
  return result;
}
