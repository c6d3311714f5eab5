import { randomInt } from 'node:crypto';

/**
 * Issued provisional ticket numbers: 9 random digits and a check digit by the Damm algorithm, a purely
 * decimal scheme that catches every single mistyped digit and every swap of two neighbouring digits
 * (Luhn misses 09 ↔ 90). Real municipal numbers carry no check digit, so only issued numbers are checked.
 */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

function dammInterim(digits: string): number {
  let interim = 0;
  for (const digit of digits) interim = DAMM[interim]![Number(digit)]!;
  return interim;
}

export function provisionalCheckDigit(nineDigits: string): number {
  if (!/^[0-9]{9}$/.test(nineDigits)) throw new Error('the body of a provisional number has 9 digits');
  return dammInterim(nineDigits);
}

export function isValidProvisionalNumber(value: string): boolean {
  return /^[0-9]{10}$/.test(value) && dammInterim(value) === 0;
}

export function newProvisionalNumber(): string {
  const body = String(randomInt(0, 1_000_000_000)).padStart(9, '0');
  return `${body}${provisionalCheckDigit(body)}`;
}

/** No 0/O, 1/I/L: a password read off paper or a phone screen is typed right the first time. */
export const PASSWORD_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 10 characters of a 31-letter alphabet: about 49.5 bits, behind login throttling. */
export function newInitialPassword(length = 10): string {
  let password = '';
  for (let i = 0; i < length; i++) password += PASSWORD_ALPHABET[randomInt(0, PASSWORD_ALPHABET.length)];
  return password;
}
