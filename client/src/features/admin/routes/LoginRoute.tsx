import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { TextField } from '../components/FormFields';
import { useAdminLogin } from '../hooks/useAdminLogin';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdminSession } from '../session';

const schema = z.object({
  email: z.string().trim().email('admin.validation.email'),
  password: z.string().min(1, 'admin.validation.required'),
});
type LoginForm = z.infer<typeof schema>;

/** Email and password; any /admin URL shows this until someone is logged in, then that URL's screen. */
export function LoginRoute() {
  const { t } = useAdminI18n();
  const { expired } = useAdminSession();
  const { login, loading } = useAdminLogin();
  const [refusal, setRefusal] = useState<{ key: AdminMessageKey; minutes?: number } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginForm>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    try {
      const outcome = await login(values);
      if (!outcome.ok)
        setRefusal({
          key: `admin.login.error.${outcome.code}`,
          minutes: Math.max(1, Math.ceil((outcome.retryAfterSeconds ?? 60) / 60)),
        });
    } catch {
      setRefusal({ key: 'admin.error.network' });
    }
  });
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);

  return (
    <div className="admin admin--login">
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__title">{t('admin.title')}</p>
          <div className="app-header__actions">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="app-main">
        <div className="page">
          <PageHeading>{t('admin.login.title')}</PageHeading>
          {expired && (
            <Alert kind="warning">
              <strong>{t('admin.expired.title')}</strong> {t('admin.expired.body')}
            </Alert>
          )}
          <p>{t('admin.login.intro')}</p>
          {refusal && (
            <Alert kind="error" focus>
              {t(refusal.key, { minutes: refusal.minutes ?? 1 })}
            </Alert>
          )}
          <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <TextField
              label={t('admin.login.email')}
              type="email"
              autoComplete="username"
              error={message(errors.email?.message)}
              {...register('email')}
            />
            <TextField
              label={t('admin.login.password')}
              type="password"
              autoComplete="current-password"
              error={message(errors.password?.message)}
              {...register('password')}
            />
            <button type="submit" className="button button--primary button--block" disabled={loading}>
              {t('admin.login.submit')}
            </button>
          </form>
        </div>
      </main>
    </div>
  );
}
