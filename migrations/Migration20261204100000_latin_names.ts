import { Migration } from '@mikro-orm/migrations';

/**
 * A site may accept recipients' names in Latin letters besides katakana (issue 18); off unless an admin
 * switches it on, for existing and new sites alike. The roster finds a Latin
 * name by a prefix of its letters in any case: a small index of the names with Latin letters, their letters
 * lower-cased (recipients/recipient-name.ts, nameLettersSql).
 */
export class Migration20261204100000_latin_names extends Migration {
  override name = 'Migration20261204100000_latin_names';

  override up(): void {
    this.addSql(`alter table site add column allow_latin_names boolean not null default false`);
    this.addSql(
      `create index recipient_latin_prefix on recipient
        ((lower(translate(family_name_kana || given_name_kana, ' ' || chr(12288) || '.''-', ''))) text_pattern_ops)
        where (family_name_kana || given_name_kana) ~ '[A-Za-z]'`,
    );
  }

  override down(): void {
    this.addSql(`drop index recipient_latin_prefix`);
    this.addSql(`alter table site drop column allow_latin_names`);
  }
}
