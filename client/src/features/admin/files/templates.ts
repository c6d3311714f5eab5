import type { ImportKind } from '../gql/graphql';

/**
 * The header line of each kind's template CSV, with Japanese headers as the import reads them. The
 * Shift_JIS (CP932) bytes are fixed, so they are kept here ready-made (checked against iconv-lite by
 * templates.test.ts) instead of shipping an encoding table to the browser.
 */
export const TEMPLATES: Record<ImportKind, { header: string; cp932Base64: string; filename: string }> = {
  VALID_TICKETS: {
    header: '接種券番号,生年月日,市町村コード,社員番号,メールアドレス,個別宛名番号',
    cp932Base64:
      'kNqO7YyUlNSNhiyQtpROjI6T+iyOc5KskbqDUoFbg2gsjtCI9ZTUjYYsg4GBW4OLg0GDaIOMg1gsjMKVyoi2lryU1I2GDQo=',
    filename: '接種券テンプレート.csv',
  },
  BULK_BOOKING: {
    header: '接種券番号,会場,日時,回目,ワクチン',
    cp932Base64: 'kNqO7YyUlNSNhiyJ74/qLJP6jp4sifGW2iyDj4NOg2CDkw0K',
    filename: '一括予約テンプレート.csv',
  },
  ISSUANCE: {
    header: '枚数,メールアドレス,生年月日,社員番号,氏名',
    cp932Base64: 'loeQlCyDgYFbg4uDQYNog4yDWCyQtpROjI6T+iyO0Ij1lNSNhiyOgZa8DQo=',
    filename: '仮接種券発行テンプレート.csv',
  },
  REAL_TICKET_LINKS: {
    header: '仮接種券番号,接種券情報',
    cp932Base64: 'ibyQ2o7tjJSU1I2GLJDaju2MlI/ulfENCg==',
    filename: '本接種券紐付けテンプレート.csv',
  },
};

export type TemplateEncoding = 'CP932' | 'UTF8_BOM';

/** The template's bytes in the encoding the admin picked (UTF-8 with a BOM, so Excel reads it right). */
export function templateBytes(kind: ImportKind, encoding: TemplateEncoding): Uint8Array<ArrayBuffer> {
  const template = TEMPLATES[kind];
  if (encoding === 'CP932') {
    const text = atob(template.cp932Base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }
  const body = new TextEncoder().encode(`${template.header}\r\n`);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
