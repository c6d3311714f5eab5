import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { requireAdmin, requireSiteAdmin } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireSite } from '../sites/site.service.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { API_KEY_SCOPES } from './api-key.scope.js';
import { apiKeyHash, isWellFormedApiKey, newApiKeySecret } from './api-key.secret.js';
import {
  toApiKeyType,
  type ApiKeyConnection,
  type CreateApiKeyInput,
  type CreateApiKeyResult,
  type RevokeApiKeyInput,
  type RevokeApiKeyResult,
} from './api-key.types.js';

type ApiKeyPrincipal = Extract<Principal, { kind: 'apiKey' }>;

/** At most one last-use write per key and minute from this process (the statement itself skips recent ones). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Service accounts of a site: operators and the site's admins create, list and revoke them (never a key
 * itself: `requireSiteAdmin` refuses keys); every request with a key is turned into its principal here.
 */
export class ApiKeyService {
  private readonly repository = new ApiKeyRepository();
  private readonly touchedAt = new Map<string, number>();

  constructor(private readonly audit: AuditService) {}

  async create(
    em: EntityManager,
    principal: Principal,
    input: CreateApiKeyInput,
  ): Promise<CreateApiKeyResult> {
    const admin = requireSiteAdmin(principal, input.siteId);
    if (!isUuid(input.siteId)) throw notFound('Site');
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw badInput('A name has 1 to 100 characters', 'name');
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0 || scopes.some((scope) => !API_KEY_SCOPES.includes(scope)))
      throw badInput('Give at least one known scope', 'scopes');
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw badInput('The expiry must be in the future', 'expiresAt');
    await requireSite(em, input.siteId);
    const secret = newApiKeySecret();
    const created = await em.transactional(async (tx) => {
      const key = await this.repository.insert(tx, {
        siteId: input.siteId,
        name,
        scopes,
        secretHash: apiKeyHash(secret),
        lastFour: secret.slice(-4),
        createdBy: admin.adminUserId,
        expiresAt,
      });
      await this.audit.record(tx, principal, {
        siteId: key.siteId,
        action: 'createApiKey',
        targetType: 'api_key',
        targetId: key.id,
        before: null,
        after: { name: key.name, scopes: key.scopes, expiresAt: key.expiresAt, lastFour: key.lastFour },
      });
      return key;
    });
    return { apiKey: toApiKeyType(created), secret };
  }

  /** Refused from the next request on, on every instance: keys are looked up on every request, never cached. */
  async revoke(
    em: EntityManager,
    principal: Principal,
    input: RevokeApiKeyInput,
  ): Promise<RevokeApiKeyResult> {
    requireAdmin(principal);
    if (!isUuid(input.id)) throw notFound('API key');
    const found = await this.repository.findById(em, input.id);
    if (!found) throw notFound('API key');
    const admin = requireSiteAdmin(principal, found.siteId, 'API key');
    const revoked = await em.transactional(async (tx) => {
      const key = (await this.repository.revoke(tx, found.id, admin.adminUserId))!;
      await this.audit.record(tx, principal, {
        siteId: key.siteId,
        action: 'revokeApiKey',
        targetType: 'api_key',
        targetId: key.id,
        before: { name: found.name, revokedAt: found.revokedAt },
        after: { name: key.name, revokedAt: key.revokedAt },
      });
      return key;
    });
    return { apiKey: toApiKeyType(revoked) };
  }

  async list(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string; first: number; after: string | null },
  ): Promise<ApiKeyConnection> {
    requireSiteAdmin(principal, args.siteId);
    if (!isUuid(args.siteId)) throw notFound('Site');
    checkPageSize(args.first, 500);
    let position: { createdAt: string; id: string } | null = null;
    if (args.after) {
      const [createdAt, id] = decodeCursor('api-key', args.after, 2);
      if (!isUuid(id!) || Number.isNaN(Date.parse(createdAt!))) throw badInput('Unknown cursor', 'after');
      position = { createdAt: createdAt!, id: id! };
    }
    const rows = await this.repository.page(em, args.siteId, args.first + 1, position);
    const { edges, pageInfo } = connectionOf(rows, args.first, 'api-key', (row) => [
      row.createdAtKey,
      row.id,
    ]);
    return { edges: edges.map(({ cursor, node }) => ({ cursor, node: toApiKeyType(node) })), pageInfo };
  }

  /**
   * The principal of a key secret, or undefined for anything that is not a live key (unknown, revoked,
   * expired, or failing its checksum, which costs no lookup). Never cached, so a revocation committed on
   * any instance refuses the very next request everywhere; the lookup is one indexed statement.
   */
  async principalFor(em: EntityManager, secret: string): Promise<ApiKeyPrincipal | undefined> {
    if (!isWellFormedApiKey(secret)) return undefined;
    const key = await this.repository.findLiveByHash(em, apiKeyHash(secret));
    if (!key) return undefined;
    await this.recordUse(em, key.id);
    return {
      kind: 'apiKey',
      apiKeyId: key.id,
      name: key.name,
      siteId: key.siteId,
      scopes: key.scopes,
      expiresAt: key.expiresAt,
    };
  }

  /** Last use, cheaply: at most one statement per key and minute from this process. */
  private async recordUse(em: EntityManager, id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.touchedAt.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touchedAt.set(id, now);
    // The map holds one entry per key used in the last minute; older ones are dropped as it grows.
    if (this.touchedAt.size > 10_000)
      for (const [key, at] of this.touchedAt) if (now - at >= TOUCH_EVERY_MS) this.touchedAt.delete(key);
    await this.repository.touch(em, id);
  }
}
