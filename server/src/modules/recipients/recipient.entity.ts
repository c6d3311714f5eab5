import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Language = { JA: 'JA', EN: 'EN' } as const;
export type Language = (typeof Language)[keyof typeof Language];

export const Gender = { FEMALE: 'FEMALE', MALE: 'MALE', OTHER: 'OTHER' } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

/** The profile a person registers at first login; one per ticket. */
export const Recipient = defineEntity({
  name: 'Recipient',
  properties: {
    ticketId: p.uuid().primary(),
    familyNameKana: p.text(),
    givenNameKana: p.text(),
    gender: p.enum(Object.values(Gender)).nullable(),
    phone: p.text().nullable(),
    email: p.text().nullable(),
    reminderOptIn: p.boolean(),
    /** Language of the mails this person receives. */
    language: p.enum(Object.values(Language)),
    passwordHash: p.text(),
    termsAcceptedAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Recipient = InferEntity<typeof Recipient>;
