import { describe, expect, it } from 'vitest';
import {
  PASSWORD_ALPHABET,
  isValidProvisionalNumber,
  newInitialPassword,
  newProvisionalNumber,
  provisionalCheckDigit,
} from './provisional-number.js';

describe('provisional ticket numbers (Damm)', () => {
  it('computes the check digit of a known body', () => {
    // The published example: 572 → check digit 4; leading zeros do not change the digit.
    expect(provisionalCheckDigit('000000572')).toBe(4);
    expect(isValidProvisionalNumber('0000005724')).toBe(true);
  });

  it('catches every single-digit typo and every swap of neighbouring digits of issued numbers', () => {
    for (let n = 0; n < 200; n++) {
      const number = newProvisionalNumber();
      expect(isValidProvisionalNumber(number)).toBe(true);
      for (let position = 0; position < 10; position++) {
        for (let digit = 0; digit < 10; digit++) {
          if (String(digit) === number[position]) continue;
          const typo = number.slice(0, position) + String(digit) + number.slice(position + 1);
          expect(isValidProvisionalNumber(typo)).toBe(false);
        }
        if (position < 9 && number[position] !== number[position + 1]) {
          const swapped =
            number.slice(0, position) +
            number[position + 1]! +
            number[position]! +
            number.slice(position + 2);
          expect(isValidProvisionalNumber(swapped)).toBe(false);
        }
      }
    }
  });

  it('refuses a body that is not nine digits and numbers that are not ten digits', () => {
    expect(() => provisionalCheckDigit('00000057')).toThrow('9 digits');
    expect(() => provisionalCheckDigit('0000005720')).toThrow('9 digits');
    expect(() => provisionalCheckDigit('x000000572')).toThrow('9 digits');
    expect(() => provisionalCheckDigit('00000057x')).toThrow('9 digits');
    expect(isValidProvisionalNumber('000005724')).toBe(false);
    expect(isValidProvisionalNumber('00000005724')).toBe(false);
    expect(isValidProvisionalNumber('x0000005724')).toBe(false);
    expect(isValidProvisionalNumber('0000005724x')).toBe(false);
  });

  it('makes initial passwords of the asked length', () => {
    expect(newInitialPassword(16)).toHaveLength(16);
    expect(newInitialPassword(0)).toBe('');
  });

  it('makes initial passwords only from the unambiguous alphabet', () => {
    const password = newInitialPassword();
    expect(password).toHaveLength(10);
    expect([...password].every((c) => PASSWORD_ALPHABET.includes(c))).toBe(true);
    expect(PASSWORD_ALPHABET).not.toMatch(/[01OIL]/);
  });
});
