import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { useSite } from '../../booking/site-context';
import { useSelfRegisterTicket } from '../hooks/useSelfRegisterTicket';
import { municipalityCodeIsValid, normalizeDigits } from '../ticket-input';

/** Clinic plan: the person enters their own ticket (municipality code with its check digit), then registers. */
export function SelfRegisterRoute() {
  const { t } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { register, loading } = useSelfRegisterTicket();
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, MessageKey>>({});
  const [error, setError] = useState<Message | null>(null);

  if (site.plan !== 'CLINIC') return <Navigate to={`/s/${site.code}`} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeDigits(municipalityCode);
    const number = normalizeDigits(ticketNumber);
    const errors: Record<string, MessageKey> = {};
    if (!/^\d{6}$/.test(code)) errors.municipalityCode = 'selfRegister.error.municipalityFormat';
    else if (!municipalityCodeIsValid(code)) errors.municipalityCode = 'selfRegister.error.checkDigit';
    if (!/^\d{10}$/.test(number)) errors.ticketNumber = 'login.error.ticketFormat';
    if (!birthDate) errors.birthDate = 'login.error.required';
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    try {
      const outcome = await register({
        siteCode: site.code,
        municipalityCode: code,
        ticketNumber: number,
        birthDate,
      });
      if (outcome.ok) void navigate(`/s/${site.code}/register`);
      else setError({ key: `selfRegister.error.${outcome.code}` });
    } catch {
      setError({ key: 'error.network' });
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('selfRegister.title')}</PageHeading>
      <p>{t('selfRegister.intro')}</p>
      {error && (
        <Alert kind="error" focus>
          {t(error.key, error.params)}
        </Alert>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field
          label={t('selfRegister.municipalityCode')}
          hint={t('selfRegister.municipalityCode.hint')}
          name="municipalityCode"
          inputMode="numeric"
          value={municipalityCode}
          onChange={(event) => setMunicipalityCode(event.target.value)}
          error={fieldErrors.municipalityCode && t(fieldErrors.municipalityCode)}
          required
        />
        <Field
          label={t('login.ticketNumber')}
          hint={t('login.ticketNumber.hint')}
          name="ticketNumber"
          inputMode="numeric"
          value={ticketNumber}
          onChange={(event) => setTicketNumber(event.target.value)}
          error={fieldErrors.ticketNumber && t(fieldErrors.ticketNumber)}
          required
        />
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
        <button type="submit" className="button button--primary button--block" disabled={loading}>
          {t('selfRegister.submit')}
        </button>
      </form>
      <p className="page__aside">
        <Link to={`/s/${site.code}`}>{t('selfRegister.backToLogin')}</Link>
      </p>
    </div>
  );
}
