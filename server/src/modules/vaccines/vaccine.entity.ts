import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The interval rule is data: dose 2 is due `doseIntervalDays` after dose 1, up to `intervalWindowDays` later. */
export const Vaccine = defineEntity({
  name: 'Vaccine',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    siteId: p.uuid(),
    name: p.text(),
    manufacturer: p.text(),
    doses: p.integer(),
    doseIntervalDays: p.integer(),
    intervalWindowDays: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Vaccine = InferEntity<typeof Vaccine>;
