import { LRUCache } from 'lru-cache';
import type { Principal, SessionPrincipal } from './principal.js';

interface Entry {
  principal: SessionPrincipal;
  /** Trusted until then without asking the database: now + ttl, never past the session's own expiry. */
  freshUntil: number;
  /** The session's own expiry. */
  sessionExpiresAt: number;
}

/**
 * Bearer token → principal for up to `ttlMs`, so a person refreshing or retrying during a rush costs no
 * session lookup. Only valid sessions are cached (an unknown token always asks the database). Every way the
 * application ends a session (logout, password change, ticket revoked) forgets it here at once and on the
 * other instances through the bus; while the bus cannot hear them (`listening(false)`) nothing is trusted or
 * kept, and what was kept before is dropped, since messages may have been lost. Only a change made behind the
 * application's back (a session row edited by SQL) waits for `ttlMs`.
 */
export class PrincipalCache {
  private readonly byToken: LRUCache<string, Entry>;
  private readonly tokenBySession = new Map<string, string>();
  private readonly forgetListeners: ((sessionIds: readonly string[]) => void)[] = [];

  constructor(
    private readonly ttlMs: number,
    maxEntries = 200_000,
  ) {
    this.byToken = new LRUCache<string, Entry>({
      max: maxEntries,
      // Evicted, replaced or deleted: the session no longer points at this token.
      dispose: (entry, token) => {
        if (this.tokenBySession.get(entry.principal.sessionId) === token)
          this.tokenBySession.delete(entry.principal.sessionId);
      },
    });
  }

  /** False while the bus that tells of other instances' revocations is down (see `listening`). */
  private hearing = true;

  get enabled(): boolean {
    return this.ttlMs > 0 && this.hearing;
  }

  /**
   * The bus lost (false) or regained (true) its listener: either way what is kept may have missed a
   * revocation, so it is dropped; while lost, nothing is kept.
   */
  listening(connected: boolean): void {
    this.hearing = connected;
    this.byToken.clear();
    this.tokenBySession.clear();
  }

  get(token: string, now = Date.now()): Principal | undefined {
    return this.entry(token, now)?.principal;
  }

  /** The cached principal with its session's expiry. */
  entry(token: string, now = Date.now()): { principal: Principal; sessionExpiresAt: number } | undefined {
    const entry = this.byToken.get(token);
    if (!entry) return undefined;
    // The expiry is read on the caller's clock (lru-cache's own ttl reads performance.now()).
    if (entry.freshUntil <= now) {
      this.byToken.delete(token);
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
    // API keys are never cached (see AuthService.sessionForToken).
    if (!this.enabled || principal.kind === 'anonymous' || principal.kind === 'apiKey') return;
    const expiresAt = sessionExpiresAt.getTime();
    this.byToken.set(token, {
      principal,
      freshUntil: Math.min(now + this.ttlMs, expiresAt),
      sessionExpiresAt: expiresAt,
    });
    this.tokenBySession.set(principal.sessionId, token);
  }

  forgetSessions(sessionIds: readonly string[]): void {
    for (const listener of this.forgetListeners) listener(sessionIds);
    for (const sessionId of sessionIds) {
      const token = this.tokenBySession.get(sessionId);
      if (token === undefined) continue;
      if (!this.byToken.delete(token)) this.tokenBySession.delete(sessionId);
    }
  }

  size(): number {
    return this.byToken.size;
  }
}
