import { describe, expect, it } from 'vitest';
import { siteDateTime } from './format';

describe('a moment in the admin tables', () => {
  it('reads 2026/12/07 09:30 on the site wall clock, whatever the browser zone', () => {
    expect(siteDateTime('2026-12-07T00:30:00Z', 'Asia/Tokyo')).toBe('2026/12/07 09:30');
    expect(siteDateTime('2026-12-06T15:30:00Z', 'Asia/Tokyo')).toBe('2026/12/07 00:30');
    expect(siteDateTime('2026-12-07T00:30:00Z', 'UTC')).toBe('2026/12/07 00:30');
  });

  it('is empty for a moment that has not happened', () => {
    expect(siteDateTime(null, 'Asia/Tokyo')).toBe('');
  });
});
