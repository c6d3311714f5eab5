import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDate, weekdayNames } from '../../../../i18n/format';
import { Alert } from '../../../../ui/Alert';
import { addDays, localDateOf } from '../../../../ui/dates';
import { useGenerateSlots } from '../../hooks/useSetupMutations';
import { useAdminI18n, type AdminMessageKey } from '../../i18n/admin-i18n';
import type { WizardPageQuery as WizardData } from '../../gql/graphql';
import { MAX_PATTERN_SLOTS, previewPattern } from '../../slot-pattern';
import { SelectField, TextField } from '../FormFields';
import { WizardButtons } from './SettingsStep';

const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const count = (min: number, max: number) =>
  z
    .number({ error: 'admin.validation.positive' })
    .int('admin.validation.positive')
    .min(min, 'admin.validation.positive')
    .max(max, 'admin.validation.positive');

const schema = z
  .object({
    venueId: z.string().min(1, 'admin.validation.required'),
    vaccineId: z.string().min(1, 'admin.validation.required'),
    fromDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'admin.validation.required'),
    toDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'admin.validation.required'),
    weekdays: z.array(z.string()).min(1, 'admin.validation.weekdays'),
    dayStart: z.string().regex(HH_MM, 'admin.validation.time'),
    dayEnd: z.string().regex(HH_MM, 'admin.validation.time'),
    slotMinutes: count(5, 480),
    capacity: count(1, 10000),
  })
  .superRefine((v, ctx) => {
    if (v.toDate < v.fromDate)
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'admin.validation.toDate' });
    if (v.dayEnd <= v.dayStart)
      ctx.addIssue({ code: 'custom', path: ['dayEnd'], message: 'admin.validation.dayEnd' });
  });
type SlotsForm = z.infer<typeof schema>;

const PREVIEW_DAYS = 7;

/** A slot pattern and a live preview of the slots it creates; one generateSlots call creates them all. */
export function SlotsStep({
  data,
  onDone,
  onBack,
}: {
  data: WizardData;
  /** With the outcome to show on the next step. */
  onDone: (notice?: string) => void;
  onBack?: (() => void) | undefined;
}) {
  const { t, language } = useAdminI18n();
  const { generate, loading } = useGenerateSlots();
  const [failed, setFailed] = useState(false);
  const today = localDateOf(new Date(), data.site.timeZone);
  const venue = data.venues[data.venues.length - 1];
  const {
    register,
    handleSubmit,
    watch,
    setError,
    setValue,
    formState: { errors },
  } = useForm<SlotsForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      venueId: venue?.id ?? '',
      vaccineId: venue?.vaccines[0]?.id ?? '',
      fromDate: addDays(today, 1),
      toDate: addDays(today, 14),
      weekdays: ['1', '2', '3', '4', '5'],
      dayStart: '09:00',
      dayEnd: '12:00',
      slotMinutes: 30,
      capacity: 5,
    },
  });
  const message = (key: string | undefined, params?: Record<string, number>) =>
    key ? t(key as AdminMessageKey, params) : undefined;
  const values = watch();
  const chosenVenue = data.venues.find((v) => v.id === values.venueId);
  // The venue's only vaccine is preset; another venue brings its own list.
  useEffect(() => {
    if (!chosenVenue) {
      if (data.venues.length > 0) setValue('venueId', data.venues[data.venues.length - 1]!.id);
      return;
    }
    if (!chosenVenue.vaccines.some((v) => v.id === values.vaccineId))
      setValue('vaccineId', chosenVenue.vaccines[0]?.id ?? '');
  }, [chosenVenue, data.venues, values.vaccineId, setValue]);
  const preview = previewPattern({
    fromDate: values.fromDate,
    toDate: values.toDate,
    weekdays: (values.weekdays ?? []).map(Number),
    dayStart: values.dayStart,
    dayEnd: values.dayEnd,
    slotMinutes: Number(values.slotMinutes),
    capacity: Number(values.capacity),
  });

  const onSubmit = handleSubmit(async (v) => {
    setFailed(false);
    if (preview.slotCount > MAX_PATTERN_SLOTS) {
      setError('toDate', { message: 'admin.validation.tooManySlots' });
      return;
    }
    const result = await generate({ ...v, weekdays: v.weekdays.map(Number) });
    if (!result.ok) {
      setFailed(true);
      for (const e of result.fieldErrors)
        if (e.field === 'toDate' || e.field === 'dayEnd') setError(e.field, { message: 'admin.error.form' });
      return;
    }
    onDone(
      result.skipped > 0
        ? t('admin.wizard.slotsCreated', { created: result.created, skipped: result.skipped })
        : t('admin.wizard.slotsCreatedAll', { created: result.created }),
    );
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p>{t('admin.wizard.slots.intro')}</p>
      {failed && <Alert kind="error">{t('admin.error.form')}</Alert>}
      <div className="form__row admin-row">
        <SelectField
          label={t('admin.wizard.venueName')}
          options={data.venues.map((v) => ({ value: v.id, label: v.name }))}
          error={message(errors.venueId?.message)}
          {...register('venueId')}
        />
        <SelectField
          label={t('admin.wizard.vaccine')}
          options={(chosenVenue?.vaccines ?? []).map((v) => ({ value: v.id, label: v.name }))}
          error={message(errors.vaccineId?.message)}
          {...register('vaccineId')}
        />
      </div>
      <div className="form__row admin-row">
        <TextField
          label={t('admin.wizard.fromDate')}
          type="date"
          error={message(errors.fromDate?.message)}
          {...register('fromDate')}
        />
        <TextField
          label={t('admin.wizard.toDate')}
          type="date"
          error={message(errors.toDate?.message, { max: MAX_PATTERN_SLOTS })}
          {...register('toDate')}
        />
      </div>
      <fieldset className="choice" aria-describedby={errors.weekdays ? 'weekdays-error' : undefined}>
        <legend className="field__label">{t('admin.wizard.weekdays')}</legend>
        <div className="weekday-picker">
          {weekdayNames(language).map((label, day) => (
            <label key={day} className="checkbox">
              <input type="checkbox" value={String(day)} {...register('weekdays')} />
              {label}
            </label>
          ))}
        </div>
        {errors.weekdays && (
          <p id="weekdays-error" className="field__error">
            {message(errors.weekdays.message)}
          </p>
        )}
      </fieldset>
      <div className="form__row admin-row">
        <TextField
          label={t('admin.wizard.dayStart')}
          type="time"
          error={message(errors.dayStart?.message)}
          {...register('dayStart')}
        />
        <TextField
          label={t('admin.wizard.dayEnd')}
          type="time"
          error={message(errors.dayEnd?.message)}
          {...register('dayEnd')}
        />
      </div>
      <div className="form__row admin-row">
        <TextField
          label={t('admin.wizard.slotMinutes')}
          type="number"
          min={5}
          max={480}
          step={5}
          error={message(errors.slotMinutes?.message)}
          {...register('slotMinutes', { valueAsNumber: true })}
        />
        <TextField
          label={t('admin.wizard.capacity')}
          type="number"
          min={1}
          error={message(errors.capacity?.message)}
          {...register('capacity', { valueAsNumber: true })}
        />
      </div>
      <section className="slot-preview" aria-labelledby="slot-preview" aria-live="polite">
        <h3 id="slot-preview">{t('admin.wizard.preview')}</h3>
        {preview.slotCount === 0 ? (
          <p>{t('admin.wizard.previewEmpty')}</p>
        ) : (
          <>
            <p data-testid="slot-preview-summary">
              {t('admin.wizard.previewSummary', {
                days: preview.days.length,
                perDay: preview.perDay,
                count: preview.slotCount,
                places: preview.places,
              })}
            </p>
            <ul className="slot-preview__days">
              {preview.days.slice(0, PREVIEW_DAYS).map((day) => (
                <li key={day.date}>
                  {formatDate(day.date, language)}
                  <span className="slot-preview__times">
                    {day.times.map((time) => (
                      <span key={time.start} className="slot-preview__time">
                        {time.start}
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
            {preview.days.length > PREVIEW_DAYS && (
              <p className="hint">
                {t('admin.wizard.previewMore', { count: preview.days.length - PREVIEW_DAYS })}
              </p>
            )}
          </>
        )}
      </section>
      <WizardButtons
        onBack={onBack}
        busy={loading}
        submitLabel={t('admin.wizard.createSlots')}
        onSkip={() => onDone()}
      />
    </form>
  );
}
