import { Suspense, type ReactNode } from 'react';
import { PageHeading } from '../../../ui/Heading';
import { useAdminI18n } from '../i18n/admin-i18n';
import type { AdminScreen } from '../screen';
import { useAdmin } from '../session';

export function AdminLoading() {
  const { t } = useAdminI18n();
  return (
    <p className="loading" role="status">
      {t('admin.loading')}
    </p>
  );
}

/** A screen the role may open, or the "not allowed" page (the API would refuse it too). */
export function Allowed({ screen, children }: { screen: AdminScreen; children: ReactNode }) {
  const admin = useAdmin();
  if (!screen.roles.includes(admin.role)) return <DeniedPage />;
  return <Suspense fallback={<AdminLoading />}>{children}</Suspense>;
}

export function DeniedPage({ body }: { body?: string }) {
  const { t } = useAdminI18n();
  return (
    <div className="page admin-page">
      <PageHeading>{t('admin.denied.title')}</PageHeading>
      <p>{body ?? t('admin.denied.body')}</p>
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useAdminI18n();
  return (
    <div className="page admin-page">
      <PageHeading>{t('admin.notFound.title')}</PageHeading>
      <p>{t('admin.notFound.body')}</p>
    </div>
  );
}
