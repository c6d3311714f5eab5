import { describe, expect, it } from 'vitest';
import { eraOf, readBirthDate } from './birth-date';

const TODAY = '2026-12-03';
const iso = (typed: string) => {
  const reading = readBirthDate(typed, TODAY);
  return reading.ok ? reading.iso : reading.reason;
};

describe('reading a typed birth date', () => {
  it('reads the common ways of writing 1 April 1960 as the same date', () => {
    for (const typed of [
      '19600401',
      '1960/4/1',
      '1960-04-01',
      '1960.4.1',
      '1960 4 1',
      '1960年4月1日',
      '昭和35年4月1日',
      '昭和３５年４月１日',
      '１９６０／０４／０１',
      'S35.4.1',
      's35/4/1',
      ' 昭和35年 4月 1日 ',
    ])
      expect(iso(typed), typed).toBe('1960-04-01');
  });

  it('reads the first year of an era written 元年 and the days around an era change', () => {
    expect(iso('平成元年1月8日')).toBe('1989-01-08');
    expect(iso('昭和64年1月7日')).toBe('1989-01-07');
    expect(iso('H1.1.8')).toBe('1989-01-08');
    expect(iso('令和元年5月1日')).toBe('2019-05-01');
  });

  it('refuses dates that do not exist instead of moving them to another day', () => {
    expect(iso('1960/2/30')).toBe('noSuchDate');
    expect(iso('19601301')).toBe('noSuchDate');
    expect(iso('昭和64年2月1日')).toBe('noSuchDate');
    expect(iso('平成31年5月1日')).toBe('noSuchDate');
  });

  it('refuses what is no date and what no living person was born on', () => {
    expect(iso('')).toBe('empty');
    expect(iso('0401')).toBe('format');
    expect(iso('35年4月1日')).toBe('format');
    expect(iso('1960/4')).toBe('format');
    expect(iso('0041-04-01')).toBe('outOfRange');
    expect(iso('1899-12-31')).toBe('outOfRange');
    expect(iso('2026-12-04')).toBe('outOfRange');
  });

  it('names the era of a date for the read-back', () => {
    const reading = readBirthDate('19600401', TODAY);
    expect(reading).toMatchObject({ ok: true, year: 1960, month: 4, day: 1, era: '昭和35年' });
    expect(eraOf('1989-01-08')).toBe('平成元年');
  });
});
