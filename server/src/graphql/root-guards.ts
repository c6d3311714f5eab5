import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { checkApiKeyScope } from './api-key-scopes.js';
import { auditedMutation, isAuditedMutation } from './audit-mutations.js';
import type { GraphQLContext } from './context.js';

/**
 * The API key scope check and the mutation audit, around the resolver of every root field (Query, Mutation,
 * Subscription) of the built schema, so no operation can be added without them. They were type-graphql
 * global middlewares, which also wrap every plain field of every object type in a chain of promises;
 * below the root they let everything pass, so they sit only where they act (bench/README.md "Issue 12 A/B",
 * follow-up: the server's CPU per booking attempt).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type || !isObjectType(type)) continue;
    const mutation = type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, GraphQLContext> | undefined;
      if (!resolve) continue;
      field.resolve = (source, args: Record<string, unknown>, context: GraphQLContext, info) => {
        if (context.principal.kind === 'apiKey') checkApiKeyScope(context.principal, info);
        if (mutation && isAuditedMutation(context, info.fieldName))
          return auditedMutation(context, info.fieldName, args, () => resolve(source, args, context, info));
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
