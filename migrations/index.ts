import { Migration20261125000000_core } from './Migration20261125000000_core.js';
import { Migration20261125030000_admin_operations } from './Migration20261125030000_admin_operations.js';
import { Migration20261125040000_notifications } from './Migration20261125040000_notifications.js';
import { Migration20261125060000_booking_idempotency } from './Migration20261125060000_booking_idempotency.js';
import { Migration20261125070000_outbox_render_at_delivery } from './Migration20261125070000_outbox_render_at_delivery.js';
import { Migration20261203010000_upload_retention } from './Migration20261203010000_upload_retention.js';
import { Migration20261203010001_login_attempts } from './Migration20261203010001_login_attempts.js';
import { Migration20261203010100_site_admin_policy } from './Migration20261203010100_site_admin_policy.js';
import { Migration20261203030000_raise_slot_places } from './Migration20261203030000_raise_slot_places.js';
import { Migration20261203100000_api_keys } from './Migration20261203100000_api_keys.js';
import { Migration20261203101000_roster } from './Migration20261203101000_roster.js';
import { Migration20261203102000_event_log_webhooks } from './Migration20261203102000_event_log_webhooks.js';
import { Migration20261203104000_admin_venues_slots } from './Migration20261203104000_admin_venues_slots.js';
import { Migration20261203105000_password_reset_site_contact } from './Migration20261203105000_password_reset_site_contact.js';
import { Migration20261203106000_booking_change_mail } from './Migration20261203106000_booking_change_mail.js';
import { Migration20261203107000_faq } from './Migration20261203107000_faq.js';
import { Migration20261203108000_real_tickets_venue_day } from './Migration20261203108000_real_tickets_venue_day.js';
import { Migration20261204100000_latin_names } from './Migration20261204100000_latin_names.js';
import { Migration20261204200000_admin_rest } from './Migration20261204200000_admin_rest.js';
import { Migration20261204300000_import_errors_and_actors } from './Migration20261204300000_import_errors_and_actors.js';
import { Migration20261204600000_availability_structure_notify } from './Migration20261204600000_availability_structure_notify.js';
import { Migration20261205100000_published_read_models } from './Migration20261205100000_published_read_models.js';
import { Migration20261206000000_settled_event_view } from './Migration20261206000000_settled_event_view.js';
import { Migration20261207000000_site_changed_notify } from './Migration20261207000000_site_changed_notify.js';
import { Migration20261208000000_venues_changed_notify } from './Migration20261208000000_venues_changed_notify.js';
import { Migration20261209000000_raise_slot_places_free } from './Migration20261209000000_raise_slot_places_free.js';
import { Migration20261205300000_webhook_rotation_retention } from './Migration20261205300000_webhook_rotation_retention.js';

/** Every migration in order; the runtime imports this list instead of scanning the folder. */
export const migrationsList = [
  { name: Migration20261125000000_core.name, class: Migration20261125000000_core },
  { name: Migration20261125030000_admin_operations.name, class: Migration20261125030000_admin_operations },
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
  { name: Migration20261203100000_api_keys.name, class: Migration20261203100000_api_keys },
  { name: Migration20261203101000_roster.name, class: Migration20261203101000_roster },
  {
    name: Migration20261203102000_event_log_webhooks.name,
    class: Migration20261203102000_event_log_webhooks,
  },
  {
    name: Migration20261203104000_admin_venues_slots.name,
    class: Migration20261203104000_admin_venues_slots,
  },
  {
    name: Migration20261203105000_password_reset_site_contact.name,
    class: Migration20261203105000_password_reset_site_contact,
  },
  {
    name: Migration20261203106000_booking_change_mail.name,
    class: Migration20261203106000_booking_change_mail,
  },
  { name: Migration20261203107000_faq.name, class: Migration20261203107000_faq },
  {
    name: Migration20261203108000_real_tickets_venue_day.name,
    class: Migration20261203108000_real_tickets_venue_day,
  },
  { name: Migration20261204100000_latin_names.name, class: Migration20261204100000_latin_names },
  { name: Migration20261204200000_admin_rest.name, class: Migration20261204200000_admin_rest },
  {
    name: Migration20261204300000_import_errors_and_actors.name,
    class: Migration20261204300000_import_errors_and_actors,
  },
  {
    name: Migration20261204600000_availability_structure_notify.name,
    class: Migration20261204600000_availability_structure_notify,
  },
  {
    name: Migration20261205100000_published_read_models.name,
    class: Migration20261205100000_published_read_models,
  },
  {
    name: Migration20261205300000_webhook_rotation_retention.name,
    class: Migration20261205300000_webhook_rotation_retention,
  },
  {
    name: Migration20261206000000_settled_event_view.name,
    class: Migration20261206000000_settled_event_view,
  },
  {
    name: Migration20261207000000_site_changed_notify.name,
    class: Migration20261207000000_site_changed_notify,
  },
  {
    name: Migration20261208000000_venues_changed_notify.name,
    class: Migration20261208000000_venues_changed_notify,
  },
  {
    name: Migration20261209000000_raise_slot_places_free.name,
    class: Migration20261209000000_raise_slot_places_free,
  },
];
