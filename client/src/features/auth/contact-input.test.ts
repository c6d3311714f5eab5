import { describe, expect, it } from 'vitest';
import {
  emailLooksValid,
  fieldOfError,
  normalizeEmail,
  normalizePhone,
  phoneLooksValid,
} from './contact-input';

describe('contact details typed on a Japanese keyboard', () => {
  it('a full-width ＠ and full-width letters make a valid address', () => {
    expect(normalizeEmail(' ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ ')).toBe('hanako@example.jp');
    expect(emailLooksValid(normalizeEmail('hanako＠example.jp'))).toBe(true);
    expect(emailLooksValid('hanako@example')).toBe(false);
    expect(emailLooksValid('hanako.example.jp')).toBe(false);
  });

  it('full-width digits and a long-vowel mark for the hyphen make a valid phone number', () => {
    expect(normalizePhone('０９０ー１２３４ー５６７８')).toBe('090-1234-5678');
    expect(phoneLooksValid(normalizePhone('０９０ー１２３４ー５６７８'))).toBe(true);
    expect(phoneLooksValid('12345')).toBe(false);
  });
});

describe('which field an error is about', () => {
  it('reads our own field, or the deepest property of a validation error', () => {
    expect(fieldOfError({ code: 'BAD_USER_INPUT', field: 'familyNameKana' })).toBe('familyNameKana');
    expect(
      fieldOfError({
        code: 'BAD_USER_INPUT',
        validationErrors: [{ property: 'input', children: [{ property: 'email', constraints: {} }] }],
      }),
    ).toBe('email');
    expect(fieldOfError({ code: 'BAD_USER_INPUT' })).toBe(null);
  });
});
