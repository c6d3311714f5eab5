import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** Anonymous mutations that try a secret or write for a stranger: each is counted per client address. */
export const ONCE_PER_OPERATION = new Set(['adminLogin', 'recipientLogin', 'selfRegisterTicket']);

/**
 * A validation rule: a document names each of these fields at most once, so one request cannot carry
 * hundreds of guesses or registrations under aliases. (They exist only on Mutation, where fields of one
 * response key merge: one field node is at most one execution.)
 */
export function singleLoginPerOperation(context: ValidationContext): ASTVisitor {
  const seen = new Set<string>();
  return {
    Field(node) {
      const name = node.name.value;
      if (!ONCE_PER_OPERATION.has(name)) return;
      if (seen.has(name))
        context.reportError(new GraphQLError(`${name} may appear only once per request`, { nodes: [node] }));
      seen.add(name);
    },
  };
}
