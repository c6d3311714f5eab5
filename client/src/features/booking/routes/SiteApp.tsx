import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import { AppShell, Loading } from '../../../ui/AppShell';
import { ErrorPage } from '../../../ui/ErrorPage';
import { useLogout } from '../../auth/hooks/useLogout';
import { LoginRoute } from '../../auth/routes/LoginRoute';
import { RegisterRoute } from '../../auth/routes/RegisterRoute';
import { SelfRegisterRoute } from '../../auth/routes/SelfRegisterRoute';
import { SessionProvider, useSession } from '../../auth/session';
import { NotFoundRoute } from '../../auth/routes/StaticRoutes';
import { BookRoute } from './BookRoute';
import { MyPageRoute } from './MyPageRoute';
import { SiteProvider } from '../site-context';

const SiteShellQueryDocument = graphql(`
  query SiteShell($siteCode: String!) {
    site(code: $siteCode) {
      id
      code
      name
      plan
      timeZone
    }
  }
`);

/** One site's booking app: its session, its Apollo client, its header, its pages. */
export function SiteApp() {
  const { siteCode = '' } = useParams();
  return (
    <SessionProvider key={siteCode} siteCode={siteCode}>
      <SiteShellRoute siteCode={siteCode} />
    </SessionProvider>
  );
}

function SiteShellRoute({ siteCode }: { siteCode: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(SiteShellQueryDocument, { variables: { siteCode } });

  if (error) {
    const notFound =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
    return (
      <AppShell title={t('app.title')}>
        {notFound ? (
          <ErrorPage title={t('error.siteNotFound.title')}>
            <p>{t('error.siteNotFound.body', { code: siteCode })}</p>
          </ErrorPage>
        ) : (
          <ErrorPage
            title={t('error.title')}
            action={
              <button type="button" className="button button--primary" onClick={() => void refetch()}>
                {t('error.retry')}
              </button>
            }
          >
            <p>{t('error.network')}</p>
          </ErrorPage>
        )}
      </AppShell>
    );
  }
  if (!data) {
    return (
      <AppShell title={t('app.title')}>
        <Loading />
      </AppShell>
    );
  }
  const site = data.site;
  const onLogout = session
    ? () => {
        void logout().then(() => navigate(`/s/${site.code}`));
      }
    : undefined;
  return (
    <SiteProvider site={site}>
      <AppShell title={site.name} onLogout={onLogout}>
        <Routes>
          <Route index element={<LoginRoute />} />
          <Route path="self-register" element={<SelfRegisterRoute />} />
          <Route path="expired" element={<SessionExpiredRoute />} />
          <Route
            path="register"
            element={
              <RequireSession>
                <RegisterRoute />
              </RequireSession>
            }
          />
          <Route
            path="my"
            element={
              <RequireSession>
                <MyPageRoute />
              </RequireSession>
            }
          />
          <Route
            path="book"
            element={
              <RequireSession>
                <BookRoute />
              </RequireSession>
            }
          />
          <Route path="*" element={<NotFoundRoute bare />} />
        </Routes>
      </AppShell>
    </SiteProvider>
  );
}

/** Pages behind the login: without a session, the login page — or the "expired" page if it just ran out. */
function RequireSession({ children }: { children: ReactNode }) {
  const { session, expired, siteCode } = useSession();
  if (session) return <>{children}</>;
  return <Navigate to={expired ? `/s/${siteCode}/expired` : `/s/${siteCode}`} replace />;
}

function SessionExpiredRoute() {
  const { t } = useI18n();
  const { siteCode } = useSession();
  return (
    <ErrorPage
      title={t('error.expired.title')}
      action={
        <Link className="button button--primary" to={`/s/${siteCode}`}>
          {t('error.expired.login')}
        </Link>
      }
    >
      <p>{t('error.expired.body')}</p>
    </ErrorPage>
  );
}
