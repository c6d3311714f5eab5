import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import { AppShell, Loading } from '../../../ui/AppShell';
import { ErrorPage } from '../../../ui/ErrorPage';
import { useLogout } from '../../auth/hooks/useLogout';
import { LoginRoute } from '../../auth/routes/LoginRoute';
import { SiteContact } from '../../../ui/SiteContact';
import { SessionProvider, useSession } from '../../auth/session';
import { NotFoundRoute } from '../../auth/routes/StaticRoutes';
import { SiteProvider } from '../site-context';
import { FaqLauncher } from '../../faq/FaqLauncher';

// The login page is in the first script; every other page is a chunk of its own, fetched when first opened,
// so a phone on a slow line gets a usable login form sooner (bench/README.md, "First paint").
const RegisterRoute = lazy(() => loadRegisterRoute().then((m) => ({ default: m.RegisterRoute })));
const SelfRegisterRoute = lazy(() =>
  import('../../auth/routes/SelfRegisterRoute').then((m) => ({ default: m.SelfRegisterRoute })),
);
const ForgotPasswordRoute = lazy(() =>
  import('../../auth/routes/ForgotPasswordRoute').then((m) => ({ default: m.ForgotPasswordRoute })),
);
const NewPasswordRoute = lazy(() =>
  import('../../auth/routes/NewPasswordRoute').then((m) => ({ default: m.NewPasswordRoute })),
);
const loadBookRoute = () => import('./BookRoute');
const loadMyPageRoute = () => import('./MyPageRoute');
const loadRegisterRoute = () => import('../../auth/routes/RegisterRoute');
const BookRoute = lazy(() => loadBookRoute().then((m) => ({ default: m.BookRoute })));
const ChangeRoute = lazy(() => import('./ChangeRoute').then((m) => ({ default: m.ChangeRoute })));
const MyPageRoute = lazy(() => loadMyPageRoute().then((m) => ({ default: m.MyPageRoute })));

export const SiteShellQueryDocument = graphql(`
  query SiteShell($siteCode: String!) {
    site(code: $siteCode) {
      id
      code
      name
      plan
      timeZone
      contactPhone
      contactHours
      contactEmail
      passwordResetFact
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
  const shown = Boolean(data);
  // While the person types on the login page, the pages that follow it come down the line.
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => {
      void loadRegisterRoute();
      void loadMyPageRoute();
      void loadBookRoute();
    }, 500);
    return () => clearTimeout(timer);
  }, [shown]);

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
        void logout().then(() => navigate(`/s/${site.code}`, { state: { flash: 'loggedOut' } }));
      }
    : undefined;
  return (
    <SiteProvider site={site}>
      <AppShell title={site.name} onLogout={onLogout} footer={<SiteContact contact={site} />}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route index element={<LoginRoute />} />
            <Route path="self-register" element={<SelfRegisterRoute />} />
            <Route path="password" element={<ForgotPasswordRoute />} />
            <Route path="password/new" element={<NewPasswordRoute />} />
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
            <Route
              path="change/:reservationId"
              element={
                <RequireSession>
                  <ChangeRoute />
                </RequireSession>
              }
            />
            <Route path="*" element={<NotFoundRoute bare />} />
          </Routes>
        </Suspense>
      </AppShell>
      {/* A new session (login, logout) starts a new conversation: no one sees another's bookings. */}
      <FaqLauncher key={session?.token ?? 'anonymous'} siteCode={site.code} timeZone={site.timeZone} />
    </SiteProvider>
  );
}

/** Pages behind the login: without a session, the login page — or the "expired" page if it just ran out. */
function RequireSession({ children }: { children: ReactNode }) {
  const { session, expired, siteCode } = useSession();
  const location = useLocation();
  if (session) return <>{children}</>;
  // Where the person was goes along, so logging in again takes them back there (e.g. mid-booking).
  return (
    <Navigate
      to={expired ? `/s/${siteCode}/expired` : `/s/${siteCode}`}
      replace
      state={{ from: location.pathname + location.search }}
    />
  );
}

function SessionExpiredRoute() {
  const { t } = useI18n();
  const { siteCode } = useSession();
  const location = useLocation();
  return (
    <ErrorPage
      title={t('error.expired.title')}
      action={
        <Link className="button button--primary" to={`/s/${siteCode}`} state={location.state as unknown}>
          {t('error.expired.login')}
        </Link>
      }
    >
      <p>{t('error.expired.body')}</p>
    </ErrorPage>
  );
}
