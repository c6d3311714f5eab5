import { Migration } from '@mikro-orm/migrations';

/** Site admins create venue staff; creating further site admins is a per-site grant of the operator. */
export class Migration20261203010100_site_admin_policy extends Migration {
  override name = 'Migration20261203010100_site_admin_policy';

  override up(): void {
    this.addSql(`alter table site add column site_admins_create_site_admins boolean not null default false`);
  }
}
