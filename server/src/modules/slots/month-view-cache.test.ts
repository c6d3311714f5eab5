import { describe, expect, it } from 'vitest';
import { MonthViewCache, type MonthViewSource } from './month-view-cache.js';

/** A source marked with the number of the read that produced it. */
const source = (read: number): MonthViewSource => ({
  site: { siteId: 'site', timeZone: `read ${read}`, bookingOpensAt: null },
  slots: [],
});
const fromRead = (read: number) => ({ site: { timeZone: `read ${read}` } });

describe('MonthViewCache', () => {
  it('reads once per venue and key until the venue changes; other venues keep theirs', async () => {
    const cache = new MonthViewCache(true);
    let reads = 0;
    const read = () => Promise.resolve(source(++reads));
    expect(await cache.get('v1', 'k', read)).toMatchObject(fromRead(1));
    expect(await cache.get('v1', 'k', read)).toMatchObject(fromRead(1));
    expect(await cache.get('v2', 'k', read)).toMatchObject(fromRead(2));
    cache.venueChanged('v1');
    expect(await cache.get('v1', 'k', read)).toMatchObject(fromRead(3));
    expect(await cache.get('v2', 'k', read)).toMatchObject(fromRead(2));
    cache.clear();
    expect(await cache.get('v2', 'k', read)).toMatchObject(fromRead(4));
  });

  it('a read under way when its venue changes is not served again', async () => {
    const cache = new MonthViewCache(true);
    let release!: (value: MonthViewSource) => void;
    const slow = cache.get('v1', 'k', () => new Promise((resolve) => (release = resolve)));
    cache.venueChanged('v1');
    release(source(1));
    expect(await slow).toMatchObject(fromRead(1));
    expect(await cache.get('v1', 'k', () => Promise.resolve(source(2)))).toMatchObject(fromRead(2));
  });

  it('keeps no failed read, and nothing while the bus is down', async () => {
    const cache = new MonthViewCache(true);
    await expect(cache.get('v1', 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    expect(cache.size()).toBe(0);
    cache.connection(false);
    await cache.get('v1', 'k', () => Promise.resolve(source(1)));
    expect(cache.size()).toBe(0);
    cache.connection(true);
    await cache.get('v1', 'k', () => Promise.resolve(source(1)));
    expect(cache.size()).toBe(1);
  });

  it('without a bus listener it keeps nothing', async () => {
    const cache = new MonthViewCache(false);
    await cache.get('v1', 'k', () => Promise.resolve(source(1)));
    expect(cache.size()).toBe(0);
  });
});
