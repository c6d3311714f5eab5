import { describe, expect, it } from 'vitest';
import { SESSION_ENDED_CLOSE_CODE, SessionSockets } from './live-sessions.js';

class FakeSocket {
  closedWith: number | undefined;
  close(code?: number) {
    this.closedWith = code;
  }
}

describe('session sockets', () => {
  it('closing a session closes all of its sockets and none of another session', () => {
    const sockets = new SessionSockets();
    const [a1, a2, b] = [new FakeSocket(), new FakeSocket(), new FakeSocket()];
    const later = new Date(Date.now() + 60_000);
    sockets.add('a', a1, later);
    sockets.add('a', a2, later);
    sockets.add('b', b, later);
    sockets.closeSessions(['a', 'unknown']);
    expect([a1.closedWith, a2.closedWith, b.closedWith]).toEqual([
      SESSION_ENDED_CLOSE_CODE,
      SESSION_ENDED_CLOSE_CODE,
      undefined,
    ]);
    expect(sockets.size()).toBe(1);
    sockets.close();
  });

  it('a socket is closed when its session expires, unless it was removed before', async () => {
    const sockets = new SessionSockets();
    const [expiring, removed] = [new FakeSocket(), new FakeSocket()];
    const soon = new Date(Date.now() + 30);
    sockets.add('a', expiring, soon);
    sockets.add('b', removed, soon);
    sockets.remove(removed);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(expiring.closedWith).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(removed.closedWith).toBeUndefined();
    expect(sockets.size()).toBe(0);
  });
});
