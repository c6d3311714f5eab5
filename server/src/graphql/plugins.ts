import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { requestScope } from '../shared/request-scope.js';
import type { GraphQLContext } from './context.js';

/** The one structured log line of a request over `/graphql`, executed or answered from a kept answer. */
export function logGraphQLRequest(
  logger: Logger,
  line: {
    operation: unknown;
    started: number;
    errorCodes?: unknown[];
    sqlStatements: number | undefined;
    kept?: true;
  },
): void {
  logger.info(
    {
      operation: line.operation ?? null,
      ms: Math.round((performance.now() - line.started) * 10) / 10,
      outcome: line.errorCodes?.length ? 'error' : 'ok',
      errorCodes: line.errorCodes,
      kept: line.kept,
      sqlStatements: line.sqlStatements,
    },
    'graphql request',
  );
}

/** One structured log line per request: operation, duration, outcome, SQL statements. */
export function requestLogPlugin(
  logger: Logger,
  exposeSqlStatementCount: boolean,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, response }) {
          const scope = requestScope.getStore();
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (exposeSqlStatementCount && scope && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              sqlStatements: scope.sqlStatements,
            };
          }
          logGraphQLRequest(logger, {
            operation: request.operationName,
            started,
            errorCodes: errors?.map((e) => e.extensions?.code),
            sqlStatements: scope?.sqlStatements,
          });
        },
      };
    },
  };
}
