import { describe, expect, it } from 'vitest';
import { municipalityCodeIsValid, normalizeDigits } from '../auth/ticket-input';
import { nextBooking } from './booking-rules';

const r = (dose: number, status: string) => ({
  dose,
  status,
  startsAt: `2026-06-0${dose}T01:00:00Z`,
  vaccineId: 'v',
  vaccineDoses: 2,
});

describe('what a recipient books next', () => {
  it('is dose 1 with nothing active, dose 2 after dose 1, nothing after the last dose', () => {
    expect(nextBooking([])).toEqual({ kind: 'first' });
    expect(nextBooking([r(1, 'CANCELLED')])).toEqual({ kind: 'first' });
    expect(nextBooking([r(1, 'BOOKED')])).toEqual({
      kind: 'next',
      dose: 2,
      vaccineId: 'v',
      previousStartsAt: '2026-06-01T01:00:00Z',
    });
    expect(nextBooking([r(1, 'VACCINATED'), r(2, 'BOOKED')])).toEqual({ kind: 'done' });
  });

  it('is dose 1 again when dose 1 was cancelled while a later dose is still booked', () => {
    expect(nextBooking([r(1, 'CANCELLED'), r(2, 'BOOKED')])).toEqual({ kind: 'first' });
    expect(nextBooking([r(1, 'CANCELLED'), r(2, 'CANCELLED')])).toEqual({ kind: 'first' });
  });
});

describe('ticket input', () => {
  it('accepts municipality codes whose check digit matches and refuses the others', () => {
    expect(municipalityCodeIsValid('131016')).toBe(true);
    expect(municipalityCodeIsValid('011002')).toBe(true);
    expect(municipalityCodeIsValid('131017')).toBe(false);
    expect(municipalityCodeIsValid('13101')).toBe(false);
  });

  it('turns full-width digits typed on a Japanese keyboard into ASCII', () => {
    expect(normalizeDigits('１２３４ ５６７８９０')).toBe('1234567890');
  });
});
