/** Where a site's terms switch to English: the default terms' own heading (server/src/modules/sites/default-terms.ts). */
const ENGLISH_HEADING = /^\s*\[Terms of use\]\s*$/im;

/**
 * The part of a site's terms in the page's language: terms with an English section ("[Terms of use]", as the
 * default terms have) are shown in Japanese or in English; terms in one language only are shown whole.
 */
export function termsInLanguage(terms: string, language: 'ja' | 'en'): string {
  const match = ENGLISH_HEADING.exec(terms);
  if (!match) return terms;
  const japanese = terms.slice(0, match.index).trim();
  const english = terms.slice(match.index).trim();
  if (!japanese) return english;
  return language === 'en' ? english : japanese;
}
