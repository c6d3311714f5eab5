import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit.js';

describe('TokenBuckets', () => {
  it('allows the burst, then asks to wait until a token has refilled', () => {
    const buckets = new TokenBuckets(2, 3);
    expect([0, 0, 0].map((t) => buckets.take('a', t))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 0)).toBe(500);
    expect(buckets.take('a', 250)).toBe(250);
    expect(buckets.take('a', 500)).toBe(0);
  });

  it('keeps one bucket per key', () => {
    const buckets = new TokenBuckets(1, 1);
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBeGreaterThan(0);
    expect(buckets.take('b', 0)).toBe(0);
  });

  it('is off when the rate is 0', () => {
    const buckets = new TokenBuckets(0, 0);
    expect(Array.from({ length: 100 }, () => buckets.take('a', 0)).every((w) => w === 0)).toBe(true);
    expect(buckets.size()).toBe(0);
  });

  it('forgets buckets that have refilled, so a flood of addresses does not grow memory for ever', () => {
    const buckets = new TokenBuckets(10, 10);
    for (let i = 0; i < 100; i++) buckets.take(`client-${i}`, 0);
    expect(buckets.size()).toBe(100);
    buckets.take('late', 5000);
    expect(buckets.size()).toBe(1);
  });
});
