import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading } from '../components/Pages';
import { SiteSettingsFields } from '../components/SiteSettingsFields';
import { graphql } from '../gql';
import type { SiteSettingsForm_SiteFragment } from '../gql/graphql';
import { applySettingsErrors } from '../hooks/applyFieldErrors';
import { useUpdateSiteSettings } from '../hooks/useUpdateSiteSettings';
import { useAdminI18n } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { formValuesOf, settingsInputOf, siteSettingsSchema, type SiteSettingsValues } from '../site-settings';

const SiteSettingsPageQuery = graphql(`
  query SiteSettingsPage($code: String!) {
    site(code: $code) {
      id
      ...SiteSettingsForm_site @unmask
    }
    defaultTermsOfUse
  }
`);

const ALL_FIELDS = [
  'name',
  'code',
  'termsOfUse',
  'genderField',
  'phoneField',
  'emailField',
  'allowLatinNames',
  'bookingMode',
  'opensMode',
  'cancellationCutoffHours',
  'mailEnabled',
  'reminderTime',
] as const;

/** Every setting the wizard set, on one page; each refusal is shown at its field. */
export function SettingsRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const { data } = useQuery(SiteSettingsPageQuery, {
    variables: { code: site.code },
    fetchPolicy: 'network-only',
  });
  return (
    <div className="page admin-page">
      <PageHeading>{t('admin.settings.title')}</PageHeading>
      {data ? <SettingsForm site={data.site} defaultTerms={data.defaultTermsOfUse} /> : <AdminLoading />}
    </div>
  );
}

function SettingsForm({ site, defaultTerms }: { site: SiteSettingsForm_SiteFragment; defaultTerms: string }) {
  const { t } = useAdminI18n();
  const navigate = useNavigate();
  const { save, loading } = useUpdateSiteSettings();
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const form = useForm<SiteSettingsValues>({
    resolver: zodResolver(siteSettingsSchema),
    defaultValues: formValuesOf(site),
  });

  const onSubmit = form.handleSubmit(
    async (values) => {
      setOutcome(null);
      const result = await save(settingsInputOf(site.id, values, site.timeZone, ALL_FIELDS));
      if (result.ok) {
        setOutcome('saved');
        form.reset(values);
        if (result.code !== site.code)
          void navigate(`/admin/sites/${result.code}/settings`, { replace: true });
        return;
      }
      applySettingsErrors(form, result.fieldErrors);
      setOutcome('failed');
    },
    () => setOutcome('failed'),
  );

  return (
    <form className="form admin-settings" onSubmit={(event) => void onSubmit(event)} noValidate>
      {outcome === 'saved' && <Alert kind="success">{t('admin.saved')}</Alert>}
      {outcome === 'failed' && <Alert kind="error">{t('admin.settings.saveError')}</Alert>}
      <SiteSettingsFields
        form={form}
        sections={['basics', 'terms', 'profile', 'booking', 'opening', 'mail']}
        timeZone={site.timeZone}
        defaultTerms={defaultTerms}
      />
      <div className="admin-sticky-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('admin.save')}
        </button>
      </div>
    </form>
  );
}
