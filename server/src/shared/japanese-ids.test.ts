import { describe, expect, it } from 'vitest';
import {
  isTicketNumber,
  isValidMunicipalityCode,
  municipalityCheckDigit,
  normalizeDigits,
} from './japanese-ids.js';

describe('municipality code check digit', () => {
  it('matches the published examples: 13101 → 131016, 01100 → 011002', () => {
    expect(municipalityCheckDigit('13101')).toBe(6);
    expect(municipalityCheckDigit('01100')).toBe(2);
    expect(isValidMunicipalityCode('131016')).toBe(true);
    expect(isValidMunicipalityCode('011002')).toBe(true);
  });

  it('rejects a code whose last digit is wrong or whose length is not six', () => {
    expect(isValidMunicipalityCode('131017')).toBe(false);
    expect(isValidMunicipalityCode('13101')).toBe(false);
    expect(isValidMunicipalityCode('13101a')).toBe(false);
  });
});

describe('ticket numbers', () => {
  it('normalises full-width digits and separators before validating', () => {
    expect(normalizeDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeDigits('0123-456 789')).toBe('0123456789');
    expect(isTicketNumber('0123456789')).toBe(true);
    expect(isTicketNumber('012345678')).toBe(false);
  });
});
