import { Migration20261125000000_core } from './Migration20261125000000_core.js';
import { Migration20261125030000_admin_operations } from './Migration20261125030000_admin_operations.js';
import { Migration20261125040000_notifications } from './Migration20261125040000_notifications.js';
import { Migration20261125060000_booking_idempotency } from './Migration20261125060000_booking_idempotency.js';
import { Migration20261125070000_outbox_render_at_delivery } from './Migration20261125070000_outbox_render_at_delivery.js';
import { Migration20261203010000_upload_retention } from './Migration20261203010000_upload_retention.js';
import { Migration20261203010001_login_attempts } from './Migration20261203010001_login_attempts.js';
import { Migration20261203010100_site_admin_policy } from './Migration20261203010100_site_admin_policy.js';
import { Migration20261203030000_raise_slot_places } from './Migration20261203030000_raise_slot_places.js';

/** Every migration in order; the runtime imports this list instead of scanning the folder. */
export const migrationsList = [
  { name: Migration20261125000000_core.name, class: Migration20261125000000_core },
  {
    name: Migration20261125030000_admin_operations.name,
    class: Migration20261125030000_admin_operations,
  },
  { name: Migration20261125040000_notifications.name, class: Migration20261125040000_notifications },
  {
    name: Migration20261125060000_booking_idempotency.name,
    class: Migration20261125060000_booking_idempotency,
  },
  {
    name: Migration20261125070000_outbox_render_at_delivery.name,
    class: Migration20261125070000_outbox_render_at_delivery,
  },
  { name: Migration20261203010000_upload_retention.name, class: Migration20261203010000_upload_retention },
  { name: Migration20261203010001_login_attempts.name, class: Migration20261203010001_login_attempts },
  { name: Migration20261203010100_site_admin_policy.name, class: Migration20261203010100_site_admin_policy },
  { name: Migration20261203030000_raise_slot_places.name, class: Migration20261203030000_raise_slot_places },
];
