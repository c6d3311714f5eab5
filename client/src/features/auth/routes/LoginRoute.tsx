import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { useSite } from '../../booking/site-context';
import { useRecipientLogin } from '../hooks/useRecipientLogin';
import { useSession } from '../session';
import { normalizeDigits } from '../ticket-input';

type Method = 'birthDate' | 'password';

/** Ticket number + birth date (first time) or password (registered, or an issued initial password). */
export function LoginRoute() {
  const { t } = useI18n();
  const site = useSite();
  const { session } = useSession();
  const navigate = useNavigate();
  const { login, loading } = useRecipientLogin();
  const [ticketNumber, setTicketNumber] = useState('');
  const [method, setMethod] = useState<Method>('birthDate');
  const [birthDate, setBirthDate] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, MessageKey>>({});
  const [error, setError] = useState<Message | null>(null);

  if (session) return <Navigate to={`/s/${site.code}/my`} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const number = normalizeDigits(ticketNumber);
    const errors: Record<string, MessageKey> = {};
    if (!/^\d{10}$/.test(number)) errors.ticketNumber = 'login.error.ticketFormat';
    if (method === 'birthDate' && !birthDate) errors.birthDate = 'login.error.required';
    if (method === 'password' && !password) errors.password = 'login.error.required';
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    try {
      const outcome = await login({
        siteCode: site.code,
        ticketNumber: number,
        ...(method === 'birthDate' ? { birthDate } : { password }),
      });
      if (outcome.ok) {
        void navigate(`/s/${site.code}/${outcome.registrationRequired ? 'register' : 'my'}`);
        return;
      }
      setError({
        key: `login.error.${outcome.code}`,
        params: {
          minutes: Math.max(1, Math.ceil((outcome.retryAfterSeconds ?? 60) / 60)),
        },
      });
    } catch {
      setError({ key: 'error.network' });
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('login.title')}</PageHeading>
      <p>{t('login.intro')}</p>
      {error && (
        <Alert kind="error" focus>
          {t(error.key, error.params)}
        </Alert>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field
          label={t('login.ticketNumber')}
          hint={t('login.ticketNumber.hint')}
          name="ticketNumber"
          inputMode="numeric"
          autoComplete="username"
          value={ticketNumber}
          onChange={(event) => setTicketNumber(event.target.value)}
          error={fieldErrors.ticketNumber && t(fieldErrors.ticketNumber)}
          required
        />
        <fieldset className="choice">
          <legend className="field__label">{t('login.method')}</legend>
          {(['birthDate', 'password'] as const).map((value) => (
            <label key={value} className="choice__option">
              <input
                type="radio"
                name="method"
                value={value}
                checked={method === value}
                onChange={() => setMethod(value)}
              />
              {t(`login.method.${value}`)}
            </label>
          ))}
        </fieldset>
        {method === 'birthDate' ? (
          <Field
            label={t('login.birthDate')}
            name="birthDate"
            type="date"
            autoComplete="bday"
            value={birthDate}
            onChange={(event) => setBirthDate(event.target.value)}
            error={fieldErrors.birthDate && t(fieldErrors.birthDate)}
            required
          />
        ) : (
          <Field
            label={t('login.password')}
            hint={t('login.password.hint')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldErrors.password && t(fieldErrors.password)}
            required
          />
        )}
        <button type="submit" className="button button--primary button--block" disabled={loading}>
          {t('login.submit')}
        </button>
      </form>
      {site.plan === 'CLINIC' && (
        <p className="page__aside">
          <Link to={`/s/${site.code}/self-register`}>{t('login.selfRegister')}</Link>
        </p>
      )}
    </div>
  );
}
