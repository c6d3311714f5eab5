import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromLocal, isIsoDate, toLocal } from './time.js';

describe('site-local time', () => {
  it('reads a UTC instant as Tokyo wall-clock time and weekday', () => {
    const local = toLocal(new Date('2026-06-20T16:30:00Z'), 'Asia/Tokyo');
    expect(local).toEqual({ date: '2026-06-21', minutes: 90, weekday: 0 });
  });

  it('names every weekday, Sunday 0 to Saturday 6', () => {
    const week = Array.from(
      { length: 7 },
      (_, day) => toLocal(new Date(Date.UTC(2026, 5, 21 + day, 3)), 'Asia/Tokyo').weekday,
    );
    expect(week).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('builds the instant for a Tokyo date and time whatever the process time zone is', () => {
    expect(fromLocal('2026-06-21', 10 * 60, 'Asia/Tokyo').toISOString()).toBe('2026-06-21T01:00:00.000Z');
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    const before = fromLocal('2026-03-07', 9 * 60, 'America/New_York');
    const after = fromLocal('2026-03-09', 9 * 60, 'America/New_York');
    expect(toLocal(before, 'America/New_York').minutes).toBe(540);
    expect(toLocal(after, 'America/New_York').minutes).toBe(540);
    expect(after.getTime() - before.getTime()).toBe((48 - 1) * 3600_000);
  });

  it('adds days and counts days between calendar dates, and rejects impossible dates', () => {
    expect(addDays('2026-06-21', 21)).toBe('2026-07-12');
    expect(daysBetween('2026-06-21', '2026-07-19')).toBe(28);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('x2028-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29x')).toBe(false);
    expect(isIsoDate('2028-2-9')).toBe(false);
  });
});
