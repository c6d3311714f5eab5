import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Route, Routes, useParams } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading, Allowed, DeniedPage } from '../components/Pages';
import { graphql } from '../gql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { ADMIN_SCREENS } from '../routes';
import { useAdmin } from '../session';
import { AdminSiteContext } from '../site-context';

const AdminSiteQuery = graphql(`
  query AdminSite($code: String!) {
    site(code: $code) {
      id
      code
      name
      timeZone
    }
  }
`);

/**
 * /admin/sites/<code>/…: the site's screens, once the site is known and the admin may run it (operators:
 * every site; site admins: their own). Another site's page says so instead of showing a broken form.
 */
export function SiteLayout() {
  const { t } = useAdminI18n();
  const { siteCode = '' } = useParams();
  const admin = useAdmin();
  const { data, error, refetch } = useQuery(AdminSiteQuery, { variables: { code: siteCode } });
  if (error) {
    const notFound =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
    return (
      <div className="page admin-page">
        <PageHeading>{notFound ? t('admin.notFound.title') : t('admin.error.generic')}</PageHeading>
        {notFound ? (
          <p>{t('admin.site.notFound', { code: siteCode })}</p>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void refetch()}>
            {t('admin.error.retry')}
          </button>
        )}
      </div>
    );
  }
  if (!data) return <AdminLoading />;
  if (admin.role !== 'OPERATOR' && admin.siteId !== data.site.id)
    return <DeniedPage body={t('admin.site.denied')} />;
  return (
    <AdminSiteContext.Provider value={data.site}>
      <Routes>
        {ADMIN_SCREENS.filter((s) => s.scope === 'site').map((s) => (
          <Route
            key={s.path}
            {...(s.path === '' ? { index: true } : { path: s.path })}
            element={
              <Allowed screen={s}>
                <s.component />
              </Allowed>
            }
          />
        ))}
        <Route path="*" element={<DeniedPage />} />
      </Routes>
    </AdminSiteContext.Provider>
  );
}
