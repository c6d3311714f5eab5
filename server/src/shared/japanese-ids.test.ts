import { describe, expect, it } from 'vitest';
import {
  isTicketNumber,
  isValidMunicipalityCode,
  municipalityCheckDigit,
  normalizeDigits,
  parseTicketLine,
  recordFieldProblem,
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
    expect(isValidMunicipalityCode('1310166')).toBe(false);
    expect(isValidMunicipalityCode('x131016')).toBe(false);
  });

  it('weighs each digit by its position and wraps remainders 0 and 1 to check digits 1 and 0', () => {
    expect(municipalityCheckDigit('00000')).toBe(1);
    expect(municipalityCheckDigit('00006')).toBe(0);
    expect(municipalityCheckDigit('10000')).toBe(5);
    expect(municipalityCheckDigit('00001')).toBe(9);
    expect(municipalityCheckDigit('27100')).toBe(4);
    expect(isValidMunicipalityCode('000001')).toBe(true);
    expect(isValidMunicipalityCode('000060')).toBe(true);
  });

  it('refuses a body that is not exactly five digits', () => {
    expect(() => municipalityCheckDigit('1310')).toThrow('5 digits');
    expect(() => municipalityCheckDigit('131011')).toThrow('5 digits');
    expect(() => municipalityCheckDigit('1310a')).toThrow('5 digits');
    expect(() => municipalityCheckDigit('x13101')).toThrow('5 digits');
  });
});

describe('ticket numbers', () => {
  it('normalises full-width digits and separators before validating', () => {
    expect(normalizeDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeDigits('0123-456 789')).toBe('0123456789');
    expect(isTicketNumber('0123456789')).toBe(true);
    expect(isTicketNumber('012345678')).toBe(false);
  });

  it('drops full-width hyphens, long vowel marks and any white space, and keeps everything else', () => {
    expect(normalizeDigits('０１２－３４５ー６７\t８\n９')).toBe('0123456789');
    expect(normalizeDigits('12a3')).toBe('12a3');
    expect(isTicketNumber('01234567890')).toBe(false);
    expect(isTicketNumber('a0123456789')).toBe(false);
    expect(isTicketNumber('0123456789a')).toBe(false);
  });
});

describe('the 18-digit ticket line', () => {
  it('reads type, dose, municipality code and number, from full-width digits with spaces too', () => {
    expect(parseTicketLine('１１ 131016 0000012345')).toEqual({
      ok: true,
      line: { type: '1', dose: '1', municipalityCode: '131016', number: '0000012345' },
    });
  });

  it('names what is wrong: the length, a letter, the municipality check digit', () => {
    expect(parseTicketLine('11131016000001234')).toEqual({ ok: false, problem: 'LENGTH' });
    expect(parseTicketLine('11131016000001234A')).toEqual({ ok: false, problem: 'NOT_DIGITS' });
    expect(parseTicketLine('111310170000012345')).toEqual({ ok: false, problem: 'MUNICIPALITY_CHECK_DIGIT' });
  });
});

describe('fields of the national record layout', () => {
  it('counts characters, not bytes, and refuses what starts like a formula', () => {
    expect(recordFieldProblem('武田/モデルナ', 20)).toBeUndefined();
    expect(recordFieldProblem('あ'.repeat(21), 20)).toMatch(/At most 20/);
    for (const start of ['=', '+', '-', '@'])
      expect(recordFieldProblem(`${start}1`, 20)).toMatch(/May not start/);
  });
});
