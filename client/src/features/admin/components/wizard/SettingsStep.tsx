import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Alert } from '../../../../ui/Alert';
import { applySettingsErrors } from '../../hooks/applyFieldErrors';
import { useUpdateSiteSettings } from '../../hooks/useUpdateSiteSettings';
import { useAdminI18n } from '../../i18n/admin-i18n';
import { settingsInputOf, type SiteSettingsValues } from '../../site-settings';
import { SECTION_FIELDS, SiteSettingsFields, type SettingsSection } from '../SiteSettingsFields';

/** A wizard step of site settings: checks and saves only its own fields, each error at its field. */
export function SettingsStep({
  form,
  site,
  sections,
  defaultTerms,
  onDone,
  onBack,
}: {
  form: UseFormReturn<SiteSettingsValues>;
  site: { id: string; code: string; timeZone: string };
  sections: SettingsSection[];
  defaultTerms?: string;
  onDone: () => void;
  onBack?: (() => void) | undefined;
}) {
  const { t } = useAdminI18n();
  const navigate = useNavigate();
  const { save, loading } = useUpdateSiteSettings();
  const [failed, setFailed] = useState(false);
  const fields = sections.flatMap((s) => SECTION_FIELDS[s]);

  const onSubmit = async () => {
    setFailed(false);
    if (!(await form.trigger(fields, { shouldFocus: true }))) return;
    const result = await save(settingsInputOf(site.id, form.getValues(), site.timeZone, fields));
    if (!result.ok) {
      applySettingsErrors(form, result.fieldErrors);
      setFailed(true);
      return;
    }
    if (result.code !== site.code) {
      // A new code is a new URL; the wizard goes on there.
      void navigate(`/admin/sites/${result.code}/setup?step=2`, { replace: true });
      return;
    }
    onDone();
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {failed && <Alert kind="error">{t('admin.settings.saveError')}</Alert>}
      <SiteSettingsFields
        form={form}
        sections={sections}
        timeZone={site.timeZone}
        defaultTerms={defaultTerms}
      />
      <WizardButtons onBack={onBack} busy={loading} submitLabel={t('admin.wizard.saveNext')} />
    </form>
  );
}

export function WizardButtons({
  onBack,
  busy,
  submitLabel,
  onSkip,
}: {
  onBack?: (() => void) | undefined;
  busy?: boolean;
  submitLabel: string;
  onSkip?: () => void;
}) {
  const { t } = useAdminI18n();
  return (
    <div className="wizard-nav">
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
      {onSkip && (
        <button type="button" className="button button--secondary" onClick={() => onSkip()}>
          {t('admin.wizard.skip')}
        </button>
      )}
      {onBack && (
        <button type="button" className="button button--link" onClick={() => onBack()}>
          {t('admin.back')}
        </button>
      )}
    </div>
  );
}
