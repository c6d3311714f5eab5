import type { MiddlewareFn } from 'type-graphql';
import { inMutationScope } from '../modules/audit/audit.service.js';
import type { GraphQLContext } from './context.js';

/** Mutations that are not admin writes of a site (logins and logout). */
const NOT_AUDITED = new Set(['adminLogin', 'recipientLogin', 'logout', 'selfRegisterTicket']);

/** Records every successful admin mutation that did not record its own entry (see AuditService). */
export const auditMiddleware: MiddlewareFn<GraphQLContext> = async ({ context, info, args }, next) => {
  if (
    info.parentType.name !== 'Mutation' ||
    context.principal.kind !== 'admin' ||
    NOT_AUDITED.has(info.fieldName)
  ) {
    return (await next()) as unknown;
  }
  const { result, recorded } = await inMutationScope<unknown>(() => next());
  const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
  if (!recorded && !failed) {
    await context.services.audit.recordMutation(context.em, context.principal, info.fieldName, args, result);
  }
  return result;
};
