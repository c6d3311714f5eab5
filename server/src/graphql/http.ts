import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { FastifyBodyParser, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import type { AppConfig } from '../config/config.js';
import { requestScope, type RequestScope } from '../shared/request-scope.js';
import type { RequestAdmission } from './admission.js';
import { AnswerCache } from './answer-cache.js';
import type { GraphQLContext } from './context.js';
import { logGraphQLRequest } from './plugins.js';
import { rateLimitedBody, type RequestRateLimiter } from './rate-limit.js';

// upsertTickets takes 10,000 roster rows in one request (about 1.5 MB of JSON).
const MAX_BODY_BYTES = 4 * 1024 * 1024;

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
  contextFor: (
    token: string | undefined,
    clientAddress: string,
    principal?: GraphQLContext['principal'],
  ) => Promise<GraphQLContext>;
  /** The session lookup that `contextFor` makes, made first when the answer may be a kept one. */
  principalFor: (token: string | undefined) => Promise<GraphQLContext['principal']>;
  answers: AnswerCache;
  /** `exposeSqlStatementCount`: answers carry the request's statement count, so a kept one must match it. */
  exposesSqlStatements: boolean;
  logger: Logger;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The client's address on /graphql (`request.ip`, read once). */
    clientAddress: string;
    /** The Authorization header's bearer token on /graphql, read once. */
    bearerToken: string | undefined;
    /** Its place in the admission queue on /graphql, once admitted. */
    admitted: Admitted | null;
    /** The JSON body as it came, the key of a kept answer (answer-cache.ts). */
    bodyText: string | undefined;
  }
}

interface Admitted {
  release: () => void;
  handled: boolean;
}

/**
 * `/graphql` over HTTP: the rate limit and the admission queue before the body is read, then the session
 * lookup and a kept answer (answer-cache.ts) or Apollo, inside a request scope that counts SQL statements.
 */
export async function graphqlRoute(fastify: FastifyInstance, options: GraphQLRouteOptions): Promise<void> {
  const { apollo, rateLimiter, admission, contextFor, principalFor, answers, logger } = options;
  fastify.removeAllContentTypeParsers();
  const parser: FastifyBodyParser<string> = (request, text, done) => {
    try {
      const body = parseBody(request, text);
      if (typeof body === 'object') request.bodyText = text;
      done(null, body);
    } catch (error) {
      done(error as Error, undefined);
    }
  };
  // The same parser twice: fastify caches the parser of a content type it has a name for, but looks the
  // catch-all up again (parsing the header) on every request.
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, parser);
  fastify.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, parser);
  // The client's address and token, worked out once per request (fastify's `request.ip` walks
  // X-Forwarded-For anew at every read).
  fastify.decorateRequest('clientAddress', '');
  fastify.decorateRequest('bearerToken', undefined);
  fastify.decorateRequest('admitted', null);
  fastify.decorateRequest('bodyText', undefined);

  /**
   * Apollo's answer, as @as-integrations/fastify's handler gives it, written out here so a kept answer's bytes
   * skip Apollo: kept refusals and month views cost 0.12–0.18 ms of server CPU against 0.21–0.58 ms through
   * Apollo (bench/README.md, issue 17 part 2).
   */
  async function answer(request: FastifyRequest, reply: FastifyReply, scope: RequestScope): Promise<string> {
    const started = performance.now();
    const key = await answerKeyOf(request);
    const cached = key?.key ? answers.get(key.key, scope.sqlStatements) : undefined;
    if (cached) {
      logGraphQLRequest(logger, {
        operation: (request.body as { operationName?: unknown }).operationName,
        started,
        kept: true,
        sqlStatements: scope.sqlStatements,
      });
      return send(reply, cached.status, cached.headers, cached.body);
    }
    let context: GraphQLContext | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        body: request.body,
        method: request.method.toUpperCase(),
        headers: headerMapOf(request),
        search: new URL(request.url, `${request.protocol}://${request.hostname}/`).search,
      },
      context: async () =>
        (context = await contextFor(request.bearerToken, request.clientAddress, key?.principal)),
    });
    const { body } = response;
    const headers = [...response.headers];
    const status = response.status ?? 200;
    if (body.kind !== 'complete') {
      void reply.code(status).headers(Object.fromEntries(headers));
      return reply.send(Readable.from(body.asyncIterator)) as unknown as string;
    }
    if (key?.key && scope.answerHolds)
      answers.keep(key.key, context, {
        status,
        headers,
        body: body.string,
        holds: scope.answerHolds,
        sqlStatements: options.exposesSqlStatements ? scope.sqlStatements : undefined,
      });
    return send(reply, status, headers, body.string);
  }

  /**
   * A POST of a JSON query (no extensions: persisted-query hashes go through Apollo) by a caller whose
   * answers can be shared: its key, and the principal its session lookup found (passed on to the context).
   */
  async function answerKeyOf(request: FastifyRequest) {
    const body = request.body as { query?: unknown; extensions?: unknown } | undefined;
    if (request.method !== 'POST' || request.url !== '/graphql' || !request.bodyText) return undefined;
    if (typeof body?.query !== 'string' || body.extensions !== undefined) return undefined;
    let principal: GraphQLContext['principal'];
    try {
      principal = await principalFor(request.bearerToken);
    } catch {
      // Apollo's context creation looks again and answers the failure as it always has.
      return undefined;
    }
    const scope = AnswerCache.scopeOf(principal);
    const { accept, 'content-type': contentType } = request.headers;
    return {
      principal,
      key: scope && AnswerCache.keyOf(scope, accept, contentType, request.bodyText),
    };
  }

  fastify.all<{ Reply: string }>('/graphql', {
    onRequest: (request, reply, done) => {
      void reply.headers(GRAPHQL_RESPONSE_HEADERS);
      request.clientAddress = request.ip ?? 'unknown';
      request.bearerToken = bearerToken(request.headers.authorization);
      // The Apollo integration builds a URL from these: a malformed Host would be a 500 (before fastify, ignored).
      if (!URL.canParse(`${request.protocol}://${request.hostname}/`)) {
        request.raw.headers.host = 'localhost';
        delete request.raw.headers['x-forwarded-host'];
        delete request.raw.headers['x-forwarded-proto'];
      }
      // Before any GraphQL or SQL work, so a flood from one client or session costs almost nothing.
      const retryAfter = rateLimiter.check(request.clientAddress, request.bearerToken);
      if (retryAfter > 0) void refuse(request, reply, 429, retryAfter);
      else done();
    },
    // After the rate limit and before the body is read: queued requests hold no parsed body.
    preParsing: async (request, reply) => {
      // Listen before waiting: a client that hangs up while queued (a closed tab, a client timeout) would
      // otherwise be admitted after its 'close' had fired, never reach the handler, and keep its place for
      // good; enough of them and /graphql answers nobody (found by bench:opening; bench/plumbing/hangup.ts).
      let gone = false;
      const hungUp = () => {
        gone = true;
      };
      reply.raw.once('close', hungUp);
      const release = await admission.enter();
      reply.raw.off('close', hungUp);
      if (!release) {
        void refuse(request, reply, 503, 1);
        return;
      }
      if (gone || request.raw.destroyed) {
        release();
        reply.hijack();
        request.raw.destroy();
        return;
      }
      const entry: Admitted = { release, handled: false };
      request.admitted = entry;
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
      const entry = request.admitted;
      if (entry) entry.handled = true;
      try {
        const scope: RequestScope = { sqlStatements: 0 };
        return await requestScope.run(scope, () => answer(request, reply, scope));
      } finally {
        entry?.release();
      }
    },
  });
}

function send(reply: FastifyReply, status: number, headers: [string, string][], body: string): string {
  void reply.code(status);
  for (const [name, value] of headers) void reply.header(name, value);
  return body;
}

/** The request's headers as Apollo reads them (as @as-integrations/fastify passes them). */
function headerMapOf(request: FastifyRequest): HeaderMap {
  const map = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers))
    if (value) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  return map;
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: 429 | 503, retryAfter: number) {
  request.raw.resume();
  return reply
    .code(status)
    .headers({ 'content-type': 'application/json', 'retry-after': String(retryAfter) })
    .send(rateLimitedBody(retryAfter));
}
