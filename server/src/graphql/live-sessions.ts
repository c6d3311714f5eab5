/** The part of a WebSocket this registry needs. */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
}

/** graphql-ws's Forbidden: its clients reconnect (anonymous, with a dead token), unlike 4401. */
export const SESSION_ENDED_CLOSE_CODE = 4403;
export const SESSION_ENDED_REASON = 'Session ended';

/** setTimeout's longest delay; a later expiry is checked again when that timer fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Registration {
  sessionId: string;
  timer: NodeJS.Timeout;
}

/**
 * The open WebSockets of each session, so a logout, a revocation (here or on another instance, through
 * the bus) or the session's expiry closes them at once: a socket never outlives the identity it opened with.
 */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly registrations = new Map<ClosableSocket, Registration>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Registers a socket of a live session; it is closed at `expiresAt` unless removed before. */
  add(sessionId: string, socket: ClosableSocket, expiresAt: Date): void {
    this.remove(socket);
    let sockets = this.bySession.get(sessionId);
    if (!sockets) this.bySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
    this.registrations.set(socket, { sessionId, timer: this.expiryTimer(socket, expiresAt) });
  }

  remove(socket: ClosableSocket): void {
    const registration = this.registrations.get(socket);
    if (!registration) return;
    clearTimeout(registration.timer);
    this.registrations.delete(socket);
    const sockets = this.bySession.get(registration.sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.bySession.delete(registration.sessionId);
  }

  /** Closes every socket of these sessions. */
  closeSessions(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) {
      for (const socket of [...(this.bySession.get(sessionId) ?? [])]) this.end(socket);
    }
  }

  size(): number {
    return this.registrations.size;
  }

  close(): void {
    for (const { timer } of this.registrations.values()) clearTimeout(timer);
    this.registrations.clear();
    this.bySession.clear();
  }

  private end(socket: ClosableSocket): void {
    this.remove(socket);
    socket.close(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);
  }

  private expiryTimer(socket: ClosableSocket, expiresAt: Date): NodeJS.Timeout {
    const delay = Math.max(0, expiresAt.getTime() - this.now());
    const timer = setTimeout(
      () => {
        if (delay > MAX_TIMER_MS) {
          const registration = this.registrations.get(socket);
          if (registration) registration.timer = this.expiryTimer(socket, expiresAt);
        } else this.end(socket);
      },
      Math.min(delay, MAX_TIMER_MS),
    );
    timer.unref();
    return timer;
  }
}
