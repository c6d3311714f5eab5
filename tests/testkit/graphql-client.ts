import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A typed document from tests/testkit/generated (`npm run codegen`), built from schema.graphql. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document; callers infer the precise one
export type Operation<Result = any> = TypedDocumentNode<Result, any>;

/** The variables argument: optional only when the operation declares no required variable. */
export type VariablesArgument<D extends Operation> =
  Record<string, never> extends VariablesOf<D> ? [variables?: VariablesOf<D>] : [variables: VariablesOf<D>];

const printed = new WeakMap<Operation, string>();

/** The document's text, printed once (the generated documents carry their fragments). */
export function queryText(document: Operation): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { sqlStatements?: number; [key: string]: unknown };
}

/** Calls the real endpoint over HTTP, as a browser or an HR system would. */
export class Caller {
  constructor(
    readonly url: string,
    readonly token?: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  withToken(token: string | null | undefined): Caller {
    return new Caller(this.url, token ?? undefined, this.headers);
  }

  /** The same session, sent to another server process (sessions live in the shared database). */
  withUrl(url: string): Caller {
    return new Caller(url, this.token, this.headers);
  }

  /** A caller that appears to come from another client address (test servers trust loopback as their proxy). */
  fromAddress(address: string): Caller {
    return new Caller(this.url, this.token, { ...this.headers, 'x-forwarded-for': address });
  }

  async request<D extends Operation>(
    document: D,
    ...[variables]: VariablesArgument<D>
  ): Promise<GraphQLResponse<ResultOf<D>>> {
    return this.rawRequest<ResultOf<D>>(queryText(document), variables);
  }

  /**
   * Untyped, for requests invalid on purpose: a string codegen must not see (alias bombs, misspelt fields,
   * wrongly typed literals), or a typed document sent with variables its types would refuse.
   */
  async rawRequest<T = unknown>(
    document: string | Operation,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const query = typeof document === 'string' ? document : queryText(document);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like request, but fails the test on any GraphQL error. */
  async data<D extends Operation>(document: D, ...variables: VariablesArgument<D>): Promise<ResultOf<D>> {
    const response = await this.request(document, ...variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The `extensions.code` of the first error, for tests of typed errors. */
  async errorCode<D extends Operation>(
    document: D,
    ...variables: VariablesArgument<D>
  ): Promise<string | undefined> {
    const response = await this.request(document, ...variables);
    return response.errors?.[0]?.extensions?.code;
  }
}

/** A graphql-ws subscription that records every message it receives. */
export class RecordingSubscription<D extends Operation> {
  readonly messages: ResultOf<D>[] = [];
  private readonly client: Client;
  private readonly dispose: () => void;

  constructor(wsUrl: string, document: D, variables: VariablesOf<D>, token?: string) {
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    this.dispose = this.client.subscribe<ResultOf<D>>(
      { query: queryText(document), variables },
      {
        next: (message) => {
          if (message.data) this.messages.push(message.data);
        },
        error: (error) => {
          throw error instanceof Error ? error : new Error(JSON.stringify(error));
        },
        complete: () => undefined,
      },
    );
  }

  /** Waits until `predicate` holds for the messages so far (bounded, so a broken push fails the test). */
  async waitFor(predicate: (messages: ResultOf<D>[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline)
        throw new Error(`subscription did not deliver in ${timeoutMs} ms: ${JSON.stringify(this.messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    this.dispose();
    await this.client.dispose();
  }
}
