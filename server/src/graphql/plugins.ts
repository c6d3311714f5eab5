import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { requestScope } from '../shared/request-scope.js';
import type { GraphQLContext } from './context.js';

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
          logger.info(
            {
              operation: request.operationName ?? null,
              ms: Math.round((performance.now() - started) * 10) / 10,
              outcome: errors?.length ? 'error' : 'ok',
              errorCodes: errors?.map((e) => e.extensions?.code),
              sqlStatements: scope?.sqlStatements,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
