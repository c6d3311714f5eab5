import type { UseFormReturn } from 'react-hook-form';
import { graphql } from '../gql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import type { SiteSettingsValues } from '../site-settings';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from './FormFields';

/** Every setting the wizard and the settings page edit. */
export const SiteSettingsFormFragment = graphql(`
  fragment SiteSettingsForm_site on Site {
    id
    code
    name
    termsOfUse
    genderField
    phoneField
    emailField
    allowLatinNames
    bookingMode
    bookingOpensAt
    cancellationCutoffHours
    mailEnabled
    reminderTime
    timeZone
  }
`);

export type SettingsSection = 'basics' | 'terms' | 'profile' | 'booking' | 'opening' | 'mail';

/** The fields of each section: what a wizard step saves. */
export const SECTION_FIELDS: Record<SettingsSection, (keyof SiteSettingsValues)[]> = {
  basics: ['name', 'code'],
  terms: ['termsOfUse'],
  profile: ['allowLatinNames', 'genderField', 'phoneField', 'emailField'],
  booking: ['bookingMode', 'cancellationCutoffHours'],
  opening: ['opensMode', 'opensDate', 'opensTime'],
  mail: ['mailEnabled', 'reminderTime'],
};

/**
 * The settings form's sections (react-hook-form + zod in site-settings.ts); each error is shown at its
 * field. The wizard shows one or two sections per step, the settings page all of them.
 */
export function SiteSettingsFields({
  form,
  sections,
  timeZone,
  defaultTerms,
}: {
  form: UseFormReturn<SiteSettingsValues>;
  sections: readonly SettingsSection[];
  timeZone: string;
  defaultTerms?: string | null;
}) {
  const { t } = useAdminI18n();
  const {
    register,
    watch,
    setValue,
    formState: { errors },
  } = form;
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);
  const policies = (['REQUIRED', 'OPTIONAL', 'HIDDEN'] as const).map((p) => ({
    value: p,
    label: t(`admin.policy.${p}`),
  }));
  const opensMode = watch('opensMode');
  const show = (s: SettingsSection) => sections.includes(s);

  return (
    <>
      {show('basics') && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.settings.basics')}</legend>
          <TextField
            label={t('admin.settings.name')}
            badge={t('admin.required')}
            error={message(errors.name?.message)}
            {...register('name')}
          />
          <TextField
            label={t('admin.settings.code')}
            badge={t('admin.required')}
            hint={t('admin.settings.codeHint')}
            autoCapitalize="off"
            spellCheck={false}
            error={message(errors.code?.message)}
            {...register('code')}
          />
        </fieldset>
      )}
      {show('terms') && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.settings.terms')}</legend>
          <TextAreaField
            label={t('admin.settings.terms')}
            hint={t('admin.settings.termsHint')}
            rows={14}
            error={message(errors.termsOfUse?.message)}
            {...register('termsOfUse')}
          />
          {defaultTerms && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setValue('termsOfUse', defaultTerms, { shouldDirty: true })}
            >
              {t('admin.settings.termsReset')}
            </button>
          )}
        </fieldset>
      )}
      {show('profile') && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.settings.profile')}</legend>
          <p className="field__hint">{t('admin.settings.profileHint')}</p>
          <p className="admin-fixed">
            {t('admin.settings.nameKana')}: <strong>{t('admin.policy.REQUIRED')}</strong>
          </p>
          <CheckboxField
            label={t('admin.settings.allowLatinNames')}
            hint={t('admin.settings.allowLatinNamesHint')}
            error={message(errors.allowLatinNames?.message)}
            {...register('allowLatinNames')}
          />
          <RadioGroup
            inline
            legend={t('admin.settings.genderField')}
            options={policies}
            error={message(errors.genderField?.message)}
            inputProps={register('genderField')}
          />
          <RadioGroup
            inline
            legend={t('admin.settings.phoneField')}
            options={policies}
            error={message(errors.phoneField?.message)}
            inputProps={register('phoneField')}
          />
          <RadioGroup
            inline
            legend={t('admin.settings.emailField')}
            options={policies}
            error={message(errors.emailField?.message)}
            inputProps={register('emailField')}
          />
        </fieldset>
      )}
      {show('booking') && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.settings.booking')}</legend>
          <RadioGroup
            legend={t('admin.settings.bookingMode')}
            options={(['SEPARATE', 'SET'] as const).map((m) => ({
              value: m,
              label: t(`admin.settings.bookingMode.${m}`),
            }))}
            error={message(errors.bookingMode?.message)}
            inputProps={register('bookingMode')}
          />
          <TextField
            label={t('admin.settings.cutoff')}
            hint={t('admin.settings.cutoffHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={720}
            error={message(errors.cancellationCutoffHours?.message)}
            {...register('cancellationCutoffHours', { valueAsNumber: true })}
          />
        </fieldset>
      )}
      {show('opening') && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.settings.opensAt')}</legend>
          <RadioGroup
            inline
            legend={t('admin.settings.opensAt.when')}
            hint={t('admin.settings.opensAtHint', { timeZone })}
            options={(['now', 'at'] as const).map((m) => ({
              value: m,
              label: t(`admin.settings.opensAt.${m}`),
            }))}
            inputProps={register('opensMode')}
          />
          {opensMode === 'at' && (
            <div className="form__row admin-row">
              <TextField
                label={t('admin.settings.opensAtDate')}
                type="date"
                error={message(errors.opensDate?.message)}
                {...register('opensDate')}
              />
              <TextField
                label={t('admin.settings.opensAtTime')}
                type="time"
                error={message(errors.opensTime?.message)}
                {...register('opensTime')}
              />
            </div>
          )}
        </fieldset>
      )}
      {show('mail') && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.settings.mail')}</legend>
          <CheckboxField
            label={t('admin.settings.mailEnabled')}
            error={message(errors.mailEnabled?.message)}
            {...register('mailEnabled')}
          />
          <TextField
            label={t('admin.settings.reminderTime')}
            hint={t('admin.settings.reminderHint')}
            type="time"
            error={message(errors.reminderTime?.message)}
            {...register('reminderTime')}
          />
        </fieldset>
      )}
    </>
  );
}
