import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatDate, formatDateTime, formatSlotSpan, formatTimeRange } from './format';
import { ja } from './ja';

describe('dates written the Japanese way, in the site’s time zone', () => {
  it('writes an instant as 2026年6月21日(日) 10:00 on the Tokyo wall clock', () => {
    expect(formatDateTime('2026-06-21T01:00:00.000Z', 'Asia/Tokyo', 'ja')).toBe('2026年6月21日(日) 10:00');
  });

  it('crosses midnight by the site’s zone, not the machine’s', () => {
    expect(formatDateTime('2026-06-20T15:30:00.000Z', 'Asia/Tokyo', 'ja')).toBe('2026年6月21日(日) 00:30');
    expect(formatDate('2026-01-05', 'en')).toBe('Mon, January 5, 2026');
  });

  it('writes a time range with a wave dash in Japanese', () => {
    expect(formatTimeRange('2026-06-21T01:00:00Z', '2026-06-21T01:30:00Z', 'Asia/Tokyo', 'ja')).toBe(
      '10:00〜10:30',
    );
  });

  it('writes a slot as its day and times, the day by the site’s zone', () => {
    const slot = { startsAt: '2026-06-20T15:30:00Z', endsAt: '2026-06-20T16:00:00Z' };
    expect(formatSlotSpan(slot, 'Asia/Tokyo', 'ja')).toBe('2026年6月21日(日) 00:30〜01:00');
    expect(formatSlotSpan(slot, 'Asia/Tokyo', 'en')).toBe('Sun, June 21, 2026 00:30–01:00');
  });

  it('has every Japanese message in English too, with the same placeholders', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(ja[key]));
    }
  });
});
