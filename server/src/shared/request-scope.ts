import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that low layers (the SQL hook) add to without being passed the request. */
export interface RequestScope {
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function countSqlStatement(): void {
  const scope = requestScope.getStore();
  if (scope) scope.sqlStatements += 1;
}
