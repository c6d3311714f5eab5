/** Rules for the numbers printed on Japanese vaccination tickets (see docs/domain.md). */

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Excel rosters often carry full-width digits and stray spaces or hyphens. */
export function normalizeDigits(value: string): string {
  return value
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-－ー]/g, '');
}

export function isTicketNumber(value: string): boolean {
  return /^[0-9]{10}$/.test(value);
}

/** 市町村コード check digit: s = 6a+5b+4c+3d+2e; r = s mod 11; check = (11 − r) mod 10. */
export function municipalityCheckDigit(fiveDigits: string): number {
  if (!/^[0-9]{5}$/.test(fiveDigits)) throw new Error('municipality code body must be 5 digits');
  const sum = [...fiveDigits].reduce((acc, digit, index) => acc + Number(digit) * (6 - index), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidMunicipalityCode(value: string): boolean {
  return /^[0-9]{6}$/.test(value) && municipalityCheckDigit(value.slice(0, 5)) === Number(value[5]);
}
