import type { EntityManager } from '@mikro-orm/postgresql';
import { requireSiteAdmin } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import type { ReservationService } from '../reservations/reservation.service.js';
import { findSiteByCode, requireSite, type Site } from '../sites/site.service.js';
import { slotsByIds } from '../slots/slot.service.js';
import { venuesByIds } from '../venues/venue.service.js';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { badInput, notFound } from '../../shared/errors.js';
import type { Clock } from '../../shared/clock.js';
import { Analyzer } from './analyzer.js';
import { placeholdersOf, render } from './faq-answer.js';
import { commonDocuments } from './faq-documents.js';
import {
  FaqEntrySource,
  type FaqAnswerView,
  type FaqEntryRefView,
  type FaqLanguage,
  type FaqReplyView,
  type FaqReservationView,
  type KnownEntry,
} from './faq.model.js';
import { FaqRepository, type EntryFields, type SiteEntryRow, type SiteFaqState } from './faq.repository.js';
import { commonEntries } from './knowledge-base.js';
import { analyseDocument, FaqRetriever, type FaqDocument } from './retriever.js';
import { scrubQuestion } from './scrub.js';

export interface AskFaq {
  siteCode: string;
  language: FaqLanguage;
  question?: string | null;
  /** Answer this entry (a suggested or nearest one the person picked) instead of searching. */
  entryId?: string | null;
}

interface SiteKnowledge {
  fingerprint: string;
  retriever: FaqRetriever;
  entries: Map<string, KnownEntry>;
}

const commonKnown: KnownEntry[] = commonEntries.map((e) => ({
  id: e.id,
  source: FaqEntrySource.COMMON,
  link: e.link ?? null,
  personal: e.personal ?? null,
  medical: e.medical ?? false,
  ja: { q: e.ja.q, a: e.ja.a },
  en: { q: e.en.q, a: e.en.a },
}));
const commonIds = new Set(commonEntries.map((e) => e.id));
const SUGGESTED = ['login-how', 'booking-how', 'change-date', 'bring'];
const MAX_CACHED_SITES = 200;

/**
 * The FAQ assistant: answers from the common knowledge base and the site's own entries, honestly — below
 * the confidence threshold it says it does not know, offers the nearest entries and the site's contact,
 * and counts the question (scrubbed) for the site's admins.
 */
export class FaqService {
  private readonly repository = new FaqRepository();
  private readonly sites = new Map<string, SiteKnowledge>();
  private commonAnalysed: Map<FaqDocument, ReturnType<typeof analyseDocument>> | undefined;

  constructor(
    private readonly reservations: ReservationService,
    private readonly clock: Clock,
    private readonly options: { unansweredRetentionDays: number },
  ) {}

  async ask(em: EntityManager, principal: Principal, input: AskFaq): Promise<FaqReplyView> {
    const site = await findSiteByCode(em, input.siteCode);
    if (!site) throw notFound('Site');
    const state = await this.repository.siteState(em, site.id);
    const knowledge = await this.knowledgeOf(site.id, state);
    const values = placeholdersOf(site, state.contact, input.language, this.clock.now());
    const contact = values.contact!;
    const ref = (e: KnownEntry): FaqEntryRefView => ({
      id: e.id,
      source: e.source,
      question: textOf(e, input.language).q,
    });

    if (input.entryId) {
      const entry = knowledge.entries.get(input.entryId);
      if (!entry) throw notFound('FAQ entry');
      return {
        answered: true,
        answer: await this.answerOf(em, principal, site, entry, input.language, values),
        nearest: [],
        contact,
      };
    }
    const question = (input.question ?? '').trim();
    if (!question) throw badInput('Ask a question or pick an entry', 'question');
    const { ranked, confident } = knowledge.retriever.search(question, 4);
    const found = ranked.map((m) => knowledge.entries.get(m.entryId)).filter((e): e is KnownEntry => !!e);
    if (!confident || !found[0]) {
      const kept = scrubQuestion(question);
      if (kept) await this.repository.countUnanswered(em, site.id, input.language, kept);
      return { answered: false, answer: null, nearest: found.slice(0, 3).map(ref), contact };
    }
    return {
      answered: true,
      answer: await this.answerOf(em, principal, site, found[0], input.language, values),
      nearest: found.slice(1, 4).map(ref),
      contact,
    };
  }

  /** Questions to start with: the site's first entries, then common ones the site has not hidden. */
  async suggestions(em: EntityManager, siteCode: string, language: FaqLanguage): Promise<FaqEntryRefView[]> {
    const site = await findSiteByCode(em, siteCode);
    if (!site) throw notFound('Site');
    const state = await this.repository.siteState(em, site.id);
    const own = state.entries
      .filter((e) => e.enabled)
      .slice(0, 2)
      .map(siteKnown);
    const common = commonKnown.filter((e) => SUGGESTED.includes(e.id) && !state.hidden.includes(e.id));
    return [...own, ...common]
      .slice(0, 4)
      .map((e) => ({ id: e.id, source: e.source, question: textOf(e, language).q }));
  }

  // ── site admins ──

  async siteEntries(em: EntityManager, principal: Principal, siteId: string): Promise<SiteEntryRow[]> {
    requireSiteAdmin(principal, siteId);
    return (await this.repository.siteState(em, siteId)).entries;
  }

  async commonEntries(
    em: EntityManager,
    principal: Principal,
    siteId: string,
  ): Promise<(KnownEntry & { hidden: boolean })[]> {
    requireSiteAdmin(principal, siteId);
    const { hidden } = await this.repository.siteState(em, siteId);
    return commonKnown.map((e) => ({ ...e, hidden: hidden.includes(e.id) }));
  }

  async createEntry(
    em: EntityManager,
    principal: Principal,
    input: EntryFields & { siteId: string },
  ): Promise<SiteEntryRow> {
    requireSiteAdmin(principal, input.siteId);
    await requireSite(em, input.siteId);
    return this.repository.insertEntry(em, input.siteId, input);
  }

  async updateEntry(
    em: EntityManager,
    principal: Principal,
    input: { [K in keyof EntryFields]?: EntryFields[K] | null } & { id: string; enabled?: boolean | null },
  ): Promise<SiteEntryRow> {
    const entry = await this.repository.entryById(em, input.id);
    if (!entry) throw notFound('FAQ entry');
    requireSiteAdmin(principal, entry.site_id, 'FAQ entry');
    const { id, ...fields } = input;
    return this.repository.updateEntry(em, id, withoutNulls(fields));
  }

  async reorderEntries(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; entryIds: string[] },
  ): Promise<SiteEntryRow[]> {
    requireSiteAdmin(principal, input.siteId);
    return em.transactional(async (tx) => {
      const { entries } = await this.repository.siteState(tx, input.siteId);
      const own = new Set(entries.map((e) => e.id));
      if (
        input.entryIds.length !== own.size ||
        new Set(input.entryIds).size !== own.size ||
        input.entryIds.some((id) => !own.has(id))
      )
        throw badInput('List every entry of the site exactly once', 'entryIds');
      await this.repository.reorder(tx, input.siteId, input.entryIds);
      return (await this.repository.siteState(tx, input.siteId)).entries;
    });
  }

  async setCommonEntryHidden(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; entryId: string; hidden: boolean },
  ): Promise<KnownEntry & { hidden: boolean }> {
    requireSiteAdmin(principal, input.siteId);
    if (!commonIds.has(input.entryId)) throw badInput('Not a common entry', 'entryId');
    await requireSite(em, input.siteId);
    await this.repository.setHidden(em, input.siteId, input.entryId, input.hidden);
    return { ...commonKnown.find((e) => e.id === input.entryId)!, hidden: input.hidden };
  }

  async contact(
    em: EntityManager,
    principal: Principal,
    siteId: string,
  ): Promise<{ siteId: string; contactJa: string; contactEn: string } | null> {
    requireSiteAdmin(principal, siteId);
    const { contact } = await this.repository.siteState(em, siteId);
    return contact && { siteId, contactJa: contact.contact_ja, contactEn: contact.contact_en };
  }

  async setContact(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; contactJa: string; contactEn: string },
  ): Promise<{ siteId: string; contactJa: string; contactEn: string }> {
    requireSiteAdmin(principal, input.siteId);
    await requireSite(em, input.siteId);
    await this.repository.setContact(em, input.siteId, input.contactJa, input.contactEn);
    return input;
  }

  async unanswered(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; first: number; after: string | null },
  ) {
    requireSiteAdmin(principal, input.siteId);
    checkPageSize(input.first, 200);
    const after = input.after ? decodeCursor('faq-unanswered', input.after, 3) : undefined;
    const rows = await this.repository.unanswered(
      em,
      input.siteId,
      input.first,
      after ? [Number(after[0]), after[1]!, after[2]!] : undefined,
    );
    return connectionOf(rows, input.first, 'faq-unanswered', (r) => [
      String(r.asked_count),
      r.question,
      r.language,
    ]);
  }

  /** The periodic clean-up (faq-cleanup.job.ts): unanswered questions not asked again within the retention. */
  deleteExpiredUnanswered(em: EntityManager): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.options.unansweredRetentionDays * 86_400_000);
    return this.repository.deleteUnansweredBefore(em, before);
  }

  // ── inside ──

  private async answerOf(
    em: EntityManager,
    principal: Principal,
    site: Site,
    entry: KnownEntry,
    language: FaqLanguage,
    values: Record<string, string>,
  ): Promise<FaqAnswerView> {
    const text = textOf(entry, language);
    const own = entry.personal && principal.kind === 'recipient' && principal.siteId === site.id;
    return {
      entry: { id: entry.id, source: entry.source, question: text.q },
      text: render(text.a, values),
      link: entry.link,
      medical: entry.medical,
      reservations: own ? await this.ownReservations(em, principal) : null,
    };
  }

  /** The person's booked appointments, soonest first, from the reservations module. */
  private async ownReservations(em: EntityManager, principal: Principal): Promise<FaqReservationView[]> {
    const booked = (await this.reservations.mine(em, principal)).filter((r) => r.status === 'BOOKED');
    if (booked.length === 0) return [];
    const slots = new Map(
      (
        await slotsByIds(
          em,
          booked.map((r) => r.slotId),
        )
      ).map((s) => [s.id, s]),
    );
    const venues = new Map(
      (await venuesByIds(em, [...new Set([...slots.values()].map((s) => s.venueId))])).map((v) => [
        v.id,
        v.name,
      ]),
    );
    return booked
      .map((r) => {
        const slot = slots.get(r.slotId)!;
        return { id: r.id, dose: r.dose, startsAt: slot.startsAt, venueName: venues.get(slot.venueId) ?? '' };
      })
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /** The site's index: rebuilt only when its entries or hidden list changed (one per process per version). */
  private async knowledgeOf(siteId: string, state: SiteFaqState): Promise<SiteKnowledge> {
    const fingerprint = JSON.stringify([
      state.entries.map((e) => [e.id, e.updated_at, e.enabled]),
      state.hidden,
    ]);
    const cached = this.sites.get(siteId);
    if (cached?.fingerprint === fingerprint) return cached;
    const analyzer = await Analyzer.load();
    this.commonAnalysed ??= new Map(
      commonDocuments().map((d, i) => [d, analyseDocument(analyzer, d, `c${i}`)]),
    );
    const hidden = new Set(state.hidden);
    const own = state.entries.filter((e) => e.enabled).map(siteKnown);
    const documents = [
      ...commonDocuments().filter((d) => !hidden.has(d.entryId)),
      ...own.flatMap((e): FaqDocument[] => {
        const row = state.entries.find((r) => r.id === e.id)!;
        return [
          { entryId: e.id, site: true, q: row.question_ja, k: row.keywords_ja, a: row.answer_ja },
          { entryId: e.id, site: true, q: row.question_en, k: row.keywords_en, a: row.answer_en },
        ];
      }),
    ];
    const entries = new Map<string, KnownEntry>();
    for (const e of commonKnown) if (!hidden.has(e.id)) entries.set(e.id, e);
    for (const e of own) entries.set(e.id, e);
    const knowledge = {
      fingerprint,
      retriever: new FaqRetriever(analyzer, documents, this.commonAnalysed),
      entries,
    };
    this.sites.delete(siteId);
    if (this.sites.size >= MAX_CACHED_SITES) this.sites.delete(this.sites.keys().next().value!);
    this.sites.set(siteId, knowledge);
    return knowledge;
  }
}

function siteKnown(row: SiteEntryRow): KnownEntry {
  return {
    id: row.id,
    source: FaqEntrySource.SITE,
    link: row.link,
    personal: null,
    medical: false,
    ja: { q: row.question_ja, a: row.answer_ja },
    en: { q: row.question_en, a: row.answer_en },
  };
}

function textOf(entry: KnownEntry, language: FaqLanguage): { q: string; a: string } {
  return language === 'EN' ? entry.en : entry.ja;
}

function withoutNulls<T extends object>(value: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}
