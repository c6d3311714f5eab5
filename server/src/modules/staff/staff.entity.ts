import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Which venues a venue staff member works at; they see and record only these. */
export const AdminUserVenue = defineEntity({
  name: 'AdminUserVenue',
  properties: {
    adminUserId: p.uuid().primary(),
    venueId: p.uuid().primary(),
  },
});
export type AdminUserVenue = InferEntity<typeof AdminUserVenue>;
