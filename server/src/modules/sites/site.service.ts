import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import type { Principal } from '../../graphql/principal.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { requireOperator } from '../auth/access.js';
import { Site } from './site.entity.js';
import { SiteRepository } from './site.repository.js';
import type { CreateSiteInput } from './site.types.js';

/** The site an admin write names; NOT_FOUND when there is none. */
export async function requireSite(em: EntityManager, siteId: string): Promise<Site> {
  const site = await em.findOne(Site, { id: siteId });
  if (!site) throw notFound('Site');
  return site;
}

export class SiteService {
  readonly repository = new SiteRepository();

  /** Public: the booking page needs the site's name, terms and policies before anyone logs in. */
  async byCode(em: EntityManager, code: string): Promise<Site> {
    const site = await this.repository.findByCode(em, code);
    if (!site) throw notFound(`Site ${code}`);
    return site;
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
      termsOfUse: input.termsOfUse ?? '',
      mailEnabled: input.mailEnabled ?? true,
      timeZone: input.timeZone ?? 'Asia/Tokyo',
      reminderTime: input.reminderTime ?? '18:00',
    });
    try {
      await em.flush();
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new AppError(ErrorCode.CONFLICT, `The site code ${code} is taken`, { field: 'code' });
      }
      throw error;
    }
    return site;
  }
}
