import { describe, expect, it } from 'vitest';
import { hiraganaToKatakana } from './kana-input';

describe('a name typed in hiragana', () => {
  it('becomes katakana, small kana and the long-vowel mark included', () => {
    expect(hiraganaToKatakana('やまだ')).toBe('ヤマダ');
    expect(hiraganaToKatakana('きょうこ')).toBe('キョウコ');
    expect(hiraganaToKatakana('ゆーこ')).toBe('ユーコ');
    expect(hiraganaToKatakana('ゔぃおら')).toBe('ヴィオラ');
  });

  it('leaves katakana, Latin letters and spaces as typed (romaji is never turned into kana)', () => {
    expect(hiraganaToKatakana('ヤマダ')).toBe('ヤマダ');
    expect(hiraganaToKatakana('Yamada')).toBe('Yamada');
    expect(hiraganaToKatakana('やまだ はなこ')).toBe('ヤマダ ハナコ');
    expect(hiraganaToKatakana('')).toBe('');
  });
});
