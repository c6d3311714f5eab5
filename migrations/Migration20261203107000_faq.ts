import { Migration } from '@mikro-orm/migrations';

/** The FAQ assistant (module faq): site entries, hidden common entries, the site's contact, unanswered questions. */
export class Migration20261203107000_faq extends Migration {
  override name = 'Migration20261203107000_faq';

  override up(): void {
    this.addSql(`create table faq_entry (
      id uuid primary key,
      site_id uuid not null references site (id) on delete cascade,
      position integer not null,
      enabled boolean not null default true,
      question_ja text not null,
      answer_ja text not null,
      keywords_ja text not null default '',
      question_en text not null,
      answer_en text not null,
      keywords_en text not null default '',
      link text null check (link in ('LOGIN', 'SELF_REGISTER', 'MY_PAGE', 'BOOK')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create index faq_entry_site_position on faq_entry (site_id, position)`);
    this.addSql(`create table faq_hidden_entry (
      site_id uuid not null references site (id) on delete cascade,
      entry_key text not null,
      hidden_at timestamptz not null default now(),
      primary key (site_id, entry_key)
    )`);
    this.addSql(`create table faq_site_contact (
      site_id uuid primary key references site (id) on delete cascade,
      contact_ja text not null,
      contact_en text not null,
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create table faq_unanswered (
      site_id uuid not null references site (id) on delete cascade,
      language text not null check (language in ('JA', 'EN')),
      question text not null,
      asked_count integer not null default 1,
      first_asked_at timestamptz not null default now(),
      last_asked_at timestamptz not null default now(),
      primary key (site_id, language, question)
    )`);
    this.addSql(`create index faq_unanswered_last_asked on faq_unanswered (last_asked_at)`);
  }
}
