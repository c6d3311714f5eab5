import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { Principal } from './principal.js';
import type { Passwords } from '../../shared/password.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { requireAdmin, requireSiteAdmin } from './access.js';
import { AdminUser } from './auth.entity.js';
import { AuthRepository } from './auth.repository.js';
import type { AdminUserType, CreateAdminUserInput } from './auth.types.js';

const adminUsers = new AuthRepository();

/** The admin user with this id, or null; other modules ask here rather than read admin_user. */
export function findAdminUser(em: EntityManager, id: string): Promise<AdminUser | null> {
  return adminUsers.findAdminUser(em, id);
}

/** The first operator of an empty system (the demo data): nobody is logged in yet to create it. */
export async function createFirstOperator(
  em: EntityManager,
  operator: { email: string; displayName: string; passwordHash: string },
): Promise<{ id: string }> {
  const user = em.create(AdminUser, { ...operator, role: 'OPERATOR', siteId: null });
  await em.flush();
  return user;
}

export function toAdminUserType(user: AdminUser): AdminUserType {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    siteId: user.siteId ?? null,
  };
}

export class AdminUserService {
  constructor(
    private readonly passwords: Passwords,
    /** The operator's per-site grant (sites module): may this site's admins create site admins? */
    private readonly siteAdminsCreateSiteAdmins: (em: EntityManager, siteId: string) => Promise<boolean>,
  ) {}

  async create(em: EntityManager, principal: Principal, input: CreateAdminUserInput): Promise<AdminUserType> {
    const actor = requireAdmin(principal);
    if (input.role === 'OPERATOR') {
      if (actor.role !== 'OPERATOR') throw forbidden('Only operators create operators');
      if (input.siteId) throw badInput('Operators belong to no site', 'siteId');
    } else {
      if (!input.siteId) throw badInput('Site admins and venue staff belong to a site', 'siteId');
      requireSiteAdmin(principal, input.siteId);
      if (
        input.role === 'SITE_ADMIN' &&
        actor.role !== 'OPERATOR' &&
        !(await this.siteAdminsCreateSiteAdmins(em, input.siteId))
      )
        throw forbidden('Site admins create venue staff; only an operator creates site admins of this site');
    }
    const user = em.create(AdminUser, {
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      passwordHash: await this.passwords.hash(input.password),
      role: input.role,
      siteId: input.siteId ?? null,
    });
    try {
      await em.flush();
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION)
        throw new Conflict('This email address is taken', { field: 'email' });
      if (pgErrorCode(error) === PgError.FOREIGN_KEY_VIOLATION) throw badInput('No such site', 'siteId');
      throw error;
    }
    return toAdminUserType(user);
  }

  /** A site's admin users by email: operators for any site, site admins for their own (others: NOT_FOUND). */
  async listOfSite(
    em: EntityManager,
    principal: Principal,
    options: { siteId: string; first: number; after: string | null },
  ) {
    requireSiteAdmin(principal, options.siteId);
    if (!isUuid(options.siteId)) throw notFound('Site');
    checkPageSize(options.first, 200);
    const after = options.after === null ? null : decodeCursor('admin-user', options.after, 1)[0]!;
    const rows = await adminUsers.siteAdminUsers(em, {
      siteId: options.siteId,
      after,
      limit: options.first + 1,
    });
    return connectionOf(rows.map(toAdminUserType), options.first, 'admin-user', (user) => [user.email]);
  }

  async current(em: EntityManager, principal: Principal): Promise<AdminUserType> {
    const admin = requireAdmin(principal);
    return toAdminUserType(await em.findOneOrFail(AdminUser, { id: admin.adminUserId }));
  }
}
