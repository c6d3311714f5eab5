import { describe, expect, it } from 'vitest';
import { formFieldOf, instantOf, settingsInputOf, siteSettingsSchema, formValuesOf } from './site-settings';

const site = {
  name: 'みなと市',
  code: 'S0001',
  termsOfUse: '規約',
  genderField: 'HIDDEN',
  phoneField: 'OPTIONAL',
  emailField: 'OPTIONAL',
  allowLatinNames: false,
  bookingMode: 'SEPARATE',
  bookingOpensAt: '2026-12-10T00:00:00.000Z',
  cancellationCutoffHours: 24,
  mailEnabled: true,
  reminderTime: '18:00',
  timeZone: 'Asia/Tokyo',
} as const;

describe('the site settings form', () => {
  it('shows the opening instant on the site’s wall clock and sends it back as the same instant', () => {
    const values = formValuesOf(site);
    expect(values).toMatchObject({ opensMode: 'at', opensDate: '2026-12-10', opensTime: '09:00' });
    expect(settingsInputOf('id', values, site.timeZone, ['opensMode'])).toEqual({
      siteId: 'id',
      bookingOpensAt: '2026-12-10T00:00:00.000Z',
    });
    expect(instantOf('2026-03-08', '03:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('sends only the fields of the step, and "now" as an explicit null', () => {
    const values = { ...formValuesOf(site), opensMode: 'now' as const };
    expect(settingsInputOf('id', values, site.timeZone, ['name', 'opensMode'])).toEqual({
      siteId: 'id',
      name: 'みなと市',
      bookingOpensAt: null,
    });
  });

  it('sends the Latin-names switch with the profile fields, as the checkbox left it', () => {
    const values = { ...formValuesOf(site), allowLatinNames: true };
    expect(formValuesOf(site).allowLatinNames).toBe(false);
    expect(
      settingsInputOf('id', values, site.timeZone, [
        'allowLatinNames',
        'genderField',
        'phoneField',
        'emailField',
      ]),
    ).toEqual({
      siteId: 'id',
      allowLatinNames: true,
      genderField: 'HIDDEN',
      phoneField: 'OPTIONAL',
      emailField: 'OPTIONAL',
    });
    expect(formFieldOf('allowLatinNames')).toBe('allowLatinNames');
  });

  it('names the field of each bad value with an i18n key', () => {
    const result = siteSettingsSchema.safeParse({
      ...formValuesOf(site),
      code: 'ア',
      cancellationCutoffHours: 721,
      reminderTime: '25:00',
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toEqual({
      code: 'admin.validation.code',
      cancellationCutoffHours: 'admin.validation.hours',
      reminderTime: 'admin.validation.time',
    });
    const noDate = siteSettingsSchema.safeParse({ ...formValuesOf(site), opensDate: '' });
    expect(noDate.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['opensDate', 'admin.validation.required'],
    ]);
  });
});
