import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from './spelling.js';

describe('the spelling corrector', () => {
  const words = new Map([
    ['appointment', 5],
    ['cancel', 4],
    ['phone', 3],
    ['where', 1],
    ['wear', 1],
    ['キャンセル', 2],
  ]);
  const corrector = new SpellingCorrector(words);

  it('corrects a dropped, added, changed or swapped letter to a word it knows', () => {
    expect(corrector.correct('appointmnet')).toBe('appointment');
    expect(corrector.correct('apointment')).toBe('appointment');
    expect(corrector.correct('cancle')).toBe('cancel');
    expect(corrector.correct('wheer')).toBe('where');
    expect(corrector.correct('キャンセレ')).toBe('キャンセル');
  });

  it('leaves known words, short words, far words and other first letters alone', () => {
    expect(corrector.correct('wear')).toBe('wear');
    expect(corrector.correct('cnl')).toBe('cnl');
    expect(corrector.correct('weather')).toBe('weather');
    expect(corrector.correct('iphone')).toBe('iphone');
    expect(corrector.knows('phone')).toBe(true);
    expect(corrector.knows('iphone')).toBe(false);
  });
});
