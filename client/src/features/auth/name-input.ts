import type { MessageKey } from '../../i18n/i18n';

// The server's rules (server/src/modules/recipients/recipient-name.ts): katakana, or Latin letters where the
// site allows them; NFKC first, typographic apostrophes as the ASCII one.
const KATAKANA = /^[ァ-ヶー・ ]+$/u;
const LATIN = /^[A-Za-z][A-Za-z .'-]*$/;
const LATIN_LETTER = /[A-Za-z]/;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;
const MAX_LENGTH = 50;

/** A name as the server will store it. */
export function normalizeName(value: string): string {
  return value.normalize('NFKC').replace(APOSTROPHES, "'").trim();
}

/**
 * What is wrong with a family or given name, as a booking-app message key, or null when the site takes it:
 * katakana always, Latin letters only where the site allows them (refused there with a message saying so).
 */
export function nameError(value: string, allowLatin: boolean): MessageKey | null {
  const name = normalizeName(value);
  if (!name) return 'login.error.required';
  if (name.length > MAX_LENGTH) return 'register.error.nameLength';
  if (KATAKANA.test(name)) return null;
  if (LATIN.test(name)) return allowLatin ? null : 'register.error.latinNotAllowed';
  if (allowLatin) return 'register.error.kanaOrLatin';
  // Latin letters among the rest: say that Latin is the part the site does not take.
  return LATIN_LETTER.test(name) ? 'register.error.latinNotAllowed' : 'register.error.kana';
}
