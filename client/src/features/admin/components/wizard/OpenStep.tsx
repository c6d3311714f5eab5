import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../i18n/format';
import { Alert } from '../../../../ui/Alert';
import { applySettingsErrors } from '../../hooks/applyFieldErrors';
import { useUpdateSiteSettings } from '../../hooks/useUpdateSiteSettings';
import { useAdminI18n } from '../../i18n/admin-i18n';
import type { WizardPageQuery as WizardData } from '../../gql/graphql';
import { instantOf, settingsInputOf, type SiteSettingsValues } from '../../site-settings';
import { SECTION_FIELDS, SiteSettingsFields } from '../SiteSettingsFields';
import { WizardButtons } from './SettingsStep';

/** The summary, when bookings open (now or at a time), and the button that opens them. */
export function OpenStep({
  form,
  data,
  onBack,
}: {
  form: UseFormReturn<SiteSettingsValues>;
  data: WizardData;
  onBack?: (() => void) | undefined;
}) {
  const { t, language } = useAdminI18n();
  const { save, loading } = useUpdateSiteSettings();
  const [opened, setOpened] = useState(false);
  const [failed, setFailed] = useState(false);
  const values = form.watch();
  const site = data.site;
  const url = `${window.location.origin}/s/${site.code}`;

  const onSubmit = async () => {
    setFailed(false);
    if (!(await form.trigger(SECTION_FIELDS.opening, { shouldFocus: true }))) return;
    const result = await save(settingsInputOf(site.id, form.getValues(), site.timeZone, ['opensMode']));
    if (!result.ok) {
      applySettingsErrors(form, result.fieldErrors);
      setFailed(true);
      return;
    }
    setOpened(true);
  };

  if (opened)
    return (
      <div>
        <Alert kind="success" focus>
          {t('admin.wizard.open.done', { url })}
        </Alert>
        <p className="admin-actions">
          <a className="button button--primary" href={url}>
            {url}
          </a>
          <Link className="button button--secondary" to={`/admin/sites/${site.code}/settings`}>
            {t('admin.wizard.done.settings')}
          </Link>
        </p>
      </div>
    );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <p>{t('admin.wizard.open.intro')}</p>
      {failed && <Alert kind="error">{t('admin.settings.saveError')}</Alert>}
      <h3>{t('admin.wizard.open.summary')}</h3>
      <dl className="summary admin-summary">
        <dt>{t('admin.settings.name')}</dt>
        <dd>{site.name}</dd>
        <dt>{t('admin.site.bookingUrl')}</dt>
        <dd>{url}</dd>
        <dt>{t('admin.settings.bookingMode')}</dt>
        <dd>{t(`admin.settings.bookingMode.${site.bookingMode}`)}</dd>
        <dt>{t('admin.settings.cutoff')}</dt>
        <dd>{t('admin.wizard.open.hours', { hours: site.cancellationCutoffHours })}</dd>
        <dt>{t('admin.settings.mail')}</dt>
        <dd>{site.mailEnabled ? `${t('admin.settings.reminderTime')} ${site.reminderTime}` : '—'}</dd>
        <dt>{t('admin.wizard.open.venues')}</dt>
        <dd>{data.venues.map((v) => v.name).join('、') || '—'}</dd>
      </dl>
      <SiteSettingsFields form={form} sections={['opening']} timeZone={site.timeZone} />
      <p>
        {values.opensMode === 'at' &&
        /^\d{4}-\d{2}-\d{2}$/.test(values.opensDate) &&
        /^\d{2}:\d{2}$/.test(values.opensTime)
          ? t('admin.wizard.open.opensAt', {
              time: formatDateTime(
                instantOf(values.opensDate, values.opensTime, site.timeZone),
                site.timeZone,
                language,
              ),
            })
          : t('admin.wizard.open.opensNow')}
      </p>
      <WizardButtons onBack={onBack} busy={loading} submitLabel={t('admin.wizard.open.submit')} />
    </form>
  );
}
