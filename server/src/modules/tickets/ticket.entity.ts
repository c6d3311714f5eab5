import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const TicketKind = {
  REAL: 'REAL',
  PROVISIONAL: 'PROVISIONAL',
  SELF_REGISTERED: 'SELF_REGISTERED',
} as const;
export type TicketKind = (typeof TicketKind)[keyof typeof TicketKind];

export const TicketStatus = { ACTIVE: 'ACTIVE', REVOKED: 'REVOKED' } as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

export const Ticket = defineEntity({
  name: 'Ticket',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    siteId: p.uuid(),
    number: p.text(),
    /** ISO date string, YYYY-MM-DD. */
    birthDate: p.date(),
    municipalityCode: p.text().nullable(),
    kind: p.enum(Object.values(TicketKind)),
    status: p.enum(Object.values(TicketStatus)),
    /** Set for issued provisional tickets: the hash of the initial password mailed to the person. */
    initialPasswordHash: p.text().nullable(),
    /** Employee or student id from a roster import. */
    externalId: p.text().nullable(),
    /** Address from a roster or issuance import (issued login information goes there). */
    email: p.text().nullable(),
    /** Department or faculty from an HR system's roster sync: free text, for the site's own use. */
    department: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Ticket = InferEntity<typeof Ticket>;
