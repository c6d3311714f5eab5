import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { FieldPolicy, Gender } from '../../../gql/graphql';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/AppShell';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';
import { useSite } from '../../booking/site-context';
import { useRegisterRecipient } from '../hooks/useRegisterRecipient';
import { hiraganaToKatakana, isComposing } from '../kana-input';
import { newPasswordProblems } from '../components/NewPasswordFields';
import { nameError } from '../name-input';
import { termsInLanguage } from '../terms';
import { emailLooksValid, normalizeEmail, normalizePhone, phoneLooksValid } from '../contact-input';

const RegisterPageQuery = graphql(`
  query RegisterPage($siteCode: String!) {
    site(code: $siteCode) {
      id
      termsOfUse
      emailField
      phoneField
      genderField
      allowLatinNames
    }
    me {
      siteCode
      ticketNumber
      registered
    }
  }
`);

/** What a server refusal of each field means to the person (the names: by what was typed, nameError). */
const SERVER_FIELD_ERRORS: Record<string, MessageKey> = {
  email: 'register.error.email',
  phone: 'register.error.phone',
  password: 'register.error.passwordLength',
  reminderOptIn: 'register.error.reminderNeedsEmail',
  gender: 'login.error.required',
  acceptTerms: 'register.error.terms',
};
const FIELD_LABELS: Record<string, MessageKey> = {
  familyNameKana: 'register.familyNameKana',
  givenNameKana: 'register.givenNameKana',
  email: 'register.email',
  phone: 'register.phone',
  password: 'register.password',
  reminderOptIn: 'register.reminder',
  gender: 'register.gender',
  acceptTerms: 'register.terms',
};
const GENDERS: Gender[] = ['FEMALE', 'MALE', 'OTHER'];

/** A field's label as the form shows it (the names say "or Latin letters" where the site takes them). */
function labelOf(field: string, latin: boolean): MessageKey {
  if (latin && field === 'familyNameKana') return 'register.familyNameLatin';
  if (latin && field === 'givenNameKana') return 'register.givenNameLatin';
  return FIELD_LABELS[field] ?? 'register.title';
}

/** First login: katakana names (required), other fields as the site's policy says, password, terms. */
export function RegisterRoute() {
  const { t, language } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const {
    data,
    error: queryError,
    refetch,
  } = useQuery(RegisterPageQuery, { variables: { siteCode: site.code } });
  const { register, loading } = useRegisterRecipient();
  const [form, setForm] = useState({
    familyNameKana: '',
    givenNameKana: '',
    gender: '' as Gender | '',
    phone: '',
    email: '',
    password: '',
    passwordConfirm: '',
    reminderOptIn: false,
    acceptTerms: false,
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, MessageKey>>({});
  const [error, setError] = useState<Message | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  if (queryError) return <Alert kind="error">{t('error.generic')}</Alert>;
  if (!data) return <Loading />;
  if (data.me.registered) return <Navigate to={`/s/${site.code}/my`} replace />;
  const policy = data.site;
  const latin = policy.allowLatinNames;

  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const badge = (p: FieldPolicy) => t(p === 'REQUIRED' ? 'register.required' : 'register.optional');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, MessageKey> = {};
    for (const key of ['familyNameKana', 'givenNameKana'] as const) {
      const problem = nameError(form[key], latin);
      if (problem) errors[key] = problem;
    }
    for (const [key, p] of [
      ['email', policy.emailField],
      ['phone', policy.phoneField],
      ['gender', policy.genderField],
    ] as const) {
      if (p === 'REQUIRED' && !form[key]) errors[key] = 'login.error.required';
    }
    const email = normalizeEmail(form.email);
    const phone = normalizePhone(form.phone);
    if (policy.emailField !== 'HIDDEN' && email && !emailLooksValid(email))
      errors.email = 'register.error.email';
    if (policy.phoneField !== 'HIDDEN' && phone && !phoneLooksValid(phone))
      errors.phone = 'register.error.phone';
    const passwordProblems = newPasswordProblems(form.password, form.passwordConfirm);
    if (passwordProblems.password) errors.password = passwordProblems.password;
    if (passwordProblems.confirm) errors.passwordConfirm = passwordProblems.confirm;
    if (form.reminderOptIn && !form.email) errors.email = 'register.error.reminderNeedsEmail';
    if (!form.acceptTerms) errors.acceptTerms = 'register.error.terms';
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      const outcome = await register({
        familyNameKana: form.familyNameKana,
        givenNameKana: form.givenNameKana,
        password: form.password,
        acceptTerms: true,
        reminderOptIn: form.reminderOptIn,
        // Mails come in the language the person registered in.
        language: language === 'en' ? 'EN' : 'JA',
        ...(policy.emailField !== 'HIDDEN' && email ? { email } : {}),
        ...(policy.phoneField !== 'HIDDEN' && phone ? { phone } : {}),
        ...(policy.genderField !== 'HIDDEN' && form.gender ? { gender: form.gender } : {}),
      });
      if (outcome.ok) {
        void navigate(`/s/${site.code}/my`, { state: { flash: 'registered' } });
        return;
      }
      // Every refusal in the person's language, at the field it is about: never the server's own words.
      const nameField =
        outcome.field === 'familyNameKana' || outcome.field === 'givenNameKana' ? outcome.field : null;
      // The site may have stopped taking Latin names since the page loaded: its labels are read again.
      if (nameField) void refetch();
      const fieldMessage = nameField
        ? (nameError(form[nameField], false) ?? 'register.error.kana')
        : outcome.field
          ? SERVER_FIELD_ERRORS[outcome.field]
          : undefined;
      if (fieldMessage && outcome.field) {
        setFieldErrors({ [outcome.field]: fieldMessage });
        setError({
          key: 'register.error.field',
          params: { field: t(labelOf(outcome.field, latin && !nameField)) },
        });
        focusFirstInvalid();
      } else {
        setError({ key: 'register.error.generic' });
      }
    } catch {
      setError({ key: 'error.network' });
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('register.title')}</PageHeading>
      <p>{t('register.intro')}</p>
      {error && (
        <Alert kind="error" focus>
          {t(error.key, error.params)}
        </Alert>
      )}
      <form
        ref={formRef}
        id="register-form"
        className="form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <div className="form__row">
          <Field
            label={t(latin ? 'register.familyNameLatin' : 'register.familyNameKana')}
            badge={t('register.required')}
            hint={t(latin ? 'register.latin.hint' : 'register.kana.hint')}
            name="familyNameKana"
            autoComplete="family-name"
            value={form.familyNameKana}
            // Hiragana becomes katakana as typed; mid-IME, once the composition ends. Latin letters stay
            // as typed (hiraganaToKatakana passes romaji through).
            onChange={(event) =>
              set('familyNameKana')(
                isComposing(event) ? event.target.value : hiraganaToKatakana(event.target.value),
              )
            }
            onCompositionEnd={(event) => set('familyNameKana')(hiraganaToKatakana(event.currentTarget.value))}
            error={fieldErrors.familyNameKana && t(fieldErrors.familyNameKana)}
            required
          />
          <Field
            label={t(latin ? 'register.givenNameLatin' : 'register.givenNameKana')}
            badge={t('register.required')}
            hint={t(latin ? 'register.latin.hint' : 'register.kana.hint')}
            name="givenNameKana"
            autoComplete="given-name"
            value={form.givenNameKana}
            // Hiragana becomes katakana as typed; mid-IME, once the composition ends.
            onChange={(event) =>
              set('givenNameKana')(
                isComposing(event) ? event.target.value : hiraganaToKatakana(event.target.value),
              )
            }
            onCompositionEnd={(event) => set('givenNameKana')(hiraganaToKatakana(event.currentTarget.value))}
            error={fieldErrors.givenNameKana && t(fieldErrors.givenNameKana)}
            required
          />
        </div>
        {policy.genderField !== 'HIDDEN' && (
          <fieldset className="choice" aria-describedby={fieldErrors.gender ? 'gender-error' : undefined}>
            <legend className="field__label">
              {t('register.gender')}
              <span className="field__badge">{badge(policy.genderField)}</span>
            </legend>
            {GENDERS.map((gender) => (
              <label key={gender} className="choice__option">
                <input
                  type="radio"
                  name="gender"
                  value={gender}
                  checked={form.gender === gender}
                  onChange={() => set('gender')(gender)}
                />
                {t(`register.gender.${gender}` as MessageKey)}
              </label>
            ))}
            {fieldErrors.gender && (
              <p id="gender-error" className="field__error">
                {t(fieldErrors.gender)}
              </p>
            )}
          </fieldset>
        )}
        {policy.phoneField !== 'HIDDEN' && (
          <Field
            label={t('register.phone')}
            badge={badge(policy.phoneField)}
            name="phone"
            type="tel"
            autoComplete="tel"
            value={form.phone}
            onChange={(event) => set('phone')(event.target.value)}
            error={fieldErrors.phone && t(fieldErrors.phone)}
            required={policy.phoneField === 'REQUIRED'}
          />
        )}
        {policy.emailField !== 'HIDDEN' && (
          <Field
            label={t('register.email')}
            badge={badge(policy.emailField)}
            hint={t('register.email.hint')}
            name="email"
            type="email"
            autoComplete="email"
            value={form.email}
            onChange={(event) => set('email')(event.target.value)}
            error={fieldErrors.email && t(fieldErrors.email)}
            required={policy.emailField === 'REQUIRED'}
          />
        )}
        {/* Right after the address it needs */}
        {policy.emailField !== 'HIDDEN' && (
          <label className="checkbox">
            <input
              type="checkbox"
              name="reminderOptIn"
              checked={form.reminderOptIn}
              onChange={(event) => set('reminderOptIn')(event.target.checked)}
            />
            {t('register.reminder')}
          </label>
        )}
        <Field
          label={t('register.password')}
          badge={t('register.required')}
          hint={t('register.password.hint')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(event) => set('password')(event.target.value)}
          error={fieldErrors.password && t(fieldErrors.password)}
          required
        />
        <Field
          label={t('register.passwordConfirm')}
          badge={t('register.required')}
          name="passwordConfirm"
          type="password"
          autoComplete="new-password"
          value={form.passwordConfirm}
          onChange={(event) => set('passwordConfirm')(event.target.value)}
          error={fieldErrors.passwordConfirm && t(fieldErrors.passwordConfirm)}
          required
        />
        <section className="terms" aria-labelledby="terms-heading">
          <h2 id="terms-heading" className="terms__heading">
            {t('register.terms')}
          </h2>
          <div className="terms__text" tabIndex={0}>
            {termsInLanguage(policy.termsOfUse, language) || '—'}
          </div>
        </section>
        <label className="checkbox">
          <input
            type="checkbox"
            name="acceptTerms"
            checked={form.acceptTerms}
            aria-invalid={fieldErrors.acceptTerms ? true : undefined}
            aria-describedby={fieldErrors.acceptTerms ? 'terms-error' : undefined}
            onChange={(event) => set('acceptTerms')(event.target.checked)}
          />
          {t('register.acceptTerms')}
        </label>
        {fieldErrors.acceptTerms && (
          <p id="terms-error" className="field__error">
            {t(fieldErrors.acceptTerms)}
          </p>
        )}
        <button type="submit" className="button button--primary button--block" disabled={loading}>
          {t('register.submit')}
        </button>
      </form>
    </div>
  );
}
