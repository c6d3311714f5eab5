import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { useSite } from '../../booking/site-context';
import { useSelfRegisterTicket } from '../hooks/useSelfRegisterTicket';
import { municipalityCodeIsValid, normalizeDigits } from '../ticket-input';
import { municipalityName } from '../municipality-name';
import { readBirthDate } from '../birth-date';
import { BirthDateField, birthDateProblem } from '../components/BirthDateField';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';

/** Clinic plan: the person enters their own ticket (municipality code with its check digit), then registers. */
export function SelfRegisterRoute() {
  const { t } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { register, loading } = useSelfRegisterTicket();
  // From the login page's "not registered yet" link: what the person typed there.
  const typed = useLocation().state as { ticketNumber?: string; birthDate?: string } | null;
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [ticketNumber, setTicketNumber] = useState(typed?.ticketNumber ?? '');
  const [birthDate, setBirthDate] = useState(typed?.birthDate ?? '');
  // The municipality the code names, shown back as it is typed (null: not a whole, valid, listed code).
  const [municipality, setMunicipality] = useState<{ code: string; name: string | null } | null>(null);
  const typedCode = normalizeDigits(municipalityCode);
  useEffect(() => {
    let current = true;
    if (!/^\d{6}$/.test(typedCode)) return;
    void municipalityName(typedCode).then((name) => {
      if (current) setMunicipality({ code: typedCode, name });
    });
    return () => {
      current = false;
    };
  }, [typedCode]);
  const shownMunicipality = municipality?.code === typedCode ? municipality : null;
  const [fieldErrors, setFieldErrors] = useState<Record<string, MessageKey>>({});
  const [error, setError] = useState<Message | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  if (site.plan !== 'CLINIC') return <Navigate to={`/s/${site.code}`} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeDigits(municipalityCode);
    const number = normalizeDigits(ticketNumber);
    const errors: Record<string, MessageKey> = {};
    if (!/^\d{6}$/.test(code)) errors.municipalityCode = 'selfRegister.error.municipalityFormat';
    else if (!municipalityCodeIsValid(code)) errors.municipalityCode = 'selfRegister.error.checkDigit';
    if (!/^\d{10}$/.test(number)) errors.ticketNumber = 'login.error.ticketFormat';
    const dateProblem = birthDateProblem(birthDate);
    if (dateProblem) errors.birthDate = dateProblem;
    setFieldErrors(errors);
    setError(null);
    const reading = readBirthDate(birthDate);
    if (Object.keys(errors).length > 0 || !reading.ok) {
      focusFirstInvalid();
      return;
    }
    try {
      const outcome = await register({
        siteCode: site.code,
        municipalityCode: code,
        ticketNumber: number,
        birthDate: reading.iso,
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
      <form ref={form} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
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
        <p className="field__readback" role="status">
          {shownMunicipality &&
            (shownMunicipality.name
              ? t('selfRegister.municipality.readBack', { name: shownMunicipality.name })
              : municipalityCodeIsValid(typedCode)
                ? t('selfRegister.municipality.unknown')
                : t('selfRegister.municipality.checkDigit'))}
        </p>
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
        <BirthDateField
          value={birthDate}
          onChange={(value) => {
            setBirthDate(value);
            setFieldErrors(({ birthDate: _, ...rest }) => rest);
          }}
          error={fieldErrors.birthDate && t(fieldErrors.birthDate)}
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
