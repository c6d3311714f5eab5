import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Conflict, forbidden, notFound } from '../../shared/errors.js';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import type { Principal } from '../auth/principal.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { requireAdmin, requireOperator, requireSiteAdmin } from '../auth/access.js';
import type { AuditService } from '../audit/audit.service.js';
import type { KeptReads } from '../../shared/kept-reads.js';
import { answeredFromMemory } from '../../shared/request-scope.js';
import { DEFAULT_TERMS_OF_USE } from './default-terms.js';
import { Site } from './site.entity.js';
import { SiteRepository } from './site.repository.js';
import type { CreateSiteInput, UpdateSiteSettingsInput } from './site.types.js';

export type { FieldPolicy, PasswordResetFact, Plan, Site } from './site.entity.js';

const sites = new SiteRepository();

/** The site an admin write names; NOT_FOUND when there is none. */
export async function requireSite(em: EntityManager, siteId: string): Promise<Site> {
  const site = await em.findOne(Site, { id: siteId });
  if (!site) throw notFound('Site');
  return site;
}

/** The site with this code, or null; other modules ask here rather than read the site table. */
export function findSiteByCode(em: EntityManager, code: string): Promise<Site | null> {
  return sites.findByCode(em, code);
}

/** The id of the site with this code, read without loading the site. */
export function siteIdByCode(em: EntityManager, code: string): Promise<{ id: string } | undefined> {
  return sites.idByCode(em, code);
}

/** These sites in one statement (the per-request loaders batch through here). */
export function sitesByIds(em: EntityManager, ids: string[]): Promise<Site[]> {
  return sites.findByIds(em, ids);
}

/** What a mail says of its sites, and whether each sends mail at all; one statement. */
export function siteMailSettings(
  em: EntityManager,
  ids: string[],
): ReturnType<SiteRepository['mailSettings']> {
  return sites.mailSettings(em, ids);
}

/** The sites that send mail, with the local time of day their reminders go out ("HH:MM"). */
export function siteReminderTimes(em: EntityManager): ReturnType<SiteRepository['reminderTimes']> {
  return sites.reminderTimes(em);
}

/** Every site's code, in order. */
export function siteCodes(em: EntityManager): Promise<string[]> {
  return sites.codes(em);
}

/** What an import needs of its site: the code, the plan (row caps) and the time zone. */
export function importSiteOf(em: EntityManager, siteId: string): ReturnType<SiteRepository['importSite']> {
  return sites.importSite(em, siteId);
}

/** The site's time zone, one statement; undefined when there is no such site. */
export function siteTimeZone(em: EntityManager, siteId: string): Promise<string | undefined> {
  return sites.timeZone(em, siteId);
}

/** How many hours before a slot its recipients may still cancel, one statement. */
export function siteCancellationCutoffHours(em: EntityManager, siteId: string): Promise<number | undefined> {
  return sites.cancellationCutoffHours(em, siteId);
}

const SETTINGS = [
  'code',
  'name',
  'plan',
  'bookingMode',
  'cancellationCutoffHours',
  'bookingOpensAt',
  'genderField',
  'phoneField',
  'emailField',
  'termsOfUse',
  'mailEnabled',
  'timeZone',
  'reminderTime',
  'siteAdminsCreateSiteAdmins',
  'contactPhone',
  'contactHours',
  'contactEmail',
  'passwordResetFact',
  'allowLatinNames',
] as const;

const CONTACT = new Set<string>(['contactPhone', 'contactHours', 'contactEmail']);

function settingsOf(site: Site): Record<string, unknown> {
  return Object.fromEntries(SETTINGS.map((key) => [key, site[key]]));
}

/**
 * The fields of `site(code)` whose answer is the same for every caller (not siteAdminsCreateSiteAdmins, shown to
 * the site's admins only): an answer selecting only these may be kept as bytes (graphql/answer-cache.ts).
 */
export const SITE_FIELDS_ANYONE_SEES: ReadonlySet<string> = new Set([
  'id',
  ...SETTINGS.filter((key) => key !== 'siteAdminsCreateSiteAdmins'),
]);

/** What `site(code)` shows of a site: its id and settings, as plain values (kept apart from any request). */
export type PublicSite = Pick<Site, 'id' | (typeof SETTINGS)[number]>;

/**
 * Sites' public settings by code (`site(code)`: the first request of every visitor of the booking app),
 * kept on this instance until the database's `site_changed` NOTIFY or an admin's mutation answered here
 * says a site changed (services.ts, app.ts).
 */
export type PublicSiteMemory = KeptReads<PublicSite | null>;

function publicSiteOf(site: Site): PublicSite {
  return { id: site.id, ...(settingsOf(site) as Omit<PublicSite, 'id'>) };
}

export class SiteService {
  readonly repository = new SiteRepository();

  constructor(
    private readonly audit?: AuditService,
    private readonly publicSites?: PublicSiteMemory,
  ) {}

  /** A site admin changes their own site's settings; the audit log keeps the settings before and after. */
  async updateSettings(
    em: EntityManager,
    principal: Principal,
    input: UpdateSiteSettingsInput,
  ): Promise<Site> {
    const admin = requireSiteAdmin(principal, input.siteId);
    if (input.siteAdminsCreateSiteAdmins != null && admin.role !== 'OPERATOR')
      throw forbidden('Only operators decide whether site admins create site admins');
    try {
      return await em.transactional(async (tx) => {
        const site = await tx.findOne(Site, { id: input.siteId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!site) throw notFound('Site');
        const before = settingsOf(site);
        for (const key of SETTINGS) {
          const value = input[key];
          if (key === 'bookingOpensAt' ? value !== undefined : value !== undefined && value !== null) {
            // An empty contact field removes it.
            (site as Record<string, unknown>)[key] =
              CONTACT.has(key) && typeof value === 'string' ? value.trim() || null : value;
          }
        }
        await tx.flush();
        await this.audit?.record(tx, principal, {
          siteId: site.id,
          action: 'updateSiteSettings',
          targetType: 'site',
          targetId: site.id,
          before,
          after: settingsOf(site),
        });
        return site;
      });
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict(`The site code ${input.code} is taken`, { field: 'code' });
      }
      throw error;
    }
  }

  /**
   * The sites an admin runs, by code, searched by name or code: every site for operators, their own for
   * site admins. Venue staff configure no site (FORBIDDEN); their venues come from `myVenues`.
   */
  async list(
    em: EntityManager,
    principal: Principal,
    options: { search: string | null; first: number; after: string | null },
  ) {
    const admin = requireAdmin(principal);
    if (admin.role === 'VENUE_STAFF') throw forbidden('Venue staff do not manage sites');
    checkPageSize(options.first, 200);
    const after = options.after === null ? null : decodeCursor('site', options.after, 1)[0]!;
    const search = options.search?.trim() || null;
    const rows = await this.repository.page(em, {
      search,
      after,
      siteId: admin.role === 'OPERATOR' ? null : admin.siteId,
      limit: options.first + 1,
    });
    return connectionOf(rows, options.first, 'site', (site) => [site.code]);
  }

  /** Whether the operator lets this site's admins create further site admins. */
  async siteAdminsCreateSiteAdmins(em: EntityManager, siteId: string): Promise<boolean> {
    return (await em.findOne(Site, { id: siteId }))?.siteAdminsCreateSiteAdmins ?? false;
  }

  /**
   * Public: the booking page needs the site's name, terms and policies before anyone logs in. From memory
   * when kept (an opening's crowd asks this of one site thousands of times a second), so the answer may be
   * kept as bytes too (graphql/answer-cache.ts).
   */
  async byCode(em: EntityManager, code: string): Promise<PublicSite> {
    const kept = this.keptByCode(em, code);
    const site = await kept;
    if (!site) throw notFound(`Site ${code}`);
    const memory = this.publicSites;
    if (memory) answeredFromMemory(() => memory.holds(code, '', kept));
    return site;
  }

  /** The id of the site with this code, from the same memory (every recipient login asks it). */
  async idByCode(em: EntityManager, code: string): Promise<{ id: string } | undefined> {
    const site = await this.keptByCode(em, code);
    return site ? { id: site.id } : undefined;
  }

  private keptByCode(em: EntityManager, code: string): Promise<PublicSite | null> {
    const read = async () => {
      const site = await this.repository.findByCode(em, code);
      return site && publicSiteOf(site);
    };
    return this.publicSites ? this.publicSites.get(code, '', read) : read();
  }

  async create(em: EntityManager, principal: Principal, input: CreateSiteInput): Promise<Site> {
    requireOperator(principal);
    const code = input.code ?? (await this.repository.nextSerialCode(em));
    const site = em.create(Site, {
      code,
      name: input.name,
      plan: input.plan,
      bookingMode: input.bookingMode ?? 'SEPARATE',
      cancellationCutoffHours: input.cancellationCutoffHours ?? 24,
      bookingOpensAt: input.bookingOpensAt ?? null,
      genderField: input.genderField ?? 'HIDDEN',
      phoneField: input.phoneField ?? 'OPTIONAL',
      emailField: input.emailField ?? 'OPTIONAL',
      // Omitted or blank: the common default, so nobody registers under empty terms.
      termsOfUse: input.termsOfUse?.trim() ? input.termsOfUse : DEFAULT_TERMS_OF_USE,
      mailEnabled: input.mailEnabled ?? true,
      timeZone: input.timeZone ?? 'Asia/Tokyo',
      reminderTime: input.reminderTime ?? '18:00',
      siteAdminsCreateSiteAdmins: input.siteAdminsCreateSiteAdmins ?? false,
      contactPhone: input.contactPhone?.trim() || null,
      contactHours: input.contactHours?.trim() || null,
      contactEmail: input.contactEmail?.trim() || null,
      passwordResetFact: input.passwordResetFact ?? 'PHONE',
      // Off unless asked for, on every plan: the plan alone does not tell who registers (docs/api.md).
      allowLatinNames: input.allowLatinNames ?? false,
    });
    try {
      await em.flush();
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict(`The site code ${code} is taken`, { field: 'code' });
      }
      throw error;
    }
    return site;
  }
}
