import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { useSite } from '../../booking/site-context';
import { useRecipientLogin } from '../hooks/useRecipientLogin';
import { useSession } from '../session';
import { normalizeDigits } from '../ticket-input';
import { readBirthDate } from '../birth-date';
import { BirthDateField, birthDateProblem } from '../components/BirthDateField';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';

type Method = 'birthDate' | 'password';

/** Ticket number + birth date (first time) or password (registered, or an issued initial password). */
export function LoginRoute() {
  const { t } = useI18n();
  const site = useSite();
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { flash?: 'passwordReset' | 'loggedOut'; from?: string } | null;
  const flash = state?.flash;
  // Back to the page the session ended on (only this site's pages).
  const from = state?.from?.startsWith(`/s/${site.code}/`) ? state.from : null;
  const { login, loading } = useRecipientLogin();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
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
    // A date that cannot be read never reaches the server, so it never counts toward the lock.
    const dateProblem = method === 'birthDate' ? birthDateProblem(birthDate) : null;
    if (dateProblem) errors.birthDate = dateProblem;
    if (method === 'password' && !password) errors.password = 'login.error.required';
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    const reading = readBirthDate(birthDate);
    try {
      const outcome = await login({
        siteCode: site.code,
        ticketNumber: number,
        ...(method === 'birthDate' && reading.ok ? { birthDate: reading.iso } : { password }),
      });
      if (outcome.ok) {
        void navigate(
          outcome.registrationRequired ? `/s/${site.code}/register` : (from ?? `/s/${site.code}/my`),
          { state: from ? { resumed: true } : null },
        );
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
      {from && !error && <Alert kind="info">{t('login.resume')}</Alert>}
      {flash && !error && (
        <Alert kind="success">
          {t(flash === 'passwordReset' ? 'login.flash.passwordReset' : 'login.flash.loggedOut')}
        </Alert>
      )}
      {error && (
        <Alert kind="error" focus>
          {t(error.key, error.params)}
          {error.key === 'login.error.INVALID_CREDENTIALS' && site.plan === 'CLINIC' && (
            // At a clinic the usual reason is a ticket not registered yet: the way there, with what was typed.
            <>
              <br />
              {t('login.clinic.unregistered')}{' '}
              <Link to={`/s/${site.code}/self-register`} state={{ ticketNumber, birthDate }}>
                {t('login.clinic.selfRegister')}
              </Link>
            </>
          )}
          {error.key === 'login.error.TOO_MANY_ATTEMPTS' && (
            <>
              {' '}
              <Link to={`/s/${site.code}/password`}>{t('login.forgot')}</Link>
              <br />
              {t('login.locked.help')}
            </>
          )}
        </Alert>
      )}
      <form ref={form} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
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
          <BirthDateField
            value={birthDate}
            onChange={(value) => {
              setBirthDate(value);
              // A corrected date no longer shows the old message under the new read-back.
              setFieldErrors(({ birthDate: _, ...rest }) => rest);
            }}
            error={fieldErrors.birthDate && t(fieldErrors.birthDate)}
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
      <p className="page__aside">
        <Link to={`/s/${site.code}/password`}>{t('login.forgot')}</Link>
      </p>
      {site.plan === 'CLINIC' && (
        <p className="page__aside">
          <Link to={`/s/${site.code}/self-register`}>{t('login.selfRegister')}</Link>
        </p>
      )}
    </div>
  );
}
