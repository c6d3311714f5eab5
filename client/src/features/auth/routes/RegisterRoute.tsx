import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { FieldPolicy, Gender } from '../../../gql/graphql';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/AppShell';
import { Field } from '../../../ui/Field';
import { PageHeading } from '../../../ui/Heading';
import { useSite } from '../../booking/site-context';
import { useRegisterRecipient } from '../hooks/useRegisterRecipient';

const RegisterPageQuery = graphql(`
  query RegisterPage($siteCode: String!) {
    site(code: $siteCode) {
      id
      termsOfUse
      emailField
      phoneField
      genderField
    }
    me {
      siteCode
      ticketNumber
      registered
    }
  }
`);

const KATAKANA = /^[ァ-ヶー・\u3000 ]+$/u;
const GENDERS: Gender[] = ['FEMALE', 'MALE', 'OTHER'];

/** First login: katakana names (required), other fields as the site's policy says, password, terms. */
export function RegisterRoute() {
  const { t } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { data, error: queryError } = useQuery(RegisterPageQuery, { variables: { siteCode: site.code } });
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

  if (queryError) return <Alert kind="error">{t('error.generic')}</Alert>;
  if (!data) return <Loading />;
  if (data.me.registered) return <Navigate to={`/s/${site.code}/my`} replace />;
  const policy = data.site;

  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const badge = (p: FieldPolicy) => t(p === 'REQUIRED' ? 'register.required' : 'register.optional');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, MessageKey> = {};
    const kana = (value: string) => value.normalize('NFKC').trim();
    if (!KATAKANA.test(kana(form.familyNameKana))) errors.familyNameKana = 'register.error.kana';
    if (!KATAKANA.test(kana(form.givenNameKana))) errors.givenNameKana = 'register.error.kana';
    for (const [key, p] of [
      ['email', policy.emailField],
      ['phone', policy.phoneField],
      ['gender', policy.genderField],
    ] as const) {
      if (p === 'REQUIRED' && !form[key]) errors[key] = 'login.error.required';
    }
    if (form.password.length < 8) errors.password = 'register.error.passwordLength';
    else if (form.password !== form.passwordConfirm)
      errors.passwordConfirm = 'register.error.passwordMismatch';
    if (form.reminderOptIn && !form.email) errors.email = 'register.error.reminderNeedsEmail';
    if (!form.acceptTerms) errors.acceptTerms = 'register.error.terms';
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) {
      document.getElementById('register-form')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      const outcome = await register({
        familyNameKana: form.familyNameKana,
        givenNameKana: form.givenNameKana,
        password: form.password,
        acceptTerms: true,
        reminderOptIn: form.reminderOptIn,
        ...(policy.emailField !== 'HIDDEN' && form.email ? { email: form.email } : {}),
        ...(policy.phoneField !== 'HIDDEN' && form.phone ? { phone: form.phone } : {}),
        ...(policy.genderField !== 'HIDDEN' && form.gender ? { gender: form.gender } : {}),
      });
      if (outcome.ok) {
        void navigate(`/s/${site.code}/my`);
        return;
      }
      if (outcome.field === 'familyNameKana' || outcome.field === 'givenNameKana') {
        setFieldErrors({ [outcome.field]: 'register.error.kana' });
      }
      setError({ key: 'register.error.server', params: { message: outcome.message } });
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
      <form id="register-form" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="form__row">
          <Field
            label={t('register.familyNameKana')}
            badge={t('register.required')}
            hint={t('register.kana.hint')}
            name="familyNameKana"
            autoComplete="family-name"
            value={form.familyNameKana}
            onChange={(event) => set('familyNameKana')(event.target.value)}
            error={fieldErrors.familyNameKana && t(fieldErrors.familyNameKana)}
            required
          />
          <Field
            label={t('register.givenNameKana')}
            badge={t('register.required')}
            hint={t('register.kana.hint')}
            name="givenNameKana"
            autoComplete="given-name"
            value={form.givenNameKana}
            onChange={(event) => set('givenNameKana')(event.target.value)}
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
        <section className="terms" aria-labelledby="terms-heading">
          <h2 id="terms-heading" className="terms__heading">
            {t('register.terms')}
          </h2>
          <div className="terms__text" tabIndex={0}>
            {policy.termsOfUse || '—'}
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
