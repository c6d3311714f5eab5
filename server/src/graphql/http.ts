import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import proxyAddr from 'proxy-addr';
import type { AppConfig } from '../config/config.js';
import { requestScope } from '../shared/request-scope.js';
import type { GraphQLContext } from './context.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** On every /graphql answer, errors, 429 and 503 included: answers hold personal data, never cached or sniffed. */
export const GRAPHQL_RESPONSE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

const compiledTrust = new WeakMap<AppConfig, (address: string, hop: number) => boolean>();

/**
 * The client's address: walking X-Forwarded-For from the right, the first hop that is not one of
 * `trustedProxies` (proxy-addr). Entries left of it are written by the client and never believed.
 */
export function clientAddressOf(request: IncomingMessage, config: AppConfig): string {
  if (!request.socket.remoteAddress) return 'unknown';
  if (config.trustedProxies.length === 0) return request.socket.remoteAddress;
  let trust = compiledTrust.get(config);
  if (!trust) {
    trust = proxyAddr.compile(config.trustedProxies);
    compiledTrust.set(config, trust);
  }
  return proxyAddr(request, trust);
}

export function bearerToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Adapts Node's http request to Apollo Server, inside a request scope that counts SQL statements. */
export async function handleGraphQL(
  apollo: ApolloServer<GraphQLContext>,
  request: IncomingMessage,
  response: ServerResponse,
  context: () => Promise<GraphQLContext>,
): Promise<void> {
  await requestScope.run({ sqlStatements: 0 }, async () => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    try {
      const text = request.method === 'POST' ? await readBody(request) : '';
      body = text && (headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
    } catch (error) {
      const status = (error as { status?: number }).status ?? 400;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          errors: [
            {
              message: status === 413 ? 'Request body too large' : 'Malformed JSON body',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        }),
      );
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context,
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  });
}
