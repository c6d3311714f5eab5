import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { createCache } from './cache';
import { preloadedLink, takeWindowPreload } from './preloaded';

export interface ApolloSetup {
  client: ApolloClient;
  /** Closes the WebSocket; call when the session (and so this client) is replaced. */
  dispose: () => void;
}

export interface ApolloOptions {
  /** Bearer token of the current session, if any. */
  token: string | null;
  /** Called when the server says the token no longer works (expired or logged out elsewhere). */
  onUnauthenticated: () => void;
  httpUri?: string;
  wsUri?: string;
}

function defaultWsUri(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

/**
 * One client per session: queries and mutations over HTTP, subscriptions over graphql-ws, the token in the
 * Authorization header and in connectionParams. A new session gets a new client, so nobody's cached data
 * outlives their logout.
 */
export function createApolloClient(options: ApolloOptions): ApolloSetup {
  const { token } = options;
  const authorization = token ? `Bearer ${token}` : undefined;
  const http = new HttpLink({
    uri: options.httpUri ?? '/graphql',
    headers: authorization ? { authorization } : {},
  });
  const wsClient: Client = createClient({
    url: options.wsUri ?? defaultWsUri(),
    connectionParams: authorization ? { authorization } : {},
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const ws = new GraphQLWsLink(wsClient);
  const errors = new ErrorLink(({ error }) => {
    if (
      token &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      options.onUnauthenticated();
    }
  });
  const transport = ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http);
  const client = new ApolloClient({
    link: ApolloLink.from([errors, preloadedLink(takeWindowPreload), transport]),
    cache: createCache(),
    dataMasking: true,
  });
  return {
    client,
    dispose: () => {
      client.stop();
      void wsClient.dispose();
    },
  };
}
