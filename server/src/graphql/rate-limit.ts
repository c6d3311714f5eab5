import { createHash } from 'node:crypto';
import type { AppConfig } from '../config/config.js';
import { AppError, ErrorCode } from './errors.js';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Kept over rate-limiter-flexible: bench/README.md "Plumbing" (0.05× its checks/s for busy keys, async only, fixed windows).
/**
 * A token bucket per key: `ratePerSecond` sustained, `burst` at once. In memory, per process: behind a
 * load balancer with N instances a client gets up to N times the limit, which is still a limit.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly maxKeys = 500_000,
  ) {}

  get enabled(): boolean {
    return this.ratePerSecond > 0;
  }

  /** Takes one token; returns 0 when allowed, otherwise the milliseconds until a token is available. */
  take(key: string, now = performance.now()): number {
    if (!this.enabled) return 0;
    this.sweep(now);
    const capacity = Math.max(1, this.burst);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: capacity, updatedAt: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(
        capacity,
        bucket.tokens + ((now - bucket.updatedAt) * this.ratePerSecond) / 1000,
      );
      bucket.updatedAt = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) * 1000) / this.ratePerSecond);
  }

  /** Drops buckets that have refilled completely (they behave like new ones) once a second at most. */
  private sweep(now: number): void {
    if (now - this.sweptAt < 1000 && this.buckets.size < this.maxKeys) return;
    this.sweptAt = now;
    const fullAfterMs = (Math.max(1, this.burst) * 1000) / this.ratePerSecond;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= fullAfterMs) this.buckets.delete(key);
    }
    // Under a flood of distinct keys, forget the oldest rather than grow without bound.
    while (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
  }

  size(): number {
    return this.buckets.size;
  }
}

/** An API key's secret starts so (modules/api-keys/api-key.secret.ts; this file imports no module). */
const API_KEY_PREFIX = 'vrk_';

/**
 * Per client address and per session token, or per API key (its own, higher limit), checked before any
 * GraphQL work or SQL. A token is put in the key buckets by its prefix alone: an unknown or revoked key
 * still costs its sender a token there, and the address bucket holds for every request.
 */
export class RequestRateLimiter {
  private readonly perAddress: TokenBuckets;
  private readonly perSession: TokenBuckets;
  private readonly perApiKey: TokenBuckets;

  constructor(config: AppConfig) {
    this.perAddress = new TokenBuckets(config.rateLimitPerAddress, config.rateLimitBurstPerAddress);
    this.perSession = new TokenBuckets(config.rateLimitPerSession, config.rateLimitBurstPerSession);
    this.perApiKey = new TokenBuckets(config.rateLimitPerApiKey, config.rateLimitBurstPerApiKey);
  }

  /** 0 when the request may proceed, otherwise the seconds the client should wait. */
  check(clientAddress: string, token: string | undefined): number {
    const addressWait = this.perAddress.take(clientAddress);
    if (addressWait > 0) return Math.ceil(addressWait / 1000);
    const buckets = token?.startsWith(API_KEY_PREFIX) ? this.perApiKey : this.perSession;
    if (token && buckets.enabled) {
      // Keyed by a digest so the table never holds usable tokens.
      const sessionWait = buckets.take(createHash('sha256').update(token).digest('base64url'));
      if (sessionWait > 0) return Math.ceil(sessionWait / 1000);
    }
    return 0;
  }
}

/** The body of a 429: a GraphQL response with the typed error, so every client reads it the same way. */
export function rateLimitedBody(retryAfterSeconds: number): string {
  const error = rateLimitedError(retryAfterSeconds);
  return JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/** Over the limit: the typed error, in a 429's body or as a graphql-ws `error` message. */
export function rateLimitedError(retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, `Too many requests. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });
}

/**
 * What a WebSocket may do: each subscribe message passes the same buckets as an HTTP request (address and
 * session), and one socket holds at most `maxPerSocket` subscriptions at once, so one client cannot make the
 * server execute and push for thousands of subscriptions over a single connection.
 */
export function subscriptionRefusal(
  limiter: RequestRateLimiter,
  clientAddress: string,
  token: string | undefined,
  activeOnSocket: number,
  maxPerSocket: number,
): AppError | undefined {
  if (activeOnSocket >= maxPerSocket)
    return new AppError(
      ErrorCode.RATE_LIMITED,
      `At most ${maxPerSocket} subscriptions per connection; complete one or open another connection.`,
      { maxSubscriptionsPerConnection: maxPerSocket },
    );
  const retryAfter = limiter.check(clientAddress, token);
  return retryAfter > 0 ? rateLimitedError(retryAfter) : undefined;
}
