import type { UseFormReturn } from 'react-hook-form';
import type { AdminMessageKey } from '../i18n/admin-i18n';
import { formFieldOf, type SiteSettingsValues } from '../site-settings';
import type { fieldErrorsOf } from './server-errors';

/**
 * Puts each server refusal at its field (a taken code, a value out of range); returns false when one
 * names no field of the form, for a message above it.
 */
export function applySettingsErrors(
  form: UseFormReturn<SiteSettingsValues>,
  errors: ReturnType<typeof fieldErrorsOf>,
): boolean {
  let allPlaced = errors.length > 0;
  for (const e of errors) {
    const field = formFieldOf(e.field);
    if (!field) {
      allPlaced = false;
      continue;
    }
    const key: AdminMessageKey =
      e.code === 'CONFLICT' && field === 'code'
        ? 'admin.validation.taken'
        : field === 'code'
          ? 'admin.validation.code'
          : field === 'cancellationCutoffHours'
            ? 'admin.validation.hours'
            : field === 'reminderTime'
              ? 'admin.validation.time'
              : 'admin.error.form';
    form.setError(field, { message: key }, { shouldFocus: true });
  }
  return allPlaced;
}
