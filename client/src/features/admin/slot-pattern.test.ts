import { describe, expect, it } from 'vitest';
import { previewPattern, ticketsCsvOf } from './slot-pattern';

describe('the slot pattern preview', () => {
  it('lists every chosen weekday with slots that end by the closing time, as generateSlots creates them', () => {
    const preview = previewPattern({
      fromDate: '2026-12-04', // a Friday
      toDate: '2026-12-10',
      weekdays: [1, 5], // Monday and Friday
      dayStart: '09:00',
      dayEnd: '10:40',
      slotMinutes: 30,
      capacity: 4,
    });
    expect(preview.days.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-07']);
    expect(preview.days[0]!.times).toEqual([
      { start: '09:00', end: '09:30' },
      { start: '09:30', end: '10:00' },
      { start: '10:00', end: '10:30' },
    ]);
    expect(preview).toMatchObject({ slotCount: 6, perDay: 3, places: 24 });
  });

  it('creates nothing when the day ends before it starts or the last day is before the first', () => {
    const base = { weekdays: [0, 1, 2, 3, 4, 5, 6], slotMinutes: 30, capacity: 1 };
    expect(
      previewPattern({
        ...base,
        fromDate: '2026-12-04',
        toDate: '2026-12-05',
        dayStart: '10:00',
        dayEnd: '09:00',
      }).slotCount,
    ).toBe(0);
    expect(
      previewPattern({
        ...base,
        fromDate: '2026-12-05',
        toDate: '2026-12-04',
        dayStart: '09:00',
        dayEnd: '10:00',
      }).slotCount,
    ).toBe(0);
  });
});

describe('typed ticket numbers', () => {
  it('become a VALID_TICKETS CSV with Japanese headers; full-width digits and slashes are accepted', () => {
    expect(ticketsCsvOf('1234567890, 1980-04-01\n\n１２３４５６７８９１ 1975/1/2\n')).toEqual({
      csv: '接種券番号,生年月日\r\n1234567890,1980-04-01\r\n1234567891,1975-1-2\r\n',
      count: 2,
      typedLines: [1, 3],
    });
  });

  it('names every line that is not a number and a birth date', () => {
    expect(ticketsCsvOf('1234567890, 1980-04-01\n12345, 1980-04-01\n\nabc')).toEqual({ badLines: [2, 4] });
    expect(ticketsCsvOf('   ')).toEqual({ badLines: [1] });
  });
});
