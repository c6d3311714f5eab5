import { describe, expect, it } from 'vitest';
import { termsInLanguage } from './terms';

const both = '【利用規約】\n1. 本サイトは…\n\n[Terms of use]\n1. This site is…';

describe("a site's terms in the page's language", () => {
  it('shows the English section in English and the Japanese one in Japanese', () => {
    expect(termsInLanguage(both, 'en')).toBe('[Terms of use]\n1. This site is…');
    expect(termsInLanguage(both, 'ja')).toBe('【利用規約】\n1. 本サイトは…');
  });

  it('shows terms written in one language whole, whatever the language', () => {
    expect(termsInLanguage('【利用規約】\n1. 独自の規約', 'en')).toBe('【利用規約】\n1. 独自の規約');
    expect(termsInLanguage('[Terms of use]\n1. Ours', 'ja')).toBe('[Terms of use]\n1. Ours');
  });
});
