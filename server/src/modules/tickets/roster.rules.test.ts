import { describe, expect, it } from 'vitest';
import { checkRosterRow, classifySearch } from './roster.rules.js';

const TODAY = '2026-12-03';

describe('a roster search string', () => {
  it('in katakana, hiragana or half-width kana is a name prefix with spaces removed', () => {
    expect(classifySearch('ヤマダ タ').kanaPrefix).toBe('ヤマダタ');
    expect(classifySearch('やまだ　た').kanaPrefix).toBe('ヤマダタ');
    expect(classifySearch('ﾔﾏﾀﾞ').kanaPrefix).toBe('ヤマダ');
  });

  it('in digits (full-width too) is a ticket number prefix and an external id prefix', () => {
    expect(classifySearch('１２３ ４')).toEqual({
      kanaPrefix: null,
      latinPrefix: null,
      numberPrefix: '1234',
      externalIdPrefix: '1234',
    });
    expect(classifySearch('12345678901')).toEqual({
      kanaPrefix: null,
      latinPrefix: null,
      numberPrefix: null,
      externalIdPrefix: '12345678901',
    });
  });

  it('in Latin letters (full-width too) is a prefix of a name’s letters in any case and an external id prefix', () => {
    expect(classifySearch("O'Bri")).toEqual({
      kanaPrefix: null,
      latinPrefix: 'obri',
      numberPrefix: null,
      externalIdPrefix: "O'Bri",
    });
    expect(classifySearch('Ｍａｒｙ Ａ').latinPrefix).toBe('marya');
  });

  it('anything else is an external id prefix; empty is no search', () => {
    expect(classifySearch('E-0012')).toEqual({
      kanaPrefix: null,
      latinPrefix: null,
      numberPrefix: null,
      externalIdPrefix: 'E-0012',
    });
    expect(classifySearch('  ')).toEqual({
      kanaPrefix: null,
      latinPrefix: null,
      numberPrefix: null,
      externalIdPrefix: null,
    });
  });
});

describe('a roster row', () => {
  const row = { ticketNumber: '0123456789', birthDate: '1980-01-01' };

  it('keeps omitted fields undefined (left as stored) and turns blank ones into null (cleared)', () => {
    const checked = checkRosterRow({ ...row, email: ' ', department: '' }, TODAY);
    expect(checked).toEqual({
      ok: true,
      row: {
        number: '0123456789',
        municipalityCode: null,
        birthDate: '1980-01-01',
        externalId: undefined,
        email: null,
        department: null,
      },
    });
  });

  it('normalizes full-width digits and hyphens, and lower-cases the address', () => {
    const checked = checkRosterRow({ ...row, ticketNumber: '０１２３-４５６７８９', email: 'A@B.JP' }, TODAY);
    expect(checked).toMatchObject({ ok: true, row: { number: '0123456789', email: 'a@b.jp' } });
  });

  it('is refused with the first reason it fails', () => {
    const code = (input: Parameters<typeof checkRosterRow>[0]) => {
      const checked = checkRosterRow(input, TODAY);
      return checked.ok ? 'OK' : checked.code;
    };
    expect(code({ ...row, ticketNumber: '123' })).toBe('INVALID_TICKET_NUMBER');
    expect(code({ ...row, municipalityCode: '131017' })).toBe('INVALID_MUNICIPALITY_CODE');
    expect(code({ ...row, municipalityCode: '131016' })).toBe('OK');
    expect(code({ ...row, birthDate: '2026-12-04' })).toBe('INVALID_BIRTH_DATE');
    expect(code({ ...row, birthDate: '1880-01-01' })).toBe('INVALID_BIRTH_DATE');
    expect(code({ ...row, externalId: ' ' })).toBe('INVALID_EXTERNAL_ID');
    expect(code({ ...row, externalId: 'x'.repeat(101) })).toBe('INVALID_EXTERNAL_ID');
    expect(code({ ...row, email: 'nobody' })).toBe('INVALID_EMAIL');
    expect(code({ ...row, department: 'x'.repeat(201) })).toBe('INVALID_DEPARTMENT');
  });
});
