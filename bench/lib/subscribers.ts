/**
 * A separate process holding many graphql-ws subscriptions (raw TCP sockets speaking WebSocket and the
 * graphql-transport-ws protocol, see raw-websocket.ts). It watches one slot's `remaining` and tells its parent, for every count,
 * the moment the LAST of its sockets had received it (or a lower one). Driven over IPC by bench/fanout.ts.
 */
import net from 'node:net';
import { addressOf } from './http.js';
import { openRawWebSocket, type RawWebSocket } from './raw-websocket.js';

interface Connect {
  cmd: 'connect';
  url: string;
  count: number;
  venueId: string;
  slotId: string;
  /** Documents handed out round-robin; each must select `slotId` then `remaining` first. */
  queries: string[];
  /** Sockets opening at the same time. */
  parallel: number;
}

type Command =
  | Connect
  | { cmd: 'reset'; from: number }
  | { cmd: 'stats' }
  | { cmd: 'close' }
  | { cmd: 'floor-connect'; port: number; count: number; frameBytes: number };

const send = (message: unknown) => process.send!(message);
const now = () => performance.timeOrigin + performance.now();

const sockets: RawWebSocket[] = [];
/** Lowest `remaining` each socket has seen. */
let seen: Int32Array = new Int32Array(0);
/** How many sockets have seen a count ≤ r, for r = 0…top. */
let reached: Int32Array = new Int32Array(0);
let top = 0;
let frames = 0;
let closedEarly = 0;
/** Plain TCP sockets of the floor measurement (see floorConnect). */
const floorSockets: net.Socket[] = [];

function onCount(index: number, remaining: number): void {
  const previous = seen[index]!;
  if (remaining >= previous) return;
  seen[index] = remaining;
  const at = now();
  for (let r = Math.min(previous - 1, top); r >= remaining; r--) {
    if (r < 0) break;
    reached[r] = reached[r]! + 1;
    if (reached[r] === sockets.length) send({ event: 'all', remaining: r, at });
  }
}

async function connect(command: Connect): Promise<void> {
  const needle = Buffer.from(`"slotId":${JSON.stringify(command.slotId)},"remaining":`);
  let next = 0;
  let acknowledged = 0;
  const openOne = async (index: number) => {
    let ready: () => void = () => undefined;
    let refused: (error: Error) => void = () => undefined;
    const subscribed = new Promise<void>((resolve, reject) => {
      ready = resolve;
      refused = reject;
    });
    // Each socket is its own client (the server trusts the proxy header), as 10,000 phones would be;
    // the offset keeps them apart from the addresses that book.
    const socket = await openRawWebSocket(
      command.url,
      { protocol: 'graphql-transport-ws', headers: { 'x-forwarded-for': addressOf(1_000_000 + index) } },
      {
        onText: (data) => {
          const at = data.indexOf(needle);
          if (at >= 0) {
            frames += 1;
            let value = 0;
            for (let i = at + needle.length; i < data.length; i++) {
              const digit = data[i]! - 48;
              if (digit < 0 || digit > 9) break;
              value = value * 10 + digit;
            }
            onCount(index, value);
            return;
          }
          const message = JSON.parse(data.toString()) as { type: string };
          if (message.type === 'next') frames += 1;
          else if (message.type === 'connection_ack') {
            socket.sendText(
              JSON.stringify({
                id: '1',
                type: 'subscribe',
                payload: {
                  query: command.queries[index % command.queries.length],
                  variables: { venueId: command.venueId },
                },
              }),
            );
            acknowledged += 1;
            ready();
          } else if (message.type === 'error') refused(new Error(data.toString()));
        },
        onClose: () => {
          closedEarly += 1;
        },
      },
    );
    sockets[index] = socket;
    socket.sendText(JSON.stringify({ type: 'connection_init', payload: {} }));
    await subscribed;
  };
  const workers = Array.from({ length: command.parallel }, async () => {
    while (next < command.count) await openOne(next++);
  });
  await Promise.all(workers);
  send({ event: 'connected', count: acknowledged });
}

/**
 * The floor under any fan-out on this machine: plain TCP sockets to the bench process, which writes one frame
 * to each; tells the parent when the last socket has its frame. No WebSocket, no GraphQL, no server.
 */
async function floorConnect(port: number, count: number, frameBytes: number): Promise<void> {
  const buffer = Buffer.allocUnsafe(64 * 1024);
  let bytes = 0;
  const onread = {
    buffer,
    callback: (n: number) => {
      bytes += n;
      if (bytes >= count * frameBytes) {
        bytes -= count * frameBytes;
        send({ event: 'floor-all', at: now() });
      }
      return true;
    },
  };
  const openOne = () =>
    new Promise<void>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port, onread });
      socket.setNoDelay(true);
      socket.once('error', reject);
      socket.once('connect', () => resolve());
      floorSockets.push(socket);
    });
  let next = 0;
  // A hundred at a time: the listen backlog would drop a burst of 10,000 SYNs.
  await Promise.all(
    Array.from({ length: 100 }, async () => {
      while (next < count) {
        next += 1;
        await openOne();
      }
    }),
  );
  send({ event: 'floor-connected', count });
}

process.on('message', (command: Command) => {
  void (async () => {
    if (command.cmd === 'connect') {
      seen = new Int32Array(command.count).fill(2 ** 31 - 1);
      await connect(command).catch((error: unknown) => send({ event: 'failed', error: String(error) }));
    } else if (command.cmd === 'reset') {
      // Counts start again from `from` (the slot's remaining before the next booking).
      top = command.from;
      reached = new Int32Array(top + 1);
      seen.fill(top + 1);
      frames = 0;
      send({ event: 'reset' });
    } else if (command.cmd === 'stats') {
      send({ event: 'stats', frames, closedEarly, cpu: process.cpuUsage() });
    } else if (command.cmd === 'floor-connect') {
      await floorConnect(command.port, command.count, command.frameBytes).catch((error: unknown) =>
        send({ event: 'failed', error: String(error) }),
      );
    } else if (command.cmd === 'close') {
      for (const socket of sockets) socket.terminate();
      for (const socket of floorSockets) socket.destroy();
      send({ event: 'closed' });
      setTimeout(() => process.exit(0), 50);
    }
  })();
});
send({ event: 'ready' });
