import {
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type ExecutionArgs,
} from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from './context.js';
import { GroupedSubscriptions, textFrame } from './grouped-subscriptions.js';
import type { Principal } from '../modules/auth/principal.js';

interface Item {
  id: string;
  shared: string;
}

// A small schema with one field that depends on who asks (`mine`) and one that does not (`shared`).
const ItemType = new GraphQLObjectType<Item, GraphQLContext>({
  name: 'Item',
  fields: {
    id: { type: GraphQLID },
    shared: { type: GraphQLString },
    mine: {
      type: GraphQLString,
      resolve: (item, _args, context) =>
        `${item.id}:${context.principal.kind === 'recipient' ? context.principal.ticketId : 'nobody'}`,
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      changed: {
        type: new GraphQLList(ItemType),
        args: { topic: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (root: Item[]) => root,
      },
    },
  }),
});

class FakeSocket {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: { id: string; type: string; payload: { data: { changed: Record<string, string>[] } } }[] =
    [];
  send(data: Buffer) {
    this.sent.push(JSON.parse(data.toString()) as FakeSocket['sent'][number]);
  }
}

function setUp(writeMsPerTurn?: number) {
  const consumers = new Map<string, { deliver(event: Item[]): Promise<void> }[]>();
  const fanout = new GroupedSubscriptions(
    schema,
    [
      {
        fieldName: 'changed',
        topicOf: (args) => String(args.topic),
        watch: (topic, consumer) => {
          consumers.set(topic, [...(consumers.get(topic) ?? []), consumer]);
          return () =>
            consumers.set(
              topic,
              (consumers.get(topic) ?? []).filter((c) => c !== consumer),
            );
        },
        principalIndependent: new Set(['Subscription.changed', 'Item.id', 'Item.shared']),
      },
    ],
    async (principal) => ({ principal }) as GraphQLContext,
    pino({ level: 'silent' }),
    writeMsPerTurn,
  );
  const subscribe = (query: string, topic: string, principal: Principal, id = '1') => {
    const socket = new FakeSocket();
    const args = fanout.onSubscribe({ extra: { socket, principal } } as never, id, {
      query,
      variables: { topic },
    }) as ExecutionArgs;
    const iterator = fanout.subscribe(args) as AsyncGenerator;
    return { socket, iterator };
  };
  const publish = async (topic: string, items: Item[]) => {
    for (const consumer of consumers.get(topic) ?? []) await consumer.deliver(items);
  };
  return { fanout, subscribe, publish };
}

const alice: Principal = { kind: 'recipient', sessionId: 's-a', ticketId: 'A', siteId: 'x' };
const bob: Principal = { kind: 'recipient', sessionId: 's-b', ticketId: 'B', siteId: 'x' };
const anonymous: Principal = { kind: 'anonymous' };

describe('GroupedSubscriptions', () => {
  it('shares one execution between principals when every selected field is principal-independent', async () => {
    const { fanout, subscribe, publish } = setUp();
    const query = 'subscription ($topic: ID!) { changed(topic: $topic) { id shared } }';
    const subscribers = [
      subscribe(query, 't', alice, 'a1'),
      subscribe(query, 't', bob),
      subscribe(query, 't', anonymous),
    ];

    await publish('t', [{ id: '1', shared: 'same' }]);

    expect(fanout.groupCount()).toBe(1);
    expect(subscribers.map((s) => s.socket.sent)).toEqual([
      [{ id: 'a1', type: 'next', payload: { data: { changed: [{ id: '1', shared: 'same' }] } } }],
      [{ id: '1', type: 'next', payload: { data: { changed: [{ id: '1', shared: 'same' }] } } }],
      [{ id: '1', type: 'next', payload: { data: { changed: [{ id: '1', shared: 'same' }] } } }],
    ]);
  });

  it('groups per principal when the selection has a field that depends on who asks, so each gets their own answer', async () => {
    const { fanout, subscribe, publish } = setUp();
    const query = 'subscription ($topic: ID!) { changed(topic: $topic) { id mine } }';
    const [a, b, a2] = [
      subscribe(query, 't', alice),
      subscribe(query, 't', bob),
      subscribe(query, 't', alice),
    ];

    await publish('t', [{ id: '7', shared: 'x' }]);

    expect(fanout.groupCount()).toBe(2);
    expect(a.socket.sent[0]!.payload.data.changed).toEqual([{ id: '7', mine: '7:A' }]);
    expect(a2.socket.sent[0]!.payload.data.changed).toEqual([{ id: '7', mine: '7:A' }]);
    expect(b.socket.sent[0]!.payload.data.changed).toEqual([{ id: '7', mine: '7:B' }]);
  });

  it('different variables are different groups and hear only their own topic', async () => {
    const { fanout, subscribe, publish } = setUp();
    const query = 'subscription ($topic: ID!) { changed(topic: $topic) { id } }';
    const one = subscribe(query, 'one', anonymous);
    const two = subscribe(query, 'two', anonymous);

    await publish('one', [{ id: '1', shared: '' }]);

    expect(fanout.groupCount()).toBe(2);
    expect(one.socket.sent).toHaveLength(1);
    expect(two.socket.sent).toHaveLength(0);
  });

  it('a subscriber that returns leaves its group; the last one out removes the group', async () => {
    const { fanout, subscribe, publish } = setUp();
    const query = 'subscription ($topic: ID!) { changed(topic: $topic) { id } }';
    const first = subscribe(query, 't', anonymous);
    const second = subscribe(query, 't', anonymous);

    await first.iterator.return(undefined);
    await publish('t', [{ id: '1', shared: '' }]);
    expect(first.socket.sent).toHaveLength(0);
    expect(second.socket.sent).toHaveLength(1);
    await second.iterator.return(undefined);

    expect(fanout.groupCount()).toBe(0);
    expect(fanout.memberCount()).toBe(0);
  });

  it('a push to many sockets lets the event loop turn while it writes, so requests are served meanwhile', async () => {
    // No writing time per turn: the loop turns after every 32 sockets, whatever the machine.
    const { subscribe, publish } = setUp(0);
    const query = 'subscription ($topic: ID!) { changed(topic: $topic) { id shared } }';
    const subscribers = Array.from({ length: 200 }, () => subscribe(query, 't', anonymous));
    let writtenWhenLoopTurned = -1;
    setImmediate(() => {
      writtenWhenLoopTurned = subscribers.filter((s) => s.socket.sent.length > 0).length;
    });

    await publish('t', [{ id: '1', shared: 'x' }]);

    expect(writtenWhenLoopTurned).toBe(32);
    expect(subscribers.every((s) => s.socket.sent.length === 1)).toBe(true);
  });

  it('an invalid document is answered with validation errors, not grouped', () => {
    const { fanout } = setUp();
    const result = fanout.onSubscribe(
      { extra: { socket: new FakeSocket(), principal: anonymous } } as never,
      '1',
      { query: 'subscription { changed(topic: "t") { nope } }' },
    );
    expect(Array.isArray(result)).toBe(true);
    expect(fanout.groupCount()).toBe(0);
  });
});

describe('textFrame', () => {
  it('encodes the payload length in 7, 16 and 64 bits as RFC 6455 requires', () => {
    for (const size of [10, 300, 70_000]) {
      const frame = textFrame(Buffer.from('{"id":"1"'), Buffer.alloc(size, 0x20));
      const length = size + 9;
      expect(frame[0]).toBe(0x81);
      if (length < 126) expect(frame[1]).toBe(length);
      else if (length < 65_536) expect([frame[1], frame.readUInt16BE(2)]).toEqual([126, length]);
      else expect([frame[1], frame.readUInt32BE(2), frame.readUInt32BE(6)]).toEqual([127, 0, length]);
      expect(
        frame
          .subarray(frame.length - length)
          .subarray(0, 9)
          .toString(),
      ).toBe('{"id":"1"');
    }
  });
});
