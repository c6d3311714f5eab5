import { Migration } from '@mikro-orm/migrations';

/**
 * API keys (service accounts) of a site for HR systems: only the SHA-256 of the secret is kept, looked up
 * by a unique index on every request. The audit log names a key as the actor of the writes made with it.
 */
export class Migration20261203100000_api_keys extends Migration {
  override name = 'Migration20261203100000_api_keys';

  override up(): void {
    this.addSql(`
      create table api_key (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id),
        name text not null check (length(name) between 1 and 100),
        scopes text[] not null check (cardinality(scopes) > 0),
        secret_hash text not null unique,
        last_four text not null,
        created_by_admin_user_id uuid references admin_user (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by_admin_user_id uuid references admin_user (id)
      )`);
    this.addSql(`create index api_key_site on api_key (site_id, created_at desc, id desc)`);
    this.addSql(`alter table audit_log add column actor_api_key_id uuid references api_key (id)`);
  }
}
