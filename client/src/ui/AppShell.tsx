import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** Header (site name, language, logout), main landmark and footer; knows nothing of GraphQL. */
export function AppShell({
  title,
  onLogout,
  footer,
  children,
}: {
  title: ReactNode;
  onLogout?: () => void;
  /** Shown above the footer's line, e.g. the site's contact */
  footer?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__title">{title}</p>
          <div className="app-header__actions">
            <LanguageSwitch />
            {onLogout && (
              <button type="button" className="button button--link" onClick={onLogout}>
                {t('app.logout')}
              </button>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="app-main">
        {children}
      </main>
      <footer className="app-footer">
        {footer}
        <p className="app-footer__note">{t('app.footer')}</p>
      </footer>
    </>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
