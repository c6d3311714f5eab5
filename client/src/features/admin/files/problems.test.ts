import { describe, expect, it } from 'vitest';
import { problemDetail } from './problems';

describe("an import row's refusal in the page's language", () => {
  it('is said in Japanese on a Japanese page, with the line numbers the admin sees', () => {
    expect(problemDetail('Ticket 1234567890 is already on line 2', 'ja', (n) => n - 1)).toBe(
      '接種券番号 1234567890 は 1 行目にもあります。',
    );
    expect(problemDetail('The header has no 生年月日 column (birth_date / 生年月日)', 'ja')).toBe(
      '見出しに「生年月日」の列がありません（birth_date / 生年月日）。',
    );
  });

  it('leaves out a sentence it has no Japanese for, and keeps English as the API wrote it', () => {
    expect(problemDetail('Something new', 'ja')).toBe('');
    expect(problemDetail('Ticket 1234567890 is already on line 3', 'en', (n) => n - 1)).toBe(
      'Ticket 1234567890 is already on line 2',
    );
  });
});
