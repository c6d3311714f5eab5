import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Plan = { MUNICIPAL: 'MUNICIPAL', WORKPLACE: 'WORKPLACE', CLINIC: 'CLINIC' } as const;
export type Plan = (typeof Plan)[keyof typeof Plan];

export const BookingMode = { SEPARATE: 'SEPARATE', SET: 'SET' } as const;
export type BookingMode = (typeof BookingMode)[keyof typeof BookingMode];

export const FieldPolicy = { HIDDEN: 'HIDDEN', OPTIONAL: 'OPTIONAL', REQUIRED: 'REQUIRED' } as const;
export type FieldPolicy = (typeof FieldPolicy)[keyof typeof FieldPolicy];

const fieldPolicies = Object.values(FieldPolicy);

/** The second fact (besides ticket number and birth date) that lets a recipient set a new password. */
export const PasswordResetFact = { PHONE: 'PHONE', EMPLOYEE_ID: 'EMPLOYEE_ID', NONE: 'NONE' } as const;
export type PasswordResetFact = (typeof PasswordResetFact)[keyof typeof PasswordResetFact];

export const Site = defineEntity({
  name: 'Site',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    code: p.text(),
    name: p.text(),
    plan: p.enum(Object.values(Plan)),
    bookingMode: p.enum(Object.values(BookingMode)),
    cancellationCutoffHours: p.integer(),
    bookingOpensAt: p.datetime().nullable(),
    genderField: p.enum(fieldPolicies),
    phoneField: p.enum(fieldPolicies),
    emailField: p.enum(fieldPolicies),
    termsOfUse: p.text(),
    mailEnabled: p.boolean(),
    timeZone: p.text(),
    /** Local time of day (HH:MM, site time zone) when the day-before reminders go out. */
    reminderTime: p.text(),
    /** Operator's grant: site admins of this site may create further site admins (otherwise staff only). */
    siteAdminsCreateSiteAdmins: p.boolean().default(false),
    /** The site's contact for recipients, shown on every booking page and in mails. */
    contactPhone: p.text().nullable(),
    contactHours: p.text().nullable(),
    contactEmail: p.text().nullable(),
    passwordResetFact: p.enum(Object.values(PasswordResetFact)).default('PHONE'),
    /** Recipients may write their names in Latin letters as well as katakana. */
    allowLatinNames: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Site = InferEntity<typeof Site>;
