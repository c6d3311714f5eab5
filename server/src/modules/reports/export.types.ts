import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export const CsvEncoding = { UTF8_BOM: 'UTF8_BOM', CP932: 'CP932' } as const;
export type CsvEncoding = (typeof CsvEncoding)[keyof typeof CsvEncoding];
registerEnumType(CsvEncoding, {
  name: 'CsvEncoding',
  description:
    'UTF8_BOM: UTF-8 with a byte order mark (Excel opens it right); CP932: Shift_JIS as Windows writes it',
});

@ObjectType({ description: 'A generated file: CSV with CRLF line ends, formula-like cells neutralised' })
export class ExportFile {
  @Field(() => String, { description: 'Suggested file name' })
  filename!: string;

  @Field(() => String, { description: 'MIME type, e.g. text/csv; charset=utf-8' })
  contentType!: string;

  @Field(() => CsvEncoding, { description: 'Character encoding of the bytes' })
  encoding!: CsvEncoding;

  @Field(() => Int, { description: 'Data rows (the header row not counted)' })
  rowCount!: number;

  @Field(() => String, { description: 'The file’s bytes, base64' })
  base64!: string;
}

export function exportFile(
  filename: string,
  bytes: Buffer,
  encoding: CsvEncoding,
  rowCount: number,
): ExportFile {
  return {
    filename,
    contentType: `text/csv; charset=${encoding === 'CP932' ? 'shift_jis' : 'utf-8'}`,
    encoding,
    rowCount,
    base64: bytes.toString('base64'),
  };
}
