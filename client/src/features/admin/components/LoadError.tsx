import { Alert } from '../../../ui/Alert';
import { useAdminI18n } from '../i18n/admin-i18n';

/** A page's data did not load: says so, with a button that asks for it again. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useAdminI18n();
  return (
    <Alert kind="error">
      {t('admin.error.network')}{' '}
      <button type="button" className="button button--link" onClick={onRetry}>
        {t('admin.error.retry')}
      </button>
    </Alert>
  );
}
