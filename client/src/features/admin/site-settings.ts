import { z } from 'zod';
import { toLocal } from '../../ui/dates';
import type { BookingMode, FieldPolicy, UpdateSiteSettingsInput } from './gql/graphql';

/** The server's site code rule (CreateSiteInput.code). */
export const SITE_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;
const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const policy = z.enum(['HIDDEN', 'OPTIONAL', 'REQUIRED']);

/**
 * The site settings form of the wizard and of the settings page; messages are admin i18n keys. The kana
 * name is not a setting: it is always required.
 */
export const siteSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'admin.validation.required').max(200),
    code: z.string().trim().regex(SITE_CODE, 'admin.validation.code'),
    termsOfUse: z.string().max(20000),
    genderField: policy,
    phoneField: policy,
    emailField: policy,
    allowLatinNames: z.boolean(),
    bookingMode: z.enum(['SEPARATE', 'SET']),
    opensMode: z.enum(['now', 'at']),
    opensDate: z.string(),
    opensTime: z.string(),
    cancellationCutoffHours: z
      .number({ error: 'admin.validation.hours' })
      .int('admin.validation.hours')
      .min(0, 'admin.validation.hours')
      .max(720, 'admin.validation.hours'),
    mailEnabled: z.boolean(),
    reminderTime: z.string().regex(HH_MM, 'admin.validation.time'),
  })
  .superRefine((values, ctx) => {
    if (values.opensMode !== 'at') return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.opensDate))
      ctx.addIssue({ code: 'custom', path: ['opensDate'], message: 'admin.validation.required' });
    if (!HH_MM.test(values.opensTime))
      ctx.addIssue({ code: 'custom', path: ['opensTime'], message: 'admin.validation.time' });
  });

export type SiteSettingsValues = z.infer<typeof siteSettingsSchema>;
export type SiteSettingsField = keyof SiteSettingsValues;

export interface SiteSettingsData {
  name: string;
  code: string;
  termsOfUse: string;
  genderField: FieldPolicy;
  phoneField: FieldPolicy;
  emailField: FieldPolicy;
  allowLatinNames: boolean;
  bookingMode: BookingMode;
  bookingOpensAt: string | null;
  cancellationCutoffHours: number;
  mailEnabled: boolean;
  reminderTime: string;
  timeZone: string;
}

/** The instant of a wall-clock date and time in a time zone (DST-safe: the offset is checked twice). */
export function instantOf(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const local = toLocal(new Date(guess), timeZone);
    const [ly, lm, ld] = local.date.split('-').map(Number) as [number, number, number];
    const [lh, lmin] = local.time.split(':').map(Number) as [number, number];
    guess += wall - Date.UTC(ly, lm - 1, ld, lh, lmin);
  }
  return new Date(guess).toISOString();
}

export function formValuesOf(site: SiteSettingsData): SiteSettingsValues {
  const opens = site.bookingOpensAt ? toLocal(site.bookingOpensAt, site.timeZone) : null;
  return {
    name: site.name,
    code: site.code,
    termsOfUse: site.termsOfUse,
    genderField: site.genderField,
    phoneField: site.phoneField,
    emailField: site.emailField,
    allowLatinNames: site.allowLatinNames,
    bookingMode: site.bookingMode,
    opensMode: opens ? 'at' : 'now',
    opensDate: opens?.date ?? '',
    opensTime: opens?.time ?? '09:00',
    cancellationCutoffHours: site.cancellationCutoffHours,
    mailEnabled: site.mailEnabled,
    reminderTime: site.reminderTime,
  };
}

/** The settings of these fields as an updateSiteSettings input (only the fields a step shows). */
export function settingsInputOf(
  siteId: string,
  values: SiteSettingsValues,
  timeZone: string,
  fields: readonly SiteSettingsField[],
): UpdateSiteSettingsInput {
  const input: UpdateSiteSettingsInput = { siteId };
  const has = (f: SiteSettingsField) => fields.includes(f);
  if (has('name')) input.name = values.name.trim();
  if (has('code')) input.code = values.code.trim();
  if (has('termsOfUse')) input.termsOfUse = values.termsOfUse;
  if (has('genderField')) input.genderField = values.genderField;
  if (has('phoneField')) input.phoneField = values.phoneField;
  if (has('emailField')) input.emailField = values.emailField;
  if (has('allowLatinNames')) input.allowLatinNames = values.allowLatinNames;
  if (has('bookingMode')) input.bookingMode = values.bookingMode;
  if (has('opensMode'))
    input.bookingOpensAt =
      values.opensMode === 'at' ? instantOf(values.opensDate, values.opensTime, timeZone) : null;
  if (has('cancellationCutoffHours')) input.cancellationCutoffHours = values.cancellationCutoffHours;
  if (has('mailEnabled')) input.mailEnabled = values.mailEnabled;
  if (has('reminderTime')) input.reminderTime = values.reminderTime;
  return input;
}

/** Which form field a server refusal names (bookingOpensAt is the opening date and time). */
export function formFieldOf(serverField: string): SiteSettingsField | null {
  if (serverField === 'bookingOpensAt') return 'opensDate';
  const known: SiteSettingsField[] = [
    'name',
    'code',
    'termsOfUse',
    'genderField',
    'phoneField',
    'emailField',
    'allowLatinNames',
    'bookingMode',
    'cancellationCutoffHours',
    'mailEnabled',
    'reminderTime',
  ];
  return known.find((f) => f === serverField) ?? null;
}
