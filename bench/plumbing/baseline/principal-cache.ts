// The hand-written principal cache as it was before lru-cache (commit 7955947), kept for bench/plumbing/caches.ts.
import type { Principal, SessionPrincipal } from '../../../server/src/modules/auth/principal.js';

interface Entry {
  principal: SessionPrincipal;
  /** Trusted until then without asking the database. */
  freshUntil: number;
  /** The session's own expiry, never exceeded. */
  sessionExpiresAt: number;
}

/**
 * Bearer token → principal for a few seconds, so a person refreshing or retrying during a rush costs no
 * session lookup. Only valid sessions are cached (an unknown token always asks the database). A logout
 * forgets the session here at once and on the other instances through the bus; a change made behind the
 * application's back (a ticket revoked by SQL) is seen after at most `ttlMs`.
 */
export class PrincipalCache {
  private readonly byToken = new Map<string, Entry>();
  private readonly tokenBySession = new Map<string, string>();
  private readonly forgetListeners: ((sessionIds: readonly string[]) => void)[] = [];

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(token: string, now = Date.now()): Principal | undefined {
    return this.entry(token, now)?.principal;
  }

  /** The cached principal with its session's expiry. */
  entry(token: string, now = Date.now()): { principal: Principal; sessionExpiresAt: number } | undefined {
    const entry = this.byToken.get(token);
    if (!entry) return undefined;
    if (entry.freshUntil <= now || entry.sessionExpiresAt <= now) {
      this.delete(token, entry);
      return undefined;
    }
    return entry;
  }

  /**
   * Called with every session forgotten (logout, revocation, here or from the bus), cached or not:
   * open WebSockets of those sessions are closed through it.
   */
  onForget(listener: (sessionIds: readonly string[]) => void): void {
    this.forgetListeners.push(listener);
  }

  set(token: string, principal: Principal, sessionExpiresAt: Date, now = Date.now()): void {
    if (!this.enabled || principal.kind === 'anonymous' || principal.kind === 'apiKey') return;
    const previous = this.byToken.get(token);
    if (previous) this.delete(token, previous);
    while (this.byToken.size >= this.maxEntries) {
      const oldest = this.byToken.keys().next().value as string;
      this.delete(oldest, this.byToken.get(oldest)!);
    }
    this.byToken.set(token, {
      principal,
      freshUntil: now + this.ttlMs,
      sessionExpiresAt: sessionExpiresAt.getTime(),
    });
    this.tokenBySession.set(principal.sessionId, token);
  }

  forgetSessions(sessionIds: readonly string[]): void {
    for (const listener of this.forgetListeners) listener(sessionIds);
    for (const sessionId of sessionIds) {
      const token = this.tokenBySession.get(sessionId);
      if (token === undefined) continue;
      const entry = this.byToken.get(token);
      if (entry) this.delete(token, entry);
      else this.tokenBySession.delete(sessionId);
    }
  }

  size(): number {
    return this.byToken.size;
  }

  private delete(token: string, entry: Entry): void {
    this.byToken.delete(token);
    if (this.tokenBySession.get(entry.principal.sessionId) === token)
      this.tokenBySession.delete(entry.principal.sessionId);
  }
}
