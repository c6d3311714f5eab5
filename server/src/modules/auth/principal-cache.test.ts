import { describe, expect, it } from 'vitest';
import type { Principal } from './principal.js';
import { PrincipalCache } from './principal-cache.js';

const recipient: Principal = { kind: 'recipient', sessionId: 'session-1', ticketId: 't', siteId: 's' };
const later = new Date(10_000_000);

describe('PrincipalCache', () => {
  it('answers for ttl milliseconds, never beyond the session’s own expiry', () => {
    const cache = new PrincipalCache(1000);
    cache.set('token', recipient, later, 0);
    expect(cache.get('token', 999)).toEqual(recipient);
    expect(cache.get('token', 1000)).toBeUndefined();

    cache.set('token', recipient, new Date(500), 0);
    expect(cache.get('token', 499)).toEqual(recipient);
    expect(cache.get('token', 500)).toBeUndefined();
  });

  it('forgets a revoked session at once', () => {
    const cache = new PrincipalCache(60_000);
    cache.set('token', recipient, later, 0);
    cache.forgetSessions(['session-1']);
    expect(cache.get('token', 1)).toBeUndefined();
  });

  it('drops what it kept and keeps nothing while the bus cannot hear revocations, then keeps again', () => {
    const cache = new PrincipalCache(60_000);
    cache.set('token', recipient, later, 0);
    cache.listening(false);
    expect(cache.get('token', 1)).toBeUndefined();
    cache.set('token', recipient, later, 2);
    expect(cache.get('token', 3)).toBeUndefined();
    expect(cache.size()).toBe(0);
    cache.listening(true);
    expect(cache.get('token', 4)).toBeUndefined();
    cache.set('token', recipient, later, 5);
    expect(cache.get('token', 6)).toEqual(recipient);
  });

  it('never caches anonymous callers, and caches nothing when the ttl is 0', () => {
    const cache = new PrincipalCache(60_000);
    cache.set('unknown', { kind: 'anonymous' }, later, 0);
    expect(cache.size()).toBe(0);
    const off = new PrincipalCache(0);
    off.set('token', recipient, later, 0);
    expect(off.get('token', 0)).toBeUndefined();
  });

  it('drops the oldest entries beyond its size', () => {
    const cache = new PrincipalCache(60_000, 2);
    for (const n of [1, 2, 3]) cache.set(`token-${n}`, { ...recipient, sessionId: `s-${n}` }, later, 0);
    expect(cache.size()).toBe(2);
    expect(cache.get('token-1', 1)).toBeUndefined();
    expect(cache.get('token-3', 1)).toBeDefined();
  });

  it('tells its listeners of every forgotten session, cached or not (open sockets close through it)', () => {
    const heard: string[][] = [];
    const off = new PrincipalCache(0);
    off.onForget((ids) => heard.push([...ids]));
    off.forgetSessions(['session-1', 'session-2']);
    expect(heard).toEqual([['session-1', 'session-2']]);
  });

  it('forgets an evicted or replaced session’s token, so forgetting that session later spares the others', () => {
    const cache = new PrincipalCache(60_000, 1);
    cache.set('token-1', { ...recipient, sessionId: 's-1' }, later, 0);
    cache.set('token-2', { ...recipient, sessionId: 's-2' }, later, 0);
    cache.forgetSessions(['s-1']);
    expect(cache.get('token-2', 1)).toBeDefined();
    cache.set('token-2', { ...recipient, sessionId: 's-3' }, later, 0);
    cache.forgetSessions(['s-2']);
    expect(cache.get('token-2', 1)).toBeDefined();
    cache.forgetSessions(['s-3']);
    expect(cache.get('token-2', 1)).toBeUndefined();
  });
});
