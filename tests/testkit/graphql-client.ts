import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

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

  withToken(token: string | undefined): Caller {
    return new Caller(this.url, token, this.headers);
  }

  /** The same session, sent to another server process (sessions live in the shared database). */
  withUrl(url: string): Caller {
    return new Caller(url, this.token, this.headers);
  }

  /** A caller that appears to come from another client address (test servers trust loopback as their proxy). */
  fromAddress(address: string): Caller {
    return new Caller(this.url, this.token, { ...this.headers, 'x-forwarded-for': address });
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
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
  async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The `extensions.code` of the first error, for tests of typed errors. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const response = await this.request(query, variables);
    return response.errors?.[0]?.extensions?.code;
  }
}

/** A graphql-ws subscription that records every message it receives. */
export class RecordingSubscription<T> {
  readonly messages: T[] = [];
  private readonly client: Client;
  private readonly dispose: () => void;

  constructor(wsUrl: string, query: string, variables: Record<string, unknown>, token?: string) {
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    this.dispose = this.client.subscribe<T>(
      { query, variables },
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
  async waitFor(predicate: (messages: T[]) => boolean, timeoutMs = 5000): Promise<void> {
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
