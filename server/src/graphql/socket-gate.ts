import {
  getOperationAST,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import type { WebSocket } from 'ws';
import { AppError, ErrorCode } from './errors.js';
import { unauthenticated } from '../shared/errors.js';
import { CheckedDocuments, type CostAnalysis, type OperationLimits, tooCostly } from './limits.js';
import { SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON, SessionSockets } from './live-sessions.js';
import { ANONYMOUS, identityOf, type Principal } from '../modules/auth/principal.js';

/** What the gate keeps on a graphql-ws connection (its `extra`). */
export interface SocketIdentity {
  socket: WebSocket;
  principal?: Principal;
  /** The session's expiry, for a socket opened with a live session. */
  sessionExpiresAt?: number;
}

export interface SocketGateDependencies {
  schema: GraphQLSchema;
  limits: OperationLimits;
  costs: CostAnalysis;
  /** The token's session, read when the socket connects. */
  sessionFor(token: string): Promise<{ principal: Principal; expiresAt: Date | undefined }>;
  /** The token's principal now (cached for a few seconds at most), read on every subscribe message. */
  principalFor(token: string | undefined): Promise<Principal>;
}

/**
 * What a WebSocket may run: subscriptions only, each checked like an HTTP operation (tokens, aliases,
 * depth, directives, cost) before it runs, and only while the session it connected with lives.
 */
export class SocketGate {
  readonly sessions = new SessionSockets();
  private readonly documents: CheckedDocuments;

  constructor(private readonly deps: SocketGateDependencies) {
    this.documents = new CheckedDocuments(deps.schema, deps.limits);
  }

  /** graphql-ws `onConnect`: who the socket is; a live session's socket is closed when it ends. */
  async connect(identity: SocketIdentity, token: string | undefined): Promise<void> {
    // A dead token connects anonymously, like an HTTP request with one.
    const { principal, expiresAt } = token
      ? await this.deps.sessionFor(token)
      : { principal: ANONYMOUS, expiresAt: undefined };
    identity.principal = principal;
    // An API key without an expiry lives until it is revoked (checked on every subscribe message).
    if (principal.kind === 'apiKey' && !expiresAt) identity.sessionExpiresAt = Number.POSITIVE_INFINITY;
    if (principal.kind === 'anonymous' || !expiresAt) return;
    identity.sessionExpiresAt = expiresAt.getTime();
    const socket = identity.socket;
    // An API key's socket closes when the key expires; a revoked key's next subscribe message is refused.
    this.sessions.add(
      principal.kind === 'apiKey' ? identityOf(principal) : principal.sessionId,
      socket,
      expiresAt,
    );
    socket.once('close', () => this.sessions.remove(socket));
  }

  /** graphql-ws `onSubscribe`: the checked document, or the errors that refuse it. */
  async check(
    identity: SocketIdentity,
    token: string | undefined,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): Promise<DocumentNode | readonly GraphQLError[]> {
    const principal = identity.principal ?? ANONYMOUS;
    if (principal.kind !== 'anonymous') {
      const now = await this.deps.principalFor(token);
      const expired = (identity.sessionExpiresAt ?? 0) <= Date.now();
      if (expired || now.kind === 'anonymous' || identityOf(now) !== identityOf(principal)) {
        const socket = identity.socket;
        this.sessions.remove(socket);
        // After the error message has been queued on the socket.
        setImmediate(() => socket.close(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON));
        return [AppError.of(unauthenticated('The session has ended; log in again'))];
      }
    }
    const document = this.documents.check(payload.query);
    if (!('kind' in document)) return document;
    const operation = getOperationAST(document, payload.operationName);
    if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION)
      return [
        new AppError(
          ErrorCode.BAD_USER_INPUT,
          'Over WebSocket only subscriptions run; send queries and mutations with HTTP POST /graphql.',
        ),
      ];
    const cost = this.deps.costs.costOf(document, payload.operationName, payload.variables ?? undefined);
    if (cost > this.deps.limits.maxCost) return [tooCostly(cost, this.deps.limits.maxCost)];
    return document;
  }

  close(): void {
    this.sessions.close();
  }
}
