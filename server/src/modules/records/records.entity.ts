import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 接種実績: what the venue recorded for one reservation; exported in the national record layout. */
export const VaccinationRecord = defineEntity({
  name: 'VaccinationRecord',
  properties: {
    reservationId: p.uuid().primary(),
    siteId: p.uuid(),
    ticketId: p.uuid(),
    dose: p.integer(),
    /** ISO date string, YYYY-MM-DD, in the site's time zone. */
    vaccinatedOn: p.date(),
    lotNumber: p.text(),
    doctorName: p.text(),
    recordedBy: p.uuid().nullable(),
    recordedAt: p.datetime(),
    /** Issue 15: as entered at the venue (≤20), the time given, where and by which desk and doctor. */
    manufacturer: p.text().nullable(),
    vaccinatedAt: p.datetime().nullable(),
    venueId: p.uuid().nullable(),
    deskId: p.text().nullable(),
    doctorId: p.uuid().nullable(),
  },
});
export type VaccinationRecord = InferEntity<typeof VaccinationRecord>;
