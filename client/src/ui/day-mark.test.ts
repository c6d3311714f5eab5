import { describe, expect, it } from 'vitest';
import { dayMark, FEW_LEFT } from './MonthCalendar';

describe('the mark a calendar day shows', () => {
  it('○ with free places, △ with few left, × when full, － when the day has no slots', () => {
    expect(dayMark({ state: 'available', remaining: FEW_LEFT + 1 })).toBe('○');
    expect(dayMark({ state: 'available', remaining: FEW_LEFT })).toBe('△');
    expect(dayMark({ state: 'available', remaining: 1 })).toBe('△');
    expect(dayMark({ state: 'full', remaining: 0 })).toBe('×');
    expect(dayMark({ state: 'none' })).toBe('－');
    expect(dayMark(undefined)).toBe('－');
  });
});
