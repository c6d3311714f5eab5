import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import type { AppConfig } from '../config/config.js';
import { requestScope } from '../shared/request-scope.js';
import type { RequestAdmission } from './admission.js';
import type { GraphQLContext } from './context.js';
import { rateLimitedBody, type RequestRateLimiter } from './rate-limit.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** On every /graphql answer, errors, 429 and 503 included: answers hold personal data, never cached or sniffed. */
export const GRAPHQL_RESPONSE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

const compiledTrust = new WeakMap<AppConfig, (address: string, hop: number) => boolean>();

/** Which hops of X-Forwarded-For are our own proxies (`trustedProxies`, proxy-addr), for fastify and WebSockets. */
export function proxyTrustOf(config: AppConfig): (address: string, hop: number) => boolean {
  let trust = compiledTrust.get(config);
  if (!trust) {
    trust = proxyAddr.compile(config.trustedProxies);
    compiledTrust.set(config, trust);
  }
  return trust;
}

/**
 * The client's address of a WebSocket upgrade (fastify's `request.ip` for HTTP): walking X-Forwarded-For
 * from the right, the first hop that is not one of `trustedProxies`. Entries left of it are never believed.
 */
export function clientAddressOf(request: IncomingMessage, config: AppConfig): string {
  if (!request.socket.remoteAddress) return 'unknown';
  if (config.trustedProxies.length === 0) return request.socket.remoteAddress;
  return proxyAddr(request, proxyTrustOf(config));
}

export function bearerToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

function badRequest(message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/** A JSON body is parsed as Apollo's own Node adapter would (any `…json` type); anything else reaches Apollo as text. */
function parseBody(request: FastifyRequest, text: string): unknown {
  if (!text || !(request.headers['content-type'] ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw Object.assign(new Error('Malformed JSON body'), { statusCode: 400 });
  }
}

export interface GraphQLRouteOptions {
  apollo: ApolloServer<GraphQLContext>;
  rateLimiter: RequestRateLimiter;
  admission: RequestAdmission;
  contextFor: (token: string | undefined, clientAddress: string) => Promise<GraphQLContext>;
  logger: Logger;
}

const admitted = new WeakMap<FastifyRequest, { release: () => void; handled: boolean }>();

/**
 * `/graphql` over HTTP: the rate limit and the admission queue before the body is read, then Apollo
 * (@as-integrations/fastify) inside a request scope that counts SQL statements.
 */
export async function graphqlRoute(fastify: FastifyInstance, options: GraphQLRouteOptions): Promise<void> {
  const { apollo, rateLimiter, admission, contextFor, logger } = options;
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    '*',
    { parseAs: 'string', bodyLimit: MAX_BODY_BYTES },
    (request, text, done) => {
      try {
        done(null, parseBody(request, text as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  const apolloHandler = fastifyApolloHandler<GraphQLContext>(apollo, {
    context: (request) => contextFor(bearerToken(request.headers.authorization), request.ip ?? 'unknown'),
  });

  fastify.all<{ Reply: string }>('/graphql', {
    onRequest: async (request, reply) => {
      void reply.headers(GRAPHQL_RESPONSE_HEADERS);
      // The Apollo integration builds a URL from these: a malformed Host would be a 500 (before fastify, ignored).
      if (!URL.canParse(`${request.protocol}://${request.hostname}/`)) {
        request.raw.headers.host = 'localhost';
        delete request.raw.headers['x-forwarded-host'];
        delete request.raw.headers['x-forwarded-proto'];
      }
      // Before any GraphQL or SQL work, so a flood from one client or session costs almost nothing.
      const retryAfter = rateLimiter.check(
        request.ip ?? 'unknown',
        bearerToken(request.headers.authorization),
      );
      if (retryAfter > 0) return refuse(request, reply, 429, retryAfter);
    },
    // After the rate limit and before the body is read: queued requests hold no parsed body.
    preParsing: async (request, reply) => {
      const release = await admission.enter();
      if (!release) {
        void refuse(request, reply, 503, 1);
        return;
      }
      const entry = { release, handled: false };
      admitted.set(request, entry);
      // A request that never reaches the handler (bad body, hang-up) gives its place back when it ends.
      reply.raw.once('close', () => {
        if (!entry.handled) release();
      });
    },
    errorHandler: (error: FastifyError, _request, reply) => {
      const status = error.statusCode ?? 500;
      void reply.headers(GRAPHQL_RESPONSE_HEADERS).type('application/json');
      if (status === 413) void reply.code(413).send(badRequest('Request body too large'));
      else if (status >= 400 && status < 500) void reply.code(400).send(badRequest('Malformed JSON body'));
      else {
        logger.error({ err: error }, 'request failed');
        void reply.code(500).send(
          JSON.stringify({
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          }),
        );
      }
    },
    handler: async function (request, reply) {
      const entry = admitted.get(request);
      if (entry) entry.handled = true;
      try {
        return await requestScope.run({ sqlStatements: 0 }, () => apolloHandler.call(this, request, reply));
      } finally {
        entry?.release();
      }
    },
  });
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: 429 | 503, retryAfter: number) {
  request.raw.resume();
  return reply
    .code(status)
    .headers({ 'content-type': 'application/json', 'retry-after': String(retryAfter) })
    .send(rateLimitedBody(retryAfter));
}
