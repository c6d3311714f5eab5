import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import type { ApiKeyScope } from './api-key.scope.js';

/** An API key as admins see it: never its secret or hash. */
export interface ApiKeyView {
  id: string;
  siteId: string;
  name: string;
  scopes: ApiKeyScope[];
  lastFour: string;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** created_at to the microsecond, for the list's cursor. */
  createdAtKey: string;
}

interface Row {
  id: string;
  site_id: string;
  name: string;
  scopes: ApiKeyScope[];
  last_four: string;
  created_by_admin_user_id: string | null;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at_key: string;
}

const COLUMNS = `id, site_id, name, scopes, last_four, created_by_admin_user_id, created_at, expires_at,
                 last_used_at, revoked_at, created_at::text as created_at_key`;

function toView(row: Row): ApiKeyView {
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    scopes: row.scopes,
    lastFour: row.last_four,
    createdBy: row.created_by_admin_user_id,
    createdAt: new Date(row.created_at),
    expiresAt: row.expires_at && new Date(row.expires_at),
    lastUsedAt: row.last_used_at && new Date(row.last_used_at),
    revokedAt: row.revoked_at && new Date(row.revoked_at),
    createdAtKey: row.created_at_key,
  };
}

/** The api_key table: service accounts of a site. */
export class ApiKeyRepository {
  async insert(
    em: EntityManager,
    key: {
      siteId: string;
      name: string;
      scopes: readonly ApiKeyScope[];
      secretHash: string;
      lastFour: string;
      createdBy: string | null;
      expiresAt: Date | null;
    },
  ): Promise<ApiKeyView> {
    const [row] = await sql<Row>(
      em,
      `insert into api_key (site_id, name, scopes, secret_hash, last_four, created_by_admin_user_id, expires_at)
       values (?, ?, ?::text[], ?, ?, ?, ?) returning ${COLUMNS}`,
      [
        key.siteId,
        key.name,
        pgArray([...key.scopes]),
        key.secretHash,
        key.lastFour,
        key.createdBy,
        key.expiresAt,
      ],
    );
    return toView(row!);
  }

  async findById(em: EntityManager, id: string): Promise<ApiKeyView | undefined> {
    const row = await sqlOne<Row>(em, `select ${COLUMNS} from api_key where id = ?`, [id]);
    return row && toView(row);
  }

  /** A site's keys, newest first; `first` rows past the position (the caller asks for one more). */
  async page(
    em: EntityManager,
    siteId: string,
    limit: number,
    after: { createdAt: string; id: string } | null,
  ): Promise<ApiKeyView[]> {
    const rows = await sql<Row>(
      em,
      `select ${COLUMNS} from api_key
        where site_id = ?
          and (?::timestamptz is null or (created_at, id) < (?::timestamptz, ?::uuid))
        order by created_at desc, id desc
        limit ?`,
      [siteId, after?.createdAt ?? null, after?.createdAt ?? null, after?.id ?? null, limit],
    );
    return rows.map(toView);
  }

  /** Revokes the key (a second revocation keeps the first time); the key as it is now. */
  async revoke(em: EntityManager, id: string, revokedBy: string | null): Promise<ApiKeyView | undefined> {
    const row = await sqlOne<Row>(
      em,
      `update api_key
          set revoked_at = coalesce(revoked_at, now()),
              revoked_by_admin_user_id = coalesce(revoked_by_admin_user_id, ?)
        where id = ? returning ${COLUMNS}`,
      [revokedBy, id],
    );
    return row && toView(row);
  }

  /** The live key with this hash: not revoked, not expired (on the database's clock). One indexed statement. */
  async findLiveByHash(em: EntityManager, secretHash: string): Promise<ApiKeyView | undefined> {
    const row = await sqlOne<Row>(
      em,
      `select ${COLUMNS} from api_key
        where secret_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())`,
      [secretHash],
    );
    return row && toView(row);
  }

  /** Records a use; writes nothing when another request (or instance) recorded one in the last minute. */
  async touch(em: EntityManager, id: string): Promise<void> {
    await sql(
      em,
      `update api_key set last_used_at = now()
        where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
