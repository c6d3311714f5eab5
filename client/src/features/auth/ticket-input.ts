/** Checks on what a person types from their ticket, before anything is sent. */

/** Municipality code check digit: s = 6a+5b+4c+3d+2e, r = s mod 11, check = (11 − r) mod 10. */
export function municipalityCodeIsValid(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 5).reduce((acc, digit, i) => acc + digit * (6 - i), 0);
  return (11 - (sum % 11)) % 10 === digits[5];
}

/** Full-width digits (０-９) typed on a Japanese keyboard become ASCII; spaces and hyphens go. */
export function normalizeDigits(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '');
}
