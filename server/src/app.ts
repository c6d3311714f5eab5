import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify from 'fastify';
import type { ExecutionArgs, GraphQLError } from 'graphql';
import { OperationTypeNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pino, type Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { AppConfig } from './config/config.js';
import { openDatabase } from './config/database.js';
import type { GraphQLContext } from './graphql/context.js';
import { RequestAdmission } from './graphql/admission.js';
import { formatError } from './graphql/errors.js';
import { CostAnalysis, costLimitPlugin, operationLimitsOf, shapeRules } from './graphql/limits.js';
import { SocketGate, type SocketIdentity } from './graphql/socket-gate.js';
import { GroupedSubscriptions } from './graphql/grouped-subscriptions.js';
import { AnswerCache } from './graphql/answer-cache.js';
import { bearerToken, clientAddressOf, graphqlRoute, proxyTrustOf } from './graphql/http.js';
import { createLoaders } from './graphql/loaders.js';
import { requestLogPlugin } from './graphql/plugins.js';
import { RequestRateLimiter, subscriptionRefusal } from './graphql/rate-limit.js';
import { ANONYMOUS, type Principal } from './modules/auth/principal.js';
import { createSchema } from './graphql/schema.js';
import { singleLoginPerOperation } from './graphql/single-login.js';
import { UploadRateLimiter, uploadRoute, type UploadLimits } from './modules/imports/upload.http.js';
import { uploadCleanupJob } from './modules/imports/upload-cleanup.job.js';
import { stopParsingWorkers } from './modules/imports/parse-file.js';
import { faqCleanupJob } from './modules/faq/faq-cleanup.job.js';
import { webhookRetentionJob } from './modules/webhooks/webhook-retention.job.js';
import { createServices, type Services } from './services.js';
import { systemClock, type Clock } from './shared/clock.js';
import { MailWorker } from './modules/notifications/mail.worker.js';
import { devMailboxTransport, smtpTransport } from './modules/notifications/mail.transport.js';
import { ReminderSchedule } from './modules/notifications/reminder.schedule.js';
import { clientApp } from './web/client-app.js';
import { groupedSlotAvailability } from './modules/slots/slot.fanout.js';
import { LocalBus, PostgresBus, type Bus } from './shared/bus.js';

export interface App {
  url: string;
  port: number;
  orm: MikroORM;
  services: Services;
  logger: Logger;
  /** Present when this process runs the durable job queue (config.jobs). */
  reminders: ReminderSchedule | undefined;
  /** The grouped live-count fan-out, when `subscriptionFanout` is `grouped`. */
  fanout: GroupedSubscriptions | undefined;
  /** Answers that came from memory, kept while it holds. */
  answers: AnswerCache;
  /** `/readyz` answers 200 from now on (only needed with `holdReadiness`). */
  markReady(): void;
  close(): Promise<void>;
}

export interface AppDependencies {
  clock?: Clock;
  /** `/readyz` answers 503 until markReady(): main.ts loads start-up data after listening. */
  holdReadiness?: boolean;
}

/**
 * Builds the whole server on one port: GraphQL over HTTP and over WebSocket at /graphql.
 * Tests start it on port 0; main.ts on the configured port.
 */
export async function createApp(
  config: AppConfig & { databaseUrl: string },
  dependencies: AppDependencies = {},
): Promise<App> {
  const logger = pino({ level: config.logLevel });
  const orm = await openDatabase(config.databaseUrl, config.databasePoolMax);
  const bus: Bus =
    config.bus === 'postgres' ? await PostgresBus.connect(config.databaseUrl, logger) : new LocalBus();
  const services = createServices(orm, config, logger, dependencies.clock ?? systemClock, bus);
  const mailWorker = config.mailWorker
    ? new MailWorker(
        orm,
        config.smtpUrl ? smtpTransport(config.smtpUrl) : devMailboxTransport,
        {
          from: config.mailFrom,
          render: (em, mail) => services.notifications.renderQueued(em, mail),
          pollMs: config.mailPollMs,
          retryBaseMs: config.mailRetryBaseMs,
          maxAttempts: config.mailMaxAttempts,
        },
        logger,
      )
    : undefined;
  const reminders = config.jobs
    ? new ReminderSchedule(config.databaseUrl, orm, services.notifications, logger, [
        uploadCleanupJob(orm, services.imports, logger),
        faqCleanupJob(orm, services.faq, logger),
        webhookRetentionJob(orm, services.webhooks, logger),
      ])
    : undefined;
  const schema = await createSchema();
  const limits = operationLimitsOf(config);
  const costs = new CostAnalysis(schema);
  const formatErrorForClient = formatError(logger);
  const formatForClient = (error: GraphQLError) => formatErrorForClient(error.toJSON(), error);
  const socketGate = new SocketGate({
    schema,
    limits,
    costs,
    sessionFor: (token) => services.auth.sessionForToken(orm.em.fork(), token),
    principalFor: (token) => services.auth.principalForToken(orm.em.fork(), token),
  });
  // A logout or revocation, here or on another instance (through the bus), closes the session's sockets.
  services.auth.principals.onForget((sessionIds) => socketGate.sessions.closeSessions(sessionIds));
  const rateLimiter = new RequestRateLimiter(config);
  const admission = new RequestAdmission(config.maxConcurrentRequests, config.maxQueuedRequests);
  const uploadLimits: UploadLimits = {
    maxBytes: config.uploadMaxBytes,
    maxRows: config.uploadMaxRows,
    uploadsPerMinute: config.uploadsPerMinute,
    burst: config.uploadBurst,
  };
  const uploadLimiter = new UploadRateLimiter(uploadLimits);

  const contextFor = async (
    token: string | undefined,
    clientAddress: string,
    principal?: Principal,
  ): Promise<GraphQLContext> => {
    const em = orm.em.fork();
    return {
      em,
      principal: principal ?? (await services.auth.principalForToken(em, token)),
      clientAddress,
      loaders: createLoaders(em),
      services,
    };
  };

  // Live counts execute once per group of identical subscriptions (`stock`: once per subscriber).
  const fanout =
    config.subscriptionFanout === 'grouped'
      ? new GroupedSubscriptions(
          schema,
          [groupedSlotAvailability(services.availability)],
          (principal) => contextFor(undefined, 'subscription', principal),
          logger,
          undefined,
          formatForClient,
        )
      : undefined;

  let ready = !dependencies.holdReadiness;
  const fastify = Fastify({
    // One log line per request comes from requestLogPlugin (GraphQL) and the upload route.
    logger: false,
    // request.ip: the first hop of X-Forwarded-For from the right that is not one of our proxies.
    trustProxy: config.trustedProxies.length > 0 ? proxyTrustOf(config) : false,
    // Node's own defaults, which the server had before fastify (fastify's are 72 s and none).
    keepAliveTimeout: 5000,
    requestTimeout: 300_000,
  });
  const wsServer = new WebSocketServer({
    server: fastify.server,
    path: '/graphql',
    // Like the HTTP body limit: a bigger message closes the socket (1009) before it is parsed.
    maxPayload: config.wsMaxPayloadBytes,
    // Opening a socket takes a token from the address's bucket, like an HTTP request.
    verifyClient: (info, done) => {
      const retryAfter = rateLimiter.check(clientAddressOf(info.req, config), undefined);
      if (retryAfter > 0) done(false, 429, 'Too Many Requests', { 'retry-after': String(retryAfter) });
      else done(true);
    },
  });
  const wsCleanup = useServer<Record<string, unknown>, Omit<SocketIdentity, 'socket'>>(
    {
      schema,
      // The token travels in connectionParams: { authorization: 'Bearer …' }.
      onConnect: async (ctx) => {
        await socketGate.connect(ctx.extra, bearerToken(ctx.connectionParams?.authorization));
        return true;
      },
      context: (ctx) =>
        contextFor(undefined, clientAddressOf(ctx.extra.request, config), ctx.extra.principal ?? ANONYMOUS),
      onSubscribe: async (ctx, id, payload) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const refused = subscriptionRefusal(
          rateLimiter,
          clientAddressOf(ctx.extra.request, config),
          token,
          // graphql-ws has already entered this one.
          Object.keys(ctx.subscriptions).length - 1,
          config.maxSubscriptionsPerConnection,
        );
        if (refused) return [refused];
        // Subscriptions only, within the same limits as HTTP, while the socket's session lives.
        const document = await socketGate.check(ctx.extra, token, payload);
        if (!('kind' in document)) return document;
        if (fanout) return fanout.onSubscribe(ctx, id, payload, document);
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
        return args;
      },
      ...(fanout && { subscribe: (args) => fanout.subscribe(args) }),
      // Errors leave in the same shape as over HTTP: public codes only, internals masked and logged.
      onError: (_ctx, _id, _payload, errors) => errors.map(formatForClient),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: result.errors.map(formatForClient) } : undefined,
    },
    wsServer,
  );

  // Answers that came from memory, served again while that memory holds (issue 17).
  const answers = new AnswerCache();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: formatErrorForClient,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (drain, then PostgreSQL). Apollo's own handler would race it, and in 5.x a
    // second stop() during a stop never resolves, so Ctrl-C hung.
    stopOnTerminationSignals: false,
    // The booking app and codegen read schema.graphql; strangers get no map of the schema.
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: limits.maxTokens },
    // Logins and self-registration once per request, so aliases cannot multiply guesses.
    validationRules: [...shapeRules(limits), singleLoginPerOperation],
    plugins: [
      ...(limits.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      costLimitPlugin<GraphQLContext>(costs, limits.maxCost),
      // fastify.close(): no new connections, idle ones closed, requests in flight answered.
      fastifyApolloDrainPlugin(fastify),
      // No HTTP caching of GraphQL responses here; without it no hook runs for every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(logger, config.exposeSqlStatementCount),
      answers.plugin(schema),
      {
        // An admin's change reaches the month-view cache, the kept sites and the kept venue lists by a NOTIFY
        // that may come a moment after the answer: they forget everything before the answer leaves (issue 17).
        async requestDidStart() {
          return {
            async willSendResponse({ operation, contextValue }) {
              // Only admins and API keys change slots, venues and sites; a recipient's or an anonymous
              // caller's mutations (bookings, logins: the crowd at an opening) reach it by their events.
              const kind = contextValue?.principal?.kind;
              if (
                operation?.operation === OperationTypeNode.MUTATION &&
                (kind === 'admin' || kind === 'apiKey')
              ) {
                services.monthViews.clear();
                services.publicSites.clear();
                services.listedVenues.clear();
                services.availabilityView.forgetAll();
              }
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  await fastify.register(graphqlRoute, {
    apollo,
    rateLimiter,
    admission,
    contextFor,
    principalFor: (token) => services.auth.principalForToken(orm.em.fork(), token),
    answers,
    exposesSqlStatements: config.exposeSqlStatementCount,
    logger,
  });
  await fastify.register(uploadRoute, {
    orm,
    services,
    limits: uploadLimits,
    limiter: uploadLimiter,
    logger,
  });
  fastify.all('/healthz', (_request, reply) => reply.type('text/plain').send('ok'));
  // Liveness is /healthz; readiness waits for migrations (done before listening) and start-up data.
  fastify.all('/readyz', (_request, reply) =>
    reply
      .code(ready ? 200 : 503)
      .headers({ 'content-type': 'text/plain', 'cache-control': 'no-store' })
      .send(ready ? 'ready' : 'not ready'),
  );
  // The booking web app: `/`, `/s/<site code>/…` and its assets; everything else is 404.
  await fastify.register(clientApp, { distDir: config.clientDistDir });
  fastify.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain').send('Not found'));
  fastify.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    // As before fastify: a file that fails to be read is not found.
    return reply
      .code(status >= 500 ? 404 : status)
      .type('text/plain')
      .send(status >= 500 ? 'Not found' : 'Bad request');
  });

  mailWorker?.start();
  services.webhookWorker?.start();
  await reminders?.start();
  await fastify.listen({ port: config.port, host: config.host });
  const port = (fastify.server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    orm,
    services,
    logger,
    reminders,
    fanout,
    answers,
    markReady: () => {
      if (!closing) ready = true;
    },
    close: () =>
      (closing ??= (async () => {
        ready = false;
        fanout?.close();
        socketGate.close();
        // Background work stops first (its flags are set at once), while Apollo drains requests; all of it
        // has finished with the database before the pool closes (a query started meanwhile would hold a
        // connection the closing pool waits for forever).
        const background = Promise.all([
          services.availability.close(),
          services.venueDayHub.close(),
          reminders?.stop(),
          mailWorker?.stop(),
          services.webhookWorker?.stop(),
          bus.close(),
        ]);
        await apollo.stop();
        await background;
        wsServer.close();
        stopParsingWorkers();
        await orm.close();
      })()),
  };
}
