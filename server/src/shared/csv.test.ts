import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  binaryKind,
  CsvRecordCounter,
  decodeCsv,
  encodeCsv,
  mapHeader,
  parseCsv,
  parseCsvDate,
  parseCsvLocalDateTime,
} from './csv.js';

describe('reading CSV files', () => {
  it('detects Shift_JIS, UTF-8 with a BOM and UTF-8 without one', () => {
    const text = '接種券番号,生年月日\r\n０１２３４５６７８９,1980/05/05\r\n';
    expect(decodeCsv(iconv.encode(text, 'cp932'))).toEqual({ text, encoding: 'CP932' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'UTF-8',
    });
    expect(decodeCsv(Buffer.from(text))).toEqual({ text, encoding: 'UTF-8' });
  });

  it('parses quoted cells with commas, quotes and line breaks and reports where each record starts', () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n,,\nlast,1');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 7, cells: ['last', '1'] },
    ]);
  });

  it('stops parsing at the record cap', () => {
    expect(parseCsv('a\nb\nc\nd\n', 2)).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b'] },
    ]);
  });

  it('counts records from bytes as they arrive exactly as the parser finds them, whatever the chunk borders', () => {
    const samples = [
      'a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n,,\nlast,1',
      '接種券番号,生年月日\r\n"０１２３\r\n4",1980/05/05\r\n\r\n" ",""\r\nx""y,"a""\nb"\r',
      '"unterminated\n,\n',
      'only\r\rcr\rends',
    ];
    for (const text of samples) {
      for (const bytes of [Buffer.from(text), iconv.encode(text, 'cp932')]) {
        for (const size of [1, 2, 3, 7, bytes.length]) {
          const counter = new CsvRecordCounter();
          for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
          expect(counter.finish(), `${JSON.stringify(text)} in chunks of ${size}`).toBe(
            parseCsv(text).length,
          );
        }
      }
    }
  });

  it('recognises images, PDFs, Excel workbooks, UTF-16 and NUL bytes as not CSV', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(binaryKind(png)).toBe('a PNG image');
    expect(binaryKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatch(/Excel/);
    expect(binaryKind(Buffer.from('%PDF-1.7'))).toBe('a PDF document');
    expect(binaryKind(Buffer.from('GIF89a'))).toBe('a GIF image');
    expect(binaryKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('a JPEG image');
    expect(binaryKind(Buffer.from('a,b\n\0'))).toMatch(/NUL/);
    expect(binaryKind(iconv.encode('接種券番号,生年月日\r\n', 'cp932'))).toBeNull();
    expect(binaryKind(Buffer.from('\ufeff接種券番号,生年月日\r\n'))).toBeNull();
  });

  it('maps Japanese and English headers, full-width included, to one column name', () => {
    const aliases = {
      number: ['接種券番号', 'ticket_number'],
      birthDate: ['生年月日', 'birth_date'],
    } as const;
    expect(mapHeader(['Ticket Number', '生年月日'], aliases)).toEqual({
      index: { number: 0, birthDate: 1 },
      duplicated: [],
    });
    expect(mapHeader(['ｔｉｃｋｅｔ＿ｎｕｍｂｅｒ', '接種券番号'], aliases).duplicated).toEqual(['number']);
  });

  it('reads YYYY/MM/DD, YYYY-MM-DD and full-width dates, and refuses impossible ones', () => {
    expect(parseCsvDate('1980/5/5')).toBe('1980-05-05');
    expect(parseCsvDate('１９８０－０５－０５')).toBe('1980-05-05');
    expect(parseCsvDate('1980年5月5日')).toBe('1980-05-05');
    expect(parseCsvDate('2021/02/29')).toBeNull();
    expect(parseCsvDate('05/05/1980')).toBeNull();
    expect(parseCsvLocalDateTime('2026/07/01 9:30')).toEqual({ date: '2026-07-01', minutes: 570 });
    expect(parseCsvLocalDateTime('2026-07-01T24:00')).toBeNull();
  });
});

describe('writing CSV files', () => {
  it('writes UTF-8 with a BOM and CRLF, or CP932 on request', () => {
    const utf8 = encodeCsv([['名前', 'a,b']], 'UTF8_BOM');
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.subarray(3).toString('utf8')).toBe('名前,"a,b"\r\n');
    expect(iconv.decode(encodeCsv([['名前']], 'CP932'), 'cp932')).toBe('名前\r\n');
  });

  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    const text = encodeCsv(
      [['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok']],
      'UTF8_BOM',
    )
      .subarray(3)
      .toString('utf8');
    expect(text).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-1,'@SUM(A1),'\tx,"'\rx",ok\r\n`);
  });
});
