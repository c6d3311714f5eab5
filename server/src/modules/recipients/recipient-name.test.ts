import { describe, expect, it } from 'vitest';
import { BadInput } from '../../shared/errors.js';
import { recipientName } from './recipient-name.js';

const refusal = (value: string, allowLatin: boolean) => {
  try {
    recipientName(value, 'familyNameKana', allowLatin);
  } catch (error) {
    return error;
  }
  return null;
};

describe('a recipient name', () => {
  it('in katakana is accepted whatever the site allows, half-width and ideographic spaces normalised', () => {
    for (const allowLatin of [false, true]) {
      expect(recipientName('ヤマダ', 'f', allowLatin)).toBe('ヤマダ');
      expect(recipientName(' ﾔﾏﾀﾞ ', 'f', allowLatin)).toBe('ヤマダ');
      expect(recipientName('ヤマダ　タロウ', 'f', allowLatin)).toBe('ヤマダ タロウ');
    }
  });

  it('in Latin letters is accepted as typed where the site allows it, never turned into kana', () => {
    expect(recipientName('Smith', 'f', true)).toBe('Smith');
    expect(recipientName("O'Brien", 'f', true)).toBe("O'Brien");
    expect(recipientName('Smith-Jones', 'f', true)).toBe('Smith-Jones');
    expect(recipientName('St. John', 'f', true)).toBe('St. John');
    expect(recipientName('mary ann', 'f', true)).toBe('mary ann');
  });

  it('in full-width Latin letters is normalised to ASCII, a typographic apostrophe to the ASCII one', () => {
    expect(recipientName('Ｓｍｉｔｈ', 'f', true)).toBe('Smith');
    expect(recipientName('Ｏ’Ｂｒｉｅｎ', 'f', true)).toBe("O'Brien");
    expect(recipientName('O‘Brien', 'f', true)).toBe("O'Brien");
  });

  it('in Latin letters is refused naming the field where the site does not allow it', () => {
    for (const value of ['Smith', 'Ｓｍｉｔｈ']) {
      const error = refusal(value, false);
      expect(error).toBeInstanceOf(BadInput);
      expect((error as BadInput).details).toEqual({ field: 'familyNameKana' });
      expect((error as BadInput).message).toBe('Write the name in katakana');
    }
  });

  it('mixing scripts, in kanji or hiragana, or starting like a spreadsheet formula is refused', () => {
    for (const value of [
      'Smith スミス',
      '山田',
      'やまだ',
      '-Smith',
      "'Smith",
      '.Smith',
      'Smith1',
      '=1+1',
      '',
      '   ',
    ]) {
      const error = refusal(value, true);
      expect(error, value).toBeInstanceOf(BadInput);
      expect((error as BadInput).message).toBe('Write the name in katakana or in Latin letters');
    }
  });

  it('has at most 50 characters after normalisation', () => {
    expect(recipientName('A'.repeat(50), 'f', true)).toHaveLength(50);
    expect(refusal('A'.repeat(51), true)).toBeInstanceOf(BadInput);
  });
});
