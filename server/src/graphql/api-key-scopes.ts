import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { API_KEY_SCOPES } from '../modules/api-keys/api-key.scope.js';
import { REQUIRES_SCOPE } from '../modules/api-keys/api-key.types.js';
import type { Principal } from '../modules/auth/principal.js';
import { forbidden } from '../shared/errors.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The scopes an operation accepts (`@RequiresScope`), or none: then no API key may call it. */
export function scopesOf(info: GraphQLResolveInfo): readonly string[] {
  const scopes = info.parentType.getFields()[info.fieldName]?.extensions?.[REQUIRES_SCOPE];
  return Array.isArray(scopes) ? (scopes as string[]) : [];
}

/**
 * Deny by default: an API key calls an operation only when the operation declares a scope the key holds.
 * Fields below an allowed operation are what it answers, so they pass.
 */
export function checkApiKeyScope(
  principal: Extract<Principal, { kind: 'apiKey' }>,
  info: GraphQLResolveInfo,
): void {
  if (!ROOT_TYPES.has(info.parentType.name)) return;
  const accepted = scopesOf(info);
  if (accepted.length === 0) throw forbidden(`An API key cannot call ${info.fieldName}`);
  if (!accepted.some((scope) => (principal.scopes as readonly string[]).includes(scope)))
    throw forbidden(`${info.fieldName} needs an API key with the scope ${accepted.join(' or ')}`);
}

/**
 * Integrators read schema.graphql, not the resolvers: every operation an API key may call says which scope
 * in its description (`(API keys: ROSTER_WRITE)`), unless its own words already name it.
 */
export function describeApiKeyScopes(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const scopes = field.extensions?.[REQUIRES_SCOPE];
      if (!Array.isArray(scopes) || scopes.length === 0) continue;
      const said = field.description ?? '';
      if (/API keys?\b/.test(said)) continue;
      const which = scopes.length === API_KEY_SCOPES.length ? 'any scope' : (scopes as string[]).join(' or ');
      field.description = `${said} (API keys: ${which})`.trim();
    }
  }
  return schema;
}
