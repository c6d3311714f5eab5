/**
 * The grouped fan-out's write: one whole frame straight to `ws`'s private `_socket` vs the public
 * `ws.send(payload)` (ws frames it: a header and the payload, two corked writes). A child process runs a `ws`
 * server (no permessage-deflate, as the fan-out's raw path requires); this process holds the loopback
 * clients. Each round the server writes one frame to every socket — same tail, each socket its own
 * `{"id":…` head, as the fan-out does — timing its CPU (user + system) over the write loop; the clients note
 * when the last frame arrives. Modes alternate round by round; medians. `npx tsx bench/plumbing/ws-write.ts`
 * (BENCH_SOCKETS, BENCH_ROUNDS).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { openRawWebSocket } from '../lib/raw-websocket.js';
import { textFrame } from '../../server/src/graphql/grouped-subscriptions.js';

type Mode = 'raw _socket' | 'ws.send';
type FromServer = { port: number } | { round: number; mode: Mode; cpuUs: number; startedAt: string };

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const TAIL = Buffer.from(
  `,"type":"next","payload":{"data":{"slotAvailabilityChanged":{"slots":[${Array.from(
    { length: 4 },
    (_, i) => `{"id":"slot-${i}","remaining":${i},"startsAt":"2026-12-03T09:00:00.000Z"}`,
  ).join(',')}]}}}}`,
);

if (process.argv[2] === 'server') {
  const sockets: WebSocket[] = [];
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  server.on('connection', (socket) => sockets.push(socket));
  server.on('listening', () => process.send!({ port: (server.address() as { port: number }).port }));
  process.on('message', (message: { round: number; mode: Mode }) => {
    const frames = sockets.map((_, i) => textFrame(Buffer.from(`{"id":"${i}"`), TAIL));
    const startedAt = process.hrtime.bigint();
    const before = process.cpuUsage();
    if (message.mode === 'raw _socket') {
      for (let i = 0; i < sockets.length; i++)
        (sockets[i] as unknown as { _socket: { write(b: Buffer): boolean } })._socket.write(frames[i]!);
    } else {
      // The payload as the fan-out's fallback passes it: the frame without its header.
      for (let i = 0; i < sockets.length; i++)
        sockets[i]!.send(frames[i]!.subarray(frames[i]![1]! < 126 ? 2 : 4), { binary: false });
    }
    const used = process.cpuUsage(before);
    process.send!({ ...message, cpuUs: used.user + used.system, startedAt: String(startedAt) });
  });
} else {
  const child = fork(fileURLToPath(import.meta.url), ['server'], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m: FromServer) => resolve((m as { port: number }).port)),
  );
  let received = 0;
  let lastAt = 0n;
  let roundDone: (() => void) | undefined;
  for (let i = 0; i < SOCKETS; i++) {
    await openRawWebSocket(
      `ws://127.0.0.1:${port}/`,
      { protocol: 'graphql-transport-ws' },
      {
        onText: () => {
          received++;
          if (received === SOCKETS) {
            lastAt = process.hrtime.bigint();
            roundDone?.();
          }
        },
        onClose: () => undefined,
      },
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const results: Record<Mode, { cpuUsPerFrame: number[]; lastMs: number[] }> = {
    'raw _socket': { cpuUsPerFrame: [], lastMs: [] },
    'ws.send': { cpuUsPerFrame: [], lastMs: [] },
  };
  for (let round = 0; round < ROUNDS * 2; round++) {
    const mode: Mode = round % 2 === 0 ? 'raw _socket' : 'ws.send';
    received = 0;
    const done = new Promise<void>((resolve) => (roundDone = resolve));
    const report = new Promise<FromServer>((resolve) => child.once('message', resolve));
    child.send({ round, mode });
    const [, fromServer] = await Promise.all([done, report]);
    const { cpuUs, startedAt } = fromServer as { cpuUs: number; startedAt: string };
    results[mode].cpuUsPerFrame.push(cpuUs / SOCKETS);
    results[mode].lastMs.push(Number(lastAt - BigInt(startedAt)) / 1e6);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `${SOCKETS} loopback sockets, ${TAIL.length + 12}-byte frames, ${ROUNDS} rounds per mode, medians:`,
  );
  for (const [mode, { cpuUsPerFrame, lastMs }] of Object.entries(results)) {
    console.log(
      `  ${mode.padEnd(12)} server CPU ${median(cpuUsPerFrame).toFixed(2)} µs/frame, write to last frame received ${median(lastMs).toFixed(1)} ms`,
    );
  }
  child.kill();
  process.exit(0);
}
