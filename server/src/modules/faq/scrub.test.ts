import { describe, expect, it } from 'vitest';
import { scrubQuestion } from './scrub.js';

describe('an unanswered question before it is stored', () => {
  it('loses mail addresses, phone numbers, birth dates, ticket numbers and every other digit', () => {
    expect(scrubQuestion('hanako.yamada+x@example.co.jp に返事ください')).toBe('[mail] に返事ください');
    expect(scrubQuestion('電話 090-1234-5678 まで')).toBe('電話 [phone] まで');
    expect(scrubQuestion('生年月日 1980/05/05 で入れない')).toBe('生年月日 [date] で入れない');
    expect(scrubQuestion('昭和55年5月5日生まれです')).toBe('[date]生まれです');
    expect(scrubQuestion('券番号 1234567890 が通らない')).toBe('券番号 [number] が通らない');
    expect(scrubQuestion('１２歳の子の予約')).toBe('歳の子の予約');
    expect(scrubQuestion('room 3 at 10')).toBe('room at');
  });
});
