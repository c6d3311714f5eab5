import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { readBirthDate, type BirthDateReading } from '../birth-date';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** Years from this one back to 1900, each with its era: 1960年(昭和35年). */
function years(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 1900 + 1 }, (_, i) => now - i);
}

/** What the field shows back for a reading: "1960年(昭和35年)4月1日" or "1 April 1960 (Shōwa 35)". */
export function useReadBack() {
  const { t, language } = useI18n();
  return (reading: Extract<BirthDateReading, { ok: true }>) =>
    language === 'ja'
      ? t('birthDate.readBack', {
          year: reading.year,
          era: reading.era,
          month: reading.month,
          day: reading.day,
        })
      : new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${reading.iso}T00:00:00Z`)) + ` (${reading.era})`;
}

/**
 * A birth date typed the ways people write it (19600401, 1960/4/1, 昭和35年4月1日…) or picked from three
 * lists; the date as read is shown back before anything is sent, so a slip is seen, not counted.
 */
export function BirthDateField({
  value,
  onChange,
  error,
  name = 'birthDate',
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  name?: string;
  label?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const readBack = useReadBack();
  const [picking, setPicking] = useState(false);
  const reading = readBirthDate(value);
  const picked = reading.ok ? reading : null;
  // The lists keep what was picked even while the parts make no date yet (2月31日).
  const loose = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  const parts = picked ?? (loose ? { year: +loose[1]!, month: +loose[2]!, day: +loose[3]! } : null);
  const setPart = (part: 'year' | 'month' | 'day', next: number) => {
    const merged = {
      year: parts?.year ?? 1960,
      month: parts?.month ?? 1,
      day: parts?.day ?? 1,
      [part]: next,
    };
    onChange(`${merged.year}/${merged.month}/${merged.day}`);
  };
  const describedBy = [`${id}-hint`, `${id}-readback`, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field birth-date${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label ?? t('login.birthDate')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('birthDate.hint')}
      </p>
      <input
        id={id}
        name={name}
        className="field__input"
        autoComplete="bday"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required
      />
      <p id={`${id}-readback`} className="birth-date__readback" aria-live="polite">
        {picked ? t('birthDate.readBackLabel', { date: readBack(picked) }) : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button--link birth-date__toggle"
        aria-expanded={picking}
        onClick={() => setPicking(!picking)}
      >
        {t('birthDate.pick')}
      </button>
      {picking && (
        <fieldset className="birth-date__selects">
          <legend className="visually-hidden">{t('birthDate.pick')}</legend>
          <select
            aria-label={t('birthDate.year')}
            className="field__input"
            value={parts?.year ?? ''}
            onChange={(event) => setPart('year', Number(event.target.value))}
          >
            <option value="" disabled>
              {t('birthDate.year')}
            </option>
            {years().map((year) => {
              const era = readBirthDate(`${year}/12/31`);
              return (
                <option key={year} value={year}>
                  {t('birthDate.yearOption', { year, era: era.ok ? era.era : '' })}
                </option>
              );
            })}
          </select>
          <select
            aria-label={t('birthDate.month')}
            className="field__input"
            value={parts?.month ?? ''}
            onChange={(event) => setPart('month', Number(event.target.value))}
          >
            <option value="" disabled>
              {t('birthDate.month')}
            </option>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {t('birthDate.monthOption', { month })}
              </option>
            ))}
          </select>
          <select
            aria-label={t('birthDate.day')}
            className="field__input"
            value={parts?.day ?? ''}
            onChange={(event) => setPart('day', Number(event.target.value))}
          >
            <option value="" disabled>
              {t('birthDate.day')}
            </option>
            {DAYS.map((day) => (
              <option key={day} value={day}>
                {t('birthDate.dayOption', { day })}
              </option>
            ))}
          </select>
        </fieldset>
      )}
    </div>
  );
}

/** The message for a birth date that cannot be sent, or null when it can. */
export function birthDateProblem(
  value: string,
):
  | 'birthDate.error.empty'
  | 'birthDate.error.format'
  | 'birthDate.error.noSuchDate'
  | 'birthDate.error.outOfRange'
  | null {
  const reading = readBirthDate(value);
  return reading.ok ? null : (`birthDate.error.${reading.reason}` as const);
}
