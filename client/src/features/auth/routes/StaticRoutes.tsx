import { AppShell } from '../../../ui/AppShell';
import { ErrorPage } from '../../../ui/ErrorPage';
import { useI18n } from '../../../i18n/i18n';

export function LandingRoute() {
  const { t } = useI18n();
  return (
    <AppShell title={t('app.title')}>
      <ErrorPage title={t('landing.title')}>
        <p>{t('landing.body')}</p>
      </ErrorPage>
    </AppShell>
  );
}

/** `bare` inside a site's shell, which already has the header. */
export function NotFoundRoute({ bare = false }: { bare?: boolean }) {
  const { t } = useI18n();
  const page = (
    <ErrorPage title={t('error.notFound.title')}>
      <p>{t('error.notFound.body')}</p>
    </ErrorPage>
  );
  return bare ? page : <AppShell title={t('app.title')}>{page}</AppShell>;
}
