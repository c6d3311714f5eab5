import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateBytes } from './templates';

describe('template CSVs', () => {
  it.each(Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[])(
    'the %s template in Shift_JIS is its header line as CP932 encodes it, and in UTF-8 the same text after a BOM',
    (kind) => {
      const { header } = TEMPLATES[kind];
      expect(Buffer.from(templateBytes(kind, 'CP932'))).toEqual(iconv.encode(`${header}\r\n`, 'cp932'));
      const utf8 = templateBytes(kind, 'UTF8_BOM');
      expect([...utf8.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(utf8.slice(3))).toBe(`${header}\r\n`);
    },
  );
});
