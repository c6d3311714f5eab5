import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that low layers (the SQL hook) add to without being passed the request. */
export interface RequestScope {
  sqlStatements: number;
  /**
   * Set when a use case answered from this instance's memory (a slot known full, a kept month view): the
   * same request gets the same answer for as long as this returns true (graphql/answer-cache.ts).
   */
  answerHolds?: () => boolean;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function countSqlStatement(): void {
  const scope = requestScope.getStore();
  if (scope) scope.sqlStatements += 1;
}

/** This request's answer came from memory that stays right while `holds()` is true. */
export function answeredFromMemory(holds: () => boolean): void {
  const scope = requestScope.getStore();
  if (!scope) return;
  const earlier = scope.answerHolds;
  scope.answerHolds = earlier ? () => earlier() && holds() : holds;
}
