import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../testkit/server.js';

// One place in the admission queue, so a client that hangs up while waiting for it is easy to line up.
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ maxConcurrentRequests: 1 });
});
afterAll(async () => {
  await server.close();
});

/** A raw connection that has sent `text` and stays open until destroyed. */
function openRaw(text: string): Promise<net.Socket> {
  const { hostname, port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => {
      socket.write(text);
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

const QUERY = JSON.stringify({ query: '{ site(code: "S9999") { id } }' });
const post = (body: string, declaredLength = Buffer.byteLength(body)) =>
  `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${declaredLength}\r\n\r\n${body}`;

describe('clients that hang up while their request waits for a place', () => {
  it('leave /graphql answering: their places come back', async () => {
    // Holds the only place: admitted, then waiting for a body that never completes.
    const holder = await openRaw(post('{"query":', QUERY.length));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Five requests line up behind it; their clients give up before a place is free.
    const impatient = await Promise.all(Array.from({ length: 5 }, () => openRaw(post(QUERY))));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const socket of impatient) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The holder goes too: its place passes down the queue of clients that are already gone.
    holder.destroy();

    // A patient client must be answered (before the fix each gone client kept the place for good).
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ __typename: 'Query' });
  });
});
