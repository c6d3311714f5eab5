import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { SiteContact } from '../../../ui/SiteContact';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';
import { useSite } from '../../booking/site-context';
import { NewPasswordFields, newPasswordProblems } from '../components/NewPasswordFields';
import { usePasswordReset } from '../hooks/usePasswordReset';

/** The page a reset mail links to: the token rides in the URL fragment, never sent to any server log. */
export function NewPasswordRoute() {
  const { t } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  const { resetWithLink, loading } = usePasswordReset();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'password' | 'confirm', MessageKey>>>({});
  const [failure, setFailure] = useState<MessageKey | null>(token ? null : 'reset.error.noToken');
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordProblems(password, confirm);
    setErrors(found);
    if (Object.keys(found).length > 0 || !token) {
      focusFirstInvalid();
      return;
    }
    try {
      const outcome = await resetWithLink({ token, newPassword: password });
      if (outcome.ok) void navigate(`/s/${site.code}`, { state: { flash: 'passwordReset' } });
      else setFailure(`reset.error.${outcome.code}`);
    } catch {
      setFailure('error.network');
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('newPassword.title')}</PageHeading>
      {failure ? (
        <>
          <Alert kind="error" focus>
            {t(failure)}
          </Alert>
          <p>
            <Link className="button button--primary button--block" to={`/s/${site.code}/password`}>
              {t('reset.again')}
            </Link>
          </p>
          <SiteContact contact={site} />
        </>
      ) : (
        <>
          <p>{t('newPassword.intro')}</p>
          <form ref={form} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <NewPasswordFields
              password={password}
              confirm={confirm}
              onPasswordChange={setPassword}
              onConfirmChange={setConfirm}
              errors={errors}
            />
            <button type="submit" className="button button--primary button--block" disabled={loading}>
              {loading ? t('reset.sending') : t('reset.setPassword')}
            </button>
          </form>
        </>
      )}
      <p className="page__aside">
        <Link to={`/s/${site.code}`}>{t('reset.backToLogin')}</Link>
      </p>
    </div>
  );
}
