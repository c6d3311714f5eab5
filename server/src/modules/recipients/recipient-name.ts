import { badInput } from '../../shared/errors.js';

// Katakana, the long-vowel mark, the middle dot, and spaces (NFKC has made U+3000 an ASCII space).
const KATAKANA = /^[ァ-ヶー・ ]+$/u;
// Latin letters with spaces, hyphens, apostrophes and periods between them: "O'Brien", "Smith-Jones",
// "St. John", "Jr."; it starts with a letter so that no CSV cell can begin like a formula.
const LATIN = /^[A-Za-z][A-Za-z .'-]*$/;
// Typographic apostrophes (a phone's keyboard writes O’Brien) are the ASCII one; NFKC leaves them.
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;
/** The longest name, as the input's own limit (RegisterRecipientInput). */
export const NAME_MAX_LENGTH = 50;

export type NameScript = 'KATAKANA' | 'LATIN';

/**
 * A name search in Latin letters as its letters only, lower-cased ("O'Bri" → "obri"): the searches compare
 * it with the stored name's letters (spaces, periods, hyphens and apostrophes left out), in any case. Null
 * when the text is not one.
 */
export function latinNameQuery(text: string): string | null {
  const query = text.normalize('NFKC').replace(APOSTROPHES, "'").replace(/\s/g, '');
  return /^[A-Za-z][A-Za-z.'-]*$/.test(query) ? query.replace(/[.'-]/g, '').toLowerCase() : null;
}

/** The SQL of a stored name's letters (`family || given` of the row `alias`) as latinNameQuery compares them. */
export const nameLettersSql = (alias: string) =>
  `translate(${alias}.family_name_kana || ${alias}.given_name_kana, ' ' || chr(12288) || '.''-', '')`;

/**
 * A family or given name as it is stored: NFKC (full-width Latin and half-width kana become their usual
 * forms), trimmed, in katakana, or in Latin letters where the site allows them. Latin is never turned into
 * kana. A name the site does not accept is refused naming the field.
 */
export function recipientName(value: string, field: string, allowLatin: boolean): string {
  const normalized = value.normalize('NFKC').replace(APOSTROPHES, "'").trim();
  const script = scriptOf(normalized);
  if (script === 'KATAKANA' || (script === 'LATIN' && allowLatin)) {
    if (normalized.length > NAME_MAX_LENGTH)
      throw badInput(`A name has at most ${NAME_MAX_LENGTH} characters`, field);
    return normalized;
  }
  throw badInput(
    allowLatin ? 'Write the name in katakana or in Latin letters' : 'Write the name in katakana',
    field,
  );
}

/** Which script a normalised name is written in, or null when it is neither (or a mix). */
export function scriptOf(normalized: string): NameScript | null {
  if (KATAKANA.test(normalized)) return 'KATAKANA';
  if (LATIN.test(normalized)) return 'LATIN';
  return null;
}
