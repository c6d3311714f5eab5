import { describe, expect, it } from 'vitest';
import { nameError, normalizeName } from './name-input';

describe('a name on the registration form', () => {
  it('in katakana is taken on every site', () => {
    for (const allowLatin of [false, true]) {
      expect(nameError('ヤマダ', allowLatin)).toBeNull();
      expect(nameError('ﾔﾏﾀﾞ', allowLatin)).toBeNull();
      expect(nameError('ヤマダ　タロウ', allowLatin)).toBeNull();
    }
  });

  it('in Latin letters is taken where the site allows it, full-width and with a typographic apostrophe too', () => {
    for (const name of ['Smith', "O'Brien", 'O’Brien', 'Smith-Jones', 'St. John', 'Ｓｍｉｔｈ']) {
      expect(nameError(name, true), name).toBeNull();
    }
    expect(normalizeName(' Ｏ’Ｂｒｉｅｎ ')).toBe("O'Brien");
  });

  it('in Latin letters is refused where the site does not allow it, saying that Latin is the problem', () => {
    expect(nameError('Smith', false)).toBe('register.error.latinNotAllowed');
    expect(nameError('Ｓｍｉｔｈ', false)).toBe('register.error.latinNotAllowed');
    expect(nameError('Smith スミス', false)).toBe('register.error.latinNotAllowed');
    expect(nameError('山田', false)).toBe('register.error.kana');
    expect(nameError(' ', false)).toBe('login.error.required');
  });

  it('mixed, in kanji, empty or starting with punctuation is refused where Latin is allowed', () => {
    for (const name of ['Smith スミス', '山田', '-Smith', 'John3']) {
      expect(nameError(name, true), name).toBe('register.error.kanaOrLatin');
    }
    expect(nameError('A'.repeat(51), true)).toBe('register.error.nameLength');
  });
});
