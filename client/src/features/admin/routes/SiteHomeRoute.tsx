import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { SelectField, TextField } from '../components/FormFields';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import type { SiteHomeQuery } from '../gql/graphql';
import { useCreateAdminUser } from '../hooks/useCreateAdminUser';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdmin } from '../session';
import { useAdminSite } from '../site-context';

const SiteHomeQueryDocument = graphql(`
  query SiteHome($code: String!, $siteId: ID!) {
    site(code: $code) {
      id
      code
      name
      plan
      siteAdminsCreateSiteAdmins
    }
    adminUsers(siteId: $siteId, first: 200) {
      edges {
        node {
          id
          email
          displayName
          role
        }
      }
    }
  }
`);

type AdminRow = SiteHomeQuery['adminUsers']['edges'][number]['node'];

const newAdminSchema = z.object({
  email: z.string().trim().email('admin.validation.email'),
  displayName: z.string().trim().min(1, 'admin.validation.required').max(100),
  password: z.string().min(10, 'admin.validation.password').max(200),
  role: z.enum(['SITE_ADMIN', 'VENUE_STAFF']),
});
type NewAdminForm = z.infer<typeof newAdminSchema>;

/** A site's overview: its booking URL, where to set it up, and its admins and staff (with a form to add one). */
export function SiteHomeRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const admin = useAdmin();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { data } = useQuery(SiteHomeQueryDocument, { variables: { code: site.code, siteId: site.id } });
  const { createAdminUser, loading } = useCreateAdminUser();
  const [created, setCreated] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<NewAdminForm>({
    resolver: zodResolver(newAdminSchema),
    defaultValues: { email: '', displayName: '', password: '', role: 'SITE_ADMIN' },
  });
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);
  const mayCreateSiteAdmins = admin.role === 'OPERATOR' || data?.site.siteAdminsCreateSiteAdmins === true;
  const roles = (
    mayCreateSiteAdmins ? (['SITE_ADMIN', 'VENUE_STAFF'] as const) : (['VENUE_STAFF'] as const)
  ).map((role) => ({ value: role, label: t(`admin.role.${role}`) }));

  const onSubmit = handleSubmit(async (values) => {
    setCreated(null);
    const outcome = await createAdminUser({
      ...values,
      role: mayCreateSiteAdmins ? values.role : 'VENUE_STAFF',
      siteId: site.id,
    });
    if (outcome.ok) {
      setCreated(outcome.email);
      reset();
      return;
    }
    for (const e of outcome.fieldErrors) {
      if (e.field === 'email')
        setError('email', {
          message: e.code === 'CONFLICT' ? 'admin.validation.emailTaken' : 'admin.validation.email',
        });
      else if (e.field === 'password') setError('password', { message: 'admin.validation.password' });
      else setError('root', { message: 'admin.error.generic' });
    }
  });

  const columns: ListColumn<AdminRow>[] = [
    { accessorKey: 'email', header: t('admin.site.adminEmail') },
    { accessorKey: 'displayName', header: t('admin.site.adminName') },
    { id: 'role', accessorFn: (u) => t(`admin.role.${u.role}`), header: t('admin.site.adminRole') },
  ];
  const bookingUrl = `${window.location.origin}/s/${site.code}`;

  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('admin.site.title', { name: site.name })}</PageHeading>
      {notice && <Alert kind="success">{notice}</Alert>}
      <dl className="summary admin-summary">
        <dt>{t('admin.sites.code')}</dt>
        <dd>{site.code}</dd>
        <dt>{t('admin.site.bookingUrl')}</dt>
        <dd>
          <a href={bookingUrl}>{bookingUrl}</a>
        </dd>
      </dl>
      <p className="admin-actions">
        <Link className="button button--primary" to={`/admin/sites/${site.code}/setup`}>
          {t('admin.site.setupLink')}
        </Link>
        <Link className="button button--secondary" to={`/admin/sites/${site.code}/settings`}>
          {t('admin.site.settingsLink')}
        </Link>
      </p>

      <section className="section" aria-labelledby="site-admins">
        <h2 id="site-admins">{t('admin.site.admins')}</h2>
        {data ? (
          <DataTable
            caption={t('admin.site.admins')}
            columns={columns}
            data={data.adminUsers.edges.map((e) => e.node)}
            empty={t('admin.site.adminsEmpty')}
          />
        ) : (
          <AdminLoading />
        )}
      </section>

      <section className="section" aria-labelledby="new-admin">
        <h2 id="new-admin">{t('admin.site.newAdmin')}</h2>
        {created && <Alert kind="success">{t('admin.site.newAdmin.created', { email: created })}</Alert>}
        {errors.root?.message && <Alert kind="error">{message(errors.root.message)}</Alert>}
        <form className="form admin-form-grid" onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField
            label={t('admin.site.adminEmail')}
            type="email"
            autoComplete="off"
            error={message(errors.email?.message)}
            {...register('email')}
          />
          <TextField
            label={t('admin.site.adminName')}
            autoComplete="off"
            error={message(errors.displayName?.message)}
            {...register('displayName')}
          />
          <TextField
            label={t('admin.site.newAdmin.password')}
            type="password"
            autoComplete="new-password"
            error={message(errors.password?.message)}
            {...register('password')}
          />
          <SelectField label={t('admin.site.adminRole')} options={roles} {...register('role')} />
          <div>
            <button type="submit" className="button button--primary" disabled={loading}>
              {t('admin.site.newAdmin.submit')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
