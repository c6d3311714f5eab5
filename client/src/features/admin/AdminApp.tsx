import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { useAdminLogout } from './hooks/useAdminLogout';
import { useAdminI18n } from './i18n/admin-i18n';
import { Allowed, NotFoundPage } from './components/Pages';
import { LoginRoute } from './routes/LoginRoute';
import { SiteLayout } from './routes/SiteLayout';
import { ADMIN_SCREENS, homePathOf, screenUrl } from './routes';
import { AdminSessionProvider, useAdmin, useAdminSession } from './session';
// A stylesheet the app links itself (React hoists it): the booking app's lazy import needs no CSS loader.
import adminStylesheet from './admin.css?url';

/** The admin app at /admin: its own session, Apollo client, menu and screens (a lazily loaded chunk). */
export function AdminApp() {
  return (
    <AdminSessionProvider>
      <link rel="stylesheet" href={adminStylesheet} precedence="admin" />
      <AdminRoot />
    </AdminSessionProvider>
  );
}

function AdminRoot() {
  const { session } = useAdminSession();
  if (!session) return <LoginRoute />;
  return <AdminShell />;
}

function AdminShell() {
  const { t } = useAdminI18n();
  const { t: shared } = useI18n();
  const admin = useAdmin();
  const logout = useAdminLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Plain router parts only (no NavLink, useMatch): what the admin app uses of react-router lives in
  // the booking app's entry script, so it uses what the booking app uses already.
  const matched = /^\/admin\/sites\/([^/]+)/.exec(pathname)?.[1];
  const siteCode = matched && matched !== 'new' ? decodeURIComponent(matched) : undefined;
  const navLink = (to: string, label: string) => (
    <Link
      className={`admin-nav__link${pathname === to ? ' active' : ''}`}
      to={to}
      aria-current={pathname === to ? 'page' : undefined}
    >
      {label}
    </Link>
  );
  const allowed = ADMIN_SCREENS.filter((s) => s.nav !== false && s.roles.includes(admin.role));
  const globalItems = allowed.filter((s) => s.scope === 'global');
  const siteItems = siteCode ? allowed.filter((s) => s.scope === 'site') : [];
  return (
    <div className="admin">
      <a className="skip-link" href="#main">
        {shared('app.skipToContent')}
      </a>
      <header className="app-header admin-header">
        <div className="admin-header__inner">
          <p className="app-header__title">{t('admin.title')}</p>
          <p className="admin-header__who">
            {t('admin.signedInAs', { name: admin.displayName, role: t(`admin.role.${admin.role}`) })}
          </p>
          <div className="app-header__actions">
            <LanguageSwitch />
            <button
              type="button"
              className="button button--link"
              onClick={() => void logout().then(() => navigate('/admin'))}
            >
              {t('admin.logout')}
            </button>
          </div>
        </div>
      </header>
      <div className="admin-body">
        <nav className="admin-nav" aria-label={t('admin.nav')}>
          <ul className="admin-nav__list">
            {globalItems.map((s) => (
              <li key={s.path}>{navLink(screenUrl(s), t(s.navKey))}</li>
            ))}
          </ul>
          {siteItems.length > 0 && (
            <>
              <p className="admin-nav__group">{t('admin.nav.site', { name: siteCode ?? '' })}</p>
              <ul className="admin-nav__list">
                {siteItems.map((s) => (
                  <li key={s.path}>{navLink(screenUrl(s, siteCode), t(s.navKey))}</li>
                ))}
              </ul>
            </>
          )}
        </nav>
        <main id="main" className="admin-main">
          <Routes>
            <Route index element={<Navigate to={homePathOf(admin.role)} replace />} />
            {ADMIN_SCREENS.filter((s) => s.scope === 'global').map((s) => (
              <Route
                key={s.path}
                path={s.path}
                element={
                  <Allowed screen={s}>
                    <s.component />
                  </Allowed>
                }
              />
            ))}
            <Route path="sites/:siteCode/*" element={<SiteLayout />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </main>
      </div>
    </div>
  );
}
