import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { SiteContact } from '../../../ui/SiteContact';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';
import { useSite } from '../../booking/site-context';
import { readBirthDate } from '../birth-date';
import { BirthDateField, birthDateProblem } from '../components/BirthDateField';
import { NewPasswordFields, newPasswordProblems } from '../components/NewPasswordFields';
import { usePasswordReset } from '../hooks/usePasswordReset';
import { normalizeDigits } from '../ticket-input';

type Method = 'mail' | 'fact' | 'contact';

/** パスワードを忘れた方: a link by mail, the site's second fact, or the site's contact — never a dead end. */
export function ForgotPasswordRoute() {
  const { t } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { requestMail, resetWithFacts, loading } = usePasswordReset();
  const fact = site.passwordResetFact === 'NONE' ? null : site.passwordResetFact;
  const [method, setMethod] = useState<Method>('mail');
  const [ticketNumber, setTicketNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [factValue, setFactValue] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, MessageKey>>>({});
  const [message, setMessage] = useState<(Message & { kind: 'success' | 'error' }) | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const number = normalizeDigits(ticketNumber);
    const found: Partial<Record<string, MessageKey>> = {};
    if (!/^\d{10}$/.test(number)) found.ticketNumber = 'login.error.ticketFormat';
    const dateProblem = birthDateProblem(birthDate);
    if (dateProblem) found.birthDate = dateProblem;
    if (method === 'fact') {
      if (!factValue.trim()) found.fact = 'login.error.required';
      Object.assign(found, newPasswordProblems(password, confirm));
    }
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    const reading = readBirthDate(birthDate);
    if (!reading.ok) return;
    try {
      const outcome =
        method === 'mail'
          ? await requestMail({ siteCode: site.code, ticketNumber: number, birthDate: reading.iso })
          : await resetWithFacts({
              siteCode: site.code,
              ticketNumber: number,
              birthDate: reading.iso,
              fact: factValue,
              newPassword: password,
            });
      if (outcome.ok && method === 'mail') {
        setMessage({ kind: 'success', key: 'reset.mailSent' });
      } else if (outcome.ok) {
        void navigate(`/s/${site.code}`, { state: { flash: 'passwordReset' } });
      } else {
        setMessage({
          kind: 'error',
          key: `reset.error.${outcome.code}`,
          params: {
            minutes: Math.max(1, Math.ceil((outcome.retryAfterSeconds ?? 60) / 60)),
            fact: fact ? t(`reset.fact.${fact}`) : '',
          },
        });
      }
    } catch {
      setMessage({ kind: 'error', key: 'error.network' });
    }
  };

  const methods: Method[] = fact ? ['mail', 'fact', 'contact'] : ['mail', 'contact'];
  return (
    <div className="page">
      <PageHeading>{t('reset.title')}</PageHeading>
      <p>{t('reset.intro')}</p>
      <fieldset className="choice">
        <legend className="field__label">{t('reset.method')}</legend>
        {methods.map((value) => (
          <label key={value} className="choice__option">
            <input
              type="radio"
              name="method"
              value={value}
              checked={method === value}
              onChange={() => {
                setMethod(value);
                setMessage(null);
                setErrors({});
              }}
            />
            {value === 'fact' ? t(`reset.method.${fact!}`) : t(`reset.method.${value}`)}
          </label>
        ))}
      </fieldset>
      {message && (
        <Alert kind={message.kind} focus>
          {t(message.key, message.params)}
          {message.kind === 'error' && message.key === 'reset.error.TOO_MANY_ATTEMPTS' && (
            <SiteContact contact={site} />
          )}
        </Alert>
      )}
      {method === 'contact' ? (
        <section className="section" aria-labelledby="reset-contact">
          <h2 id="reset-contact">{t('contact.heading')}</h2>
          <p>{t('reset.contact.body')}</p>
          {site.contactPhone || site.contactEmail ? (
            <SiteContact contact={site} heading={false} />
          ) : (
            <p>{t('contact.none')}</p>
          )}
        </section>
      ) : (
        <form ref={form} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <Field
            label={t('login.ticketNumber')}
            hint={t('login.ticketNumber.hint')}
            name="ticketNumber"
            inputMode="numeric"
            autoComplete="username"
            value={ticketNumber}
            onChange={(event) => setTicketNumber(event.target.value)}
            error={errors.ticketNumber && t(errors.ticketNumber)}
            required
          />
          <BirthDateField
            value={birthDate}
            onChange={(value) => {
              setBirthDate(value);
              setErrors(({ birthDate: _, ...rest }) => rest);
            }}
            error={errors.birthDate && t(errors.birthDate)}
          />
          {method === 'fact' && fact && (
            <>
              <Field
                label={t(`reset.fact.${fact}`)}
                hint={t(`reset.fact.${fact}.hint`)}
                name="fact"
                inputMode={fact === 'PHONE' ? 'tel' : 'text'}
                autoComplete={fact === 'PHONE' ? 'tel' : 'off'}
                value={factValue}
                onChange={(event) => setFactValue(event.target.value)}
                error={errors.fact && t(errors.fact)}
                required
              />
              <NewPasswordFields
                password={password}
                confirm={confirm}
                onPasswordChange={setPassword}
                onConfirmChange={setConfirm}
                errors={errors}
              />
            </>
          )}
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? t('reset.sending') : method === 'mail' ? t('reset.sendMail') : t('reset.setPassword')}
          </button>
        </form>
      )}
      <p className="page__aside">
        <Link to={`/s/${site.code}`}>{t('reset.backToLogin')}</Link>
      </p>
    </div>
  );
}
