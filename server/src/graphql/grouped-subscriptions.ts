import {
  execute,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  subscribe,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { GraphQLContext } from './context.js';
import { identityOf, type Principal } from '../modules/auth/principal.js';

/** A subscription field whose events can be executed once for every identical subscription. */
export interface GroupableField<TEvent> {
  /** The root field on `Subscription`. */
  fieldName: string;
  /** What the subscription watches (e.g. the venue id), from its coerced arguments. */
  topicOf(args: Record<string, unknown>): string;
  /** Starts delivering the topic's events to `deliver`; returns the function that stops it. */
  watch(topic: string, consumer: { deliver(event: TEvent): Promise<void>; size(): number }): () => void;
  /**
   * `Type.field` coordinates whose value never depends on who asks. A selection made only of these is
   * shared by every subscriber; anything else groups subscribers by principal.
   */
  principalIndependent: ReadonlySet<string>;
}

interface Member {
  socket: WebSocket;
  /** The graphql-ws operation id, already JSON-encoded. */
  idJson: string;
  /** Writes one whole frame; chosen once, when the member joins. */
  write: (frame: Buffer) => void;
  end: () => void;
}

/** What `ws` keeps of the connection; read only to write whole frames straight to the TCP socket. */
interface WsInternals {
  _socket?: { write(data: Buffer): boolean };
  _extensions?: Record<string, unknown>;
}

/**
 * One unmasked text frame (server to client, RFC 6455) holding `{"id":…` + tail, in a single buffer, so a
 * socket costs one write. Only used on connections without extensions (no permessage-deflate), where `ws`
 * itself writes every frame synchronously and whole, so frames can never interleave.
 */
export function textFrame(head: Buffer, tail: Buffer): Buffer {
  const length = head.length + tail.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81;
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length % 2 ** 32, 6);
  }
  head.copy(frame, headerLength);
  tail.copy(frame, headerLength + head.length);
  return frame;
}

interface Group<TEvent> {
  key: string;
  topic: string;
  document: DocumentNode;
  operationName: string | null | undefined;
  variableValues: Record<string, unknown> | null | undefined;
  principal: Principal;
  members: Set<Member>;
  unwatch: () => void;
  field: GroupableField<TEvent>;
}

interface Pending {
  field: GroupableField<unknown>;
  topic: string;
  principalKey: string;
  principal: Principal;
  socket: WebSocket;
  id: string;
}

/**
 * Writing time all groups together may take in one turn of the event loop before they let it turn, so
 * requests (bookings among them) are served during a big fan-out, however many groups are pushing.
 * The time trades the push against the requests: bench:fanout on two cores measured bookings' p99 during a
 * 10,000-socket push at 66 ms with 8 ms (last socket p99 470 ms) and 48–55 ms with 1 ms (545 ms).
 */
const WRITE_MS_PER_TURN = 8;
/** Sockets written between two looks at the clock. */
const SOCKETS_PER_CLOCK_READ = 32;
/** A consumer this far behind is dropped (its client reconnects) rather than buffered without end. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const MAX_CACHED_DOCUMENTS = 500;

/**
 * Grouped fan-out for graphql-ws. Subscriptions to a groupable field with the same document, operation,
 * variables and (when the selection could depend on it) principal form one group. For each event the group
 * executes the operation once, serialises the result once, and writes the same bytes to every socket, each
 * framed with its own operation id — the graphql-ws protocol, unchanged, at a fraction of the CPU of one
 * execution per subscriber. Other subscriptions run the ordinary way.
 */
export class GroupedSubscriptions {
  private readonly documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  private readonly pending = new WeakMap<ExecutionArgs, Pending>();
  private readonly groups = new Map<string, Group<unknown>>();
  private readonly fields: Map<string, GroupableField<unknown>>;
  private readonly independence = new WeakMap<DocumentNode, Map<string, boolean>>();
  /** Frames written by grouped delivery since start (bench figures). */
  framesSent = 0;
  /** When this turn's writing began; the next turn, shared by every group that waits for it. */
  private turnStartedAt = performance.now();
  private nextTurn: Promise<void> | undefined;

  constructor(
    private readonly schema: GraphQLSchema,
    fields: GroupableField<never>[],
    private readonly contextFor: (principal: Principal) => Promise<GraphQLContext>,
    private readonly logger: Logger,
    private readonly writeMsPerTurn = WRITE_MS_PER_TURN,
    /** Errors of a pushed result, masked the way every other response is (graphql/errors.ts). */
    private readonly formatError: (error: GraphQLError) => GraphQLFormattedError = (error) => error.toJSON(),
  ) {
    this.fields = new Map(fields.map((f) => [f.fieldName, f as unknown as GroupableField<unknown>]));
  }

  /**
   * graphql-ws `onSubscribe`: parses and validates once per distinct document (unless the caller passes
   * the document it has checked already), and notes which subscriptions can join a group.
   */
  onSubscribe(
    ctx: WsContext<Record<string, unknown>, { socket: WebSocket; principal?: Principal }>,
    id: string,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    checked?: DocumentNode,
  ): ExecutionArgs | readonly GraphQLError[] {
    const document = checked ?? this.documentOf(payload.query);
    if (!('kind' in document)) return document;
    const args: ExecutionArgs = {
      schema: this.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
    const operation = getOperationAST(document, payload.operationName);
    if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return args;
    const grouping = this.groupingOf(operation, payload.variables ?? {});
    if (!grouping) return args;
    const principal = ctx.extra.principal ?? { kind: 'anonymous' };
    const principalKey = this.isPrincipalIndependent(document, operation, grouping.field)
      ? '*'
      : identityOf(principal);
    // The context is built per group and event, not per subscriber.
    args.contextValue = { principal };
    this.pending.set(args, {
      field: grouping.field,
      topic: grouping.topic,
      principalKey,
      principal,
      socket: ctx.extra.socket,
      id,
    });
    return args;
  }

  /** graphql-ws `subscribe`: grouped subscriptions join their group, the rest run as usual. */
  subscribe(args: ExecutionArgs): ReturnType<typeof subscribe> | AsyncGenerator<ExecutionResult> {
    const pending = this.pending.get(args);
    if (!pending) return subscribe(args);
    this.pending.delete(args);
    return this.join(args, pending);
  }

  /** Subscribers held by grouped delivery. */
  memberCount(): number {
    let count = 0;
    for (const group of this.groups.values()) count += group.members.size;
    return count;
  }

  groupCount(): number {
    return this.groups.size;
  }

  close(): void {
    for (const group of [...this.groups.values()]) for (const member of [...group.members]) member.end();
  }

  private documentOf(query: string): DocumentNode | readonly GraphQLError[] {
    let cached = this.documents.get(query);
    if (cached) return cached;
    try {
      const document = parse(query);
      const errors = validate(this.schema, document);
      cached = errors.length > 0 ? errors : document;
    } catch (error) {
      cached = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    if (this.documents.size >= MAX_CACHED_DOCUMENTS)
      this.documents.delete(this.documents.keys().next().value as string);
    this.documents.set(query, cached);
    return cached;
  }

  /** The one root field must be groupable and its arguments must coerce; otherwise run it the usual way. */
  private groupingOf(
    operation: OperationDefinitionNode,
    rawVariables: Record<string, unknown>,
  ): { field: GroupableField<unknown>; topic: string } | undefined {
    const selections = operation.selectionSet.selections;
    const node = selections[0];
    if (selections.length !== 1 || node?.kind !== Kind.FIELD || node.directives?.length) return undefined;
    const field = this.fields.get(node.name.value);
    const definition = this.schema.getSubscriptionType()?.getFields()[node.name.value];
    if (!field || !definition) return undefined;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], rawVariables);
    if (coerced.errors) return undefined;
    try {
      const args = getArgumentValues(definition, node, coerced.coerced);
      return { field, topic: field.topicOf(args) };
    } catch {
      return undefined;
    }
  }

  private isPrincipalIndependent(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    field: GroupableField<unknown>,
  ): boolean {
    let perOperation = this.independence.get(document);
    if (!perOperation) this.independence.set(document, (perOperation = new Map<string, boolean>()));
    const name = operation.name?.value ?? '';
    const known = perOperation.get(name);
    if (known !== undefined) return known;
    let independent = true;
    const typeInfo = new TypeInfo(this.schema);
    const check = (node: DocumentNode | OperationDefinitionNode) =>
      visit(
        node,
        visitWithTypeInfo(typeInfo, {
          Field(fieldNode) {
            if (fieldNode.name.value === '__typename') return;
            const parent = typeInfo.getParentType();
            if (!parent || !field.principalIndependent.has(`${parent.name}.${fieldNode.name.value}`))
              independent = false;
          },
        }),
      );
    // Fragments are checked too; an unused fragment only makes the answer more cautious.
    check(operation);
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) check(definition as never);
    perOperation.set(name, independent);
    return independent;
  }

  private join(args: ExecutionArgs, pending: Pending): AsyncGenerator<ExecutionResult> {
    const key = JSON.stringify([
      pending.field.fieldName,
      pending.topic,
      pending.principalKey,
      args.operationName ?? null,
      // The parsed document is cached per query text, so its identity stands for the text.
      this.documentId(args.document),
      args.variableValues ?? {},
    ]);
    let group = this.groups.get(key);
    if (!group) {
      const created: Group<unknown> = {
        key,
        topic: pending.topic,
        document: args.document,
        operationName: args.operationName,
        variableValues: args.variableValues,
        principal: pending.principal,
        members: new Set(),
        unwatch: () => undefined,
        field: pending.field,
      };
      created.unwatch = pending.field.watch(pending.topic, {
        deliver: (event) => this.deliver(created, event),
        size: () => created.members.size,
      });
      this.groups.set(key, created);
      group = created;
    }
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const owner = group;
    const member: Member = {
      socket: pending.socket,
      idJson: JSON.stringify(pending.id),
      write: frameWriterFor(pending.socket),
      end: () => {
        if (!owner.members.delete(member)) return;
        if (owner.members.size === 0 && this.groups.get(owner.key) === owner) {
          this.groups.delete(owner.key);
          owner.unwatch();
        }
        finish();
      },
    };
    group.members.add(member);
    // graphql-ws iterates this until it ends (server side) or calls return() (client completed or left).
    const iterator: AsyncGenerator<ExecutionResult> = {
      next: async () => {
        await finished;
        return { done: true, value: undefined };
      },
      return: async () => {
        member.end();
        return { done: true, value: undefined };
      },
      throw: async (error: unknown) => {
        member.end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
      async [Symbol.asyncDispose]() {
        member.end();
      },
    };
    return iterator;
  }

  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 1;
  private documentId(document: DocumentNode): number {
    let id = this.documentIds.get(document);
    if (id === undefined) this.documentIds.set(document, (id = this.nextDocumentId++));
    return id;
  }

  private async deliver(group: Group<unknown>, event: unknown): Promise<void> {
    const contextValue = await this.contextFor(group.principal);
    const result = await execute({
      schema: this.schema,
      document: group.document,
      operationName: group.operationName,
      variableValues: group.variableValues,
      rootValue: event,
      contextValue,
    });
    if (result.errors?.length)
      this.logger.warn({ errors: result.errors.map((e) => e.message) }, 'grouped subscription errors');
    // The same shape graphql-ws sends: errors as their JSON form, absent when there are none.
    const payload = JSON.stringify(
      result.errors ? { ...result, errors: result.errors.map((e) => this.formatError(e)) } : result,
    );
    const tail = Buffer.from(`,"type":"next","payload":${payload}}`);
    // Clients that number their operations alike (many use "1") share one frame.
    const frames = new Map<string, Buffer>();
    let written = 0;
    for (const member of [...group.members]) {
      const { socket, idJson } = member;
      if (socket.readyState !== socket.OPEN || !group.members.has(member)) continue;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.terminate();
        continue;
      }
      let frame = frames.get(idJson);
      if (!frame) frames.set(idJson, (frame = textFrame(Buffer.from(`{"id":${idJson}`), tail)));
      member.write(frame);
      this.framesSent += 1;
      if (++written % SOCKETS_PER_CLOCK_READ === 0) await this.yieldWhenTurnSpent();
    }
  }

  /** Lets the event loop turn once this turn's writing time is spent; groups then take turns writing. */
  private async yieldWhenTurnSpent(): Promise<void> {
    if (performance.now() - this.turnStartedAt < this.writeMsPerTurn) return;
    this.nextTurn ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.nextTurn = undefined;
        this.turnStartedAt = performance.now();
        resolve();
      }),
    );
    await this.nextTurn;
  }
}

/** The payload of a frame made by `textFrame`. */
function framePayload(frame: Buffer): Buffer {
  const lengthByte = frame[1]! & 0x7f;
  return frame.subarray(lengthByte < 126 ? 2 : lengthByte === 126 ? 4 : 10);
}

/**
 * How a member's frames are written: straight to the TCP socket where `ws` allows it (no extensions were
 * negotiated, and they never change on an open connection), otherwise through `ws`.
 */
function frameWriterFor(socket: WebSocket): (frame: Buffer) => void {
  const internals = socket as unknown as WsInternals;
  const raw = internals._socket;
  // Kept over ws.send: bench/README.md "Plumbing" (ws.send: +12–20% server CPU per frame, +24–49% to the last of 10,000).
  if (raw && (!internals._extensions || Object.keys(internals._extensions).length === 0))
    return (frame) => raw.write(frame);
  return (frame) => socket.send(framePayload(frame), { binary: false });
}
