import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ExecutionArgs, GraphQLError } from 'graphql';
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
import { bearerToken, clientAddressOf, GRAPHQL_RESPONSE_HEADERS, handleGraphQL } from './graphql/http.js';
import { createLoaders } from './graphql/loaders.js';
import { requestLogPlugin } from './graphql/plugins.js';
import { RequestRateLimiter, rateLimitedBody, subscriptionRefusal } from './graphql/rate-limit.js';
import { ANONYMOUS, type Principal } from './modules/auth/principal.js';
import { createSchema } from './graphql/schema.js';
import { singleLoginPerOperation } from './graphql/single-login.js';
import { handleUpload, UploadRateLimiter, type UploadLimits } from './modules/imports/upload.http.js';
import { uploadCleanupJob } from './modules/imports/upload-cleanup.job.js';
import { createServices, type Services } from './services.js';
import { systemClock, type Clock } from './shared/clock.js';
import { MailWorker } from './modules/notifications/mail.worker.js';
import { devMailboxTransport, smtpTransport } from './modules/notifications/mail.transport.js';
import { ReminderSchedule } from './modules/notifications/reminder.schedule.js';
import { serveClientApp } from './web/client-app.js';
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
  const httpServer: Server = createServer();
  const wsServer = new WebSocketServer({
    server: httpServer,
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
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of GraphQL responses here; without it no hook runs for every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(logger, config.exposeSqlStatementCount),
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

  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      for (const [name, value] of Object.entries(GRAPHQL_RESPONSE_HEADERS)) response.setHeader(name, value);
      const token = bearerToken(request.headers.authorization);
      const clientAddress = clientAddressOf(request, config);
      // Before any GraphQL or SQL work, so a flood from one client or session costs almost nothing.
      const retryAfter = rateLimiter.check(clientAddress, token);
      if (retryAfter > 0) {
        request.resume();
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) });
        response.end(rateLimitedBody(retryAfter));
        return;
      }
      const context = () => contextFor(token, clientAddress);
      void admission.enter().then(async (release) => {
        if (!release) {
          request.resume();
          response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
          response.end(rateLimitedBody(1));
          return;
        }
        try {
          await handleGraphQL(apollo, request, response, context);
        } catch (error) {
          logger.error({ err: error }, 'request failed');
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            }),
          );
        } finally {
          release();
        }
      });
      return;
    }
    if (path === '/uploads') {
      handleUpload(request, response, {
        orm,
        services,
        limits: uploadLimits,
        limiter: uploadLimiter,
        clientAddress: clientAddressOf(request, config),
        logger,
      }).catch((error: unknown) => {
        logger.error({ err: error }, 'upload failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Upload failed' } }));
      });
      return;
    }
    if (path === '/healthz') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('ok');
      return;
    }
    // Liveness is /healthz; readiness waits for migrations (done before listening) and start-up data.
    if (path === '/readyz') {
      response.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      response.end(ready ? 'ready' : 'not ready');
      return;
    }
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    };
    // The booking web app: `/`, `/s/<site code>/…` and its assets; everything else is 404.
    serveClientApp(config.clientDistDir, request, response, path ?? '/')
      .then((served) => {
        if (!served) notFound();
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'static file failed');
        if (!response.headersSent) notFound();
        else response.destroy();
      });
  });

  mailWorker?.start();
  await reminders?.start();
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
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
    markReady: () => {
      if (!closing) ready = true;
    },
    close: () =>
      (closing ??= (async () => {
        ready = false;
        fanout?.close();
        socketGate.close();
        services.availability.close();
        // Background work stops first (its flags are set at once), while Apollo drains requests.
        const background = Promise.all([reminders?.stop(), mailWorker?.stop(), bus.close()]);
        await apollo.stop();
        await background;
        wsServer.close();
        await orm.close();
      })()),
  };
}
