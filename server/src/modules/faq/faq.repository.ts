import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import type { FaqLinkTarget } from './knowledge-base.js';

export interface SiteEntryRow {
  id: string;
  site_id: string;
  position: number;
  enabled: boolean;
  question_ja: string;
  answer_ja: string;
  keywords_ja: string;
  question_en: string;
  answer_en: string;
  keywords_en: string;
  link: FaqLinkTarget | null;
  updated_at: string;
}

export interface SiteFaqState {
  entries: SiteEntryRow[];
  hidden: string[];
  contact: { contact_ja: string; contact_en: string } | null;
}

export interface EntryFields {
  questionJa: string;
  answerJa: string;
  keywordsJa: string;
  questionEn: string;
  answerEn: string;
  keywordsEn: string;
  link: FaqLinkTarget | null;
}

export interface UnansweredRow {
  language: 'JA' | 'EN';
  question: string;
  asked_count: number;
  first_asked_at: Date;
  last_asked_at: Date;
}

/** faq_entry, faq_hidden_entry, faq_site_contact, faq_unanswered: the FAQ module's own tables. */
export class FaqRepository {
  /** A site's entries (all, in order), hidden common entries and contact: one statement. */
  async siteState(em: EntityManager, siteId: string): Promise<SiteFaqState> {
    const row = await sqlOne<SiteFaqState>(
      em,
      `select
         (select coalesce(json_agg(e order by e.position, e.created_at), '[]'::json) from faq_entry e where e.site_id = ?) as entries,
         (select coalesce(json_agg(h.entry_key order by h.entry_key), '[]'::json) from faq_hidden_entry h where h.site_id = ?) as hidden,
         (select json_build_object('contact_ja', c.contact_ja, 'contact_en', c.contact_en) from faq_site_contact c where c.site_id = ?) as contact`,
      [siteId, siteId, siteId],
    );
    return row ?? { entries: [], hidden: [], contact: null };
  }

  async entryById(em: EntityManager, id: string): Promise<SiteEntryRow | undefined> {
    return sqlOne<SiteEntryRow>(em, `select * from faq_entry where id = ?`, [id]);
  }

  async insertEntry(em: EntityManager, siteId: string, fields: EntryFields): Promise<SiteEntryRow> {
    const row = await sqlOne<SiteEntryRow>(
      em,
      `insert into faq_entry (id, site_id, position, question_ja, answer_ja, keywords_ja, question_en, answer_en, keywords_en, link)
       values (?, ?, (select coalesce(max(position), 0) + 1 from faq_entry where site_id = ?), ?, ?, ?, ?, ?, ?, ?)
       returning *`,
      [
        randomUUID(),
        siteId,
        siteId,
        fields.questionJa,
        fields.answerJa,
        fields.keywordsJa,
        fields.questionEn,
        fields.answerEn,
        fields.keywordsEn,
        fields.link,
      ],
    );
    return row!;
  }

  async updateEntry(
    em: EntityManager,
    id: string,
    fields: Partial<EntryFields> & { enabled?: boolean },
  ): Promise<SiteEntryRow> {
    const columns: [string, unknown][] = [
      ['question_ja', fields.questionJa],
      ['answer_ja', fields.answerJa],
      ['keywords_ja', fields.keywordsJa],
      ['question_en', fields.questionEn],
      ['answer_en', fields.answerEn],
      ['keywords_en', fields.keywordsEn],
      ['link', fields.link],
      ['enabled', fields.enabled],
    ].filter(([, v]) => v !== undefined) as [string, unknown][];
    const row = await sqlOne<SiteEntryRow>(
      em,
      `update faq_entry set ${columns.map(([c]) => `${c} = ?, `).join('')}updated_at = clock_timestamp()
        where id = ? returning *`,
      [...columns.map(([, v]) => v), id],
    );
    return row!;
  }

  /** Positions follow the given order; the ids are the site's entries (checked by the service). */
  async reorder(em: EntityManager, siteId: string, ids: string[]): Promise<void> {
    await sql(
      em,
      `update faq_entry e set position = o.ord, updated_at = clock_timestamp()
         from unnest(?::uuid[]) with ordinality as o(id, ord)
        where e.id = o.id and e.site_id = ?`,
      [pgArray(ids), siteId],
    );
  }

  async setHidden(em: EntityManager, siteId: string, entryKey: string, hidden: boolean): Promise<void> {
    if (hidden)
      await sql(
        em,
        `insert into faq_hidden_entry (site_id, entry_key) values (?, ?) on conflict do nothing`,
        [siteId, entryKey],
      );
    else
      await sql(em, `delete from faq_hidden_entry where site_id = ? and entry_key = ?`, [siteId, entryKey]);
  }

  async setContact(em: EntityManager, siteId: string, contactJa: string, contactEn: string): Promise<void> {
    await sql(
      em,
      `insert into faq_site_contact (site_id, contact_ja, contact_en) values (?, ?, ?)
       on conflict (site_id) do update set contact_ja = excluded.contact_ja, contact_en = excluded.contact_en,
         updated_at = now()`,
      [siteId, contactJa, contactEn],
    );
  }

  /** Counts the question (already scrubbed); one statement, safe under concurrent askers. */
  async countUnanswered(
    em: EntityManager,
    siteId: string,
    language: 'JA' | 'EN',
    question: string,
  ): Promise<void> {
    await sql(
      em,
      `insert into faq_unanswered (site_id, language, question) values (?, ?, ?)
       on conflict (site_id, language, question)
       do update set asked_count = faq_unanswered.asked_count + 1, last_asked_at = now()`,
      [siteId, language, question],
    );
  }

  /** Most asked first; `after` is (count, question, language) of the last row seen. */
  async unanswered(
    em: EntityManager,
    siteId: string,
    first: number,
    after: [number, string, string] | undefined,
  ): Promise<UnansweredRow[]> {
    return sql<UnansweredRow>(
      em,
      `select language, question, asked_count, first_asked_at, last_asked_at from faq_unanswered
        where site_id = ? ${after ? `and (asked_count, question, language) < (?, ?, ?)` : ''}
        order by asked_count desc, question desc, language desc limit ?`,
      [siteId, ...(after ?? []), first + 1],
    );
  }

  async deleteUnansweredBefore(em: EntityManager, before: Date): Promise<number> {
    const rows = await sql<{ n: number }>(
      em,
      `with gone as (delete from faq_unanswered where last_asked_at < ? returning 1) select count(*)::int as n from gone`,
      [before],
    );
    return rows[0]?.n ?? 0;
  }
}
