import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { addDays } from '../../../ui/dates';
import { SelectField, TextField } from '../components/FormFields';
import { fieldErrorsOf } from '../hooks/server-errors';
import type { AdminPreviewSlotsQuery, SlotPatternInput } from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { CreateSlotsMutation, PreviewSlotsQuery } from './documents';
import { dayLabel, timeOf, todayIn } from './format';
import { REFETCH } from './SlotActions';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const schema = z
  .object({
    vaccineId: z.string(),
    fromDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'admin.validation.required'),
    toDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'admin.validation.required'),
    weekdays: z.array(z.string()).min(1, 'admin.validation.weekdays'),
    from: z.string().regex(TIME, 'admin.validation.time'),
    to: z.string().regex(TIME, 'admin.validation.time'),
    intervalMinutes: z.coerce
      .number<string>()
      .int('admin.validation.positive')
      .min(5, 'admin.validation.positive')
      .max(1440),
    capacity: z.coerce
      .number<string>()
      .int('admin.validation.positive')
      .min(1, 'admin.validation.positive')
      .max(10000),
  })
  .refine((v) => v.toDate >= v.fromDate, { path: ['toDate'], message: 'admin.validation.toDate' })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'admin.validation.dayEnd' });
type Input = z.input<typeof schema>;
type Output = z.output<typeof schema>;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Slots from a pattern (days, hours, interval, capacity): the server's preview first, then create exactly that. */
export function PatternForm({
  venueId,
  vaccines,
  timeZone,
}: {
  venueId: string;
  vaccines: { id: string; name: string }[];
  timeZone: string;
}) {
  const { t, language } = useAdminI18n();
  const client = useApolloClient();
  const today = todayIn(timeZone);
  const [preview, setPreview] = useState<{
    input: SlotPatternInput;
    result: AdminPreviewSlotsQuery['previewSlots'];
  } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [createSlots, createState] = useMutation(CreateSlotsMutation, REFETCH);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      vaccineId: vaccines[0]?.id ?? '',
      fromDate: addDays(today, 1),
      toDate: addDays(today, 7),
      weekdays: ['1', '2', '3', '4', '5'],
      from: '09:00',
      to: '12:00',
      intervalMinutes: '30',
      capacity: '5',
    },
  });
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);
  const onPreview = handleSubmit(async (v) => {
    setDone(null);
    const input: SlotPatternInput = {
      venueId,
      ...(v.vaccineId ? { vaccineId: v.vaccineId } : {}),
      fromDate: v.fromDate,
      toDate: v.toDate,
      weekdays: v.weekdays.map(Number),
      from: v.from,
      to: v.to,
      intervalMinutes: v.intervalMinutes,
      capacity: v.capacity,
    };
    try {
      const { data } = await client.query({
        query: PreviewSlotsQuery,
        variables: { input },
        fetchPolicy: 'no-cache',
      });
      if (data) setPreview({ input, result: data.previewSlots });
    } catch (error) {
      setPreview(null);
      const placed = fieldErrorsOf(error);
      for (const e of placed) {
        const field = (['from', 'to', 'fromDate', 'toDate', 'intervalMinutes', 'capacity'] as const).find(
          (f) => f === e.field,
        );
        setError(field ?? 'root', { message: field ? 'admin.error.form' : 'admin.pattern.refused' });
      }
      if (placed.length === 0) setError('root', { message: 'admin.error.generic' });
    }
  });
  const onCreate = async () => {
    if (!preview) return;
    const { data } = await createSlots({ variables: { input: preview.input } });
    if (data)
      setDone(
        t('admin.pattern.created', {
          created: data.createSlots.created.length,
          skipped: data.createSlots.skipped.length,
        }),
      );
    setPreview(null);
  };
  const byDay = new Map<string, string[]>();
  for (const s of preview?.result.slots ?? [])
    byDay.set(s.date, [...(byDay.get(s.date) ?? []), timeOf(s.startsAt, timeZone)]);
  return (
    <div className="admin-pattern">
      {done && <Alert kind="success">{done}</Alert>}
      {errors.root?.message && <Alert kind="error">{message(errors.root.message)}</Alert>}
      <form
        className="form admin-form-grid admin-form-grid--two"
        onSubmit={(event) => void onPreview(event)}
        noValidate
      >
        {vaccines.length > 1 && (
          <div className="admin-form-grid__full">
            <SelectField
              label={t('admin.pattern.vaccine')}
              options={vaccines.map((v) => ({ value: v.id, label: v.name }))}
              {...register('vaccineId')}
            />
          </div>
        )}
        <TextField
          label={t('admin.pattern.fromDate')}
          type="date"
          error={message(errors.fromDate?.message)}
          {...register('fromDate')}
        />
        <TextField
          label={t('admin.pattern.toDate')}
          type="date"
          error={message(errors.toDate?.message)}
          {...register('toDate')}
        />
        <fieldset
          className="fieldset admin-fieldset admin-weekdays"
          aria-invalid={errors.weekdays ? true : undefined}
        >
          <legend>{t('admin.pattern.weekdays')}</legend>
          {WEEKDAYS.map((d) => (
            <label key={d} className="checkbox">
              <input type="checkbox" value={String(d)} {...register('weekdays')} />
              {t(`admin.pattern.weekday.${d}` as AdminMessageKey)}
            </label>
          ))}
          {errors.weekdays?.message && <p className="field__error">{message(errors.weekdays.message)}</p>}
        </fieldset>
        <TextField
          label={t('admin.pattern.from')}
          type="time"
          error={message(errors.from?.message)}
          {...register('from')}
        />
        <TextField
          label={t('admin.pattern.to')}
          type="time"
          error={message(errors.to?.message)}
          {...register('to')}
        />
        <TextField
          label={t('admin.pattern.interval')}
          type="number"
          min={5}
          error={message(errors.intervalMinutes?.message)}
          {...register('intervalMinutes')}
        />
        <TextField
          label={t('admin.pattern.capacity')}
          type="number"
          min={1}
          error={message(errors.capacity?.message)}
          {...register('capacity')}
        />
        <div>
          <button type="submit" className="button button--secondary" disabled={isSubmitting}>
            {t('admin.pattern.preview')}
          </button>
        </div>
      </form>
      {preview && (
        <section className="admin-preview" aria-labelledby="pattern-preview" aria-live="polite">
          <h3 id="pattern-preview">{t('admin.pattern.previewHeading')}</h3>
          <p>
            {t('admin.pattern.previewSummary', {
              count: preview.result.slots.length,
              days: byDay.size,
              places: preview.result.slots.reduce((sum, s) => sum + s.capacity, 0),
              skipped: preview.result.skipped.length,
            })}
          </p>
          <ul className="admin-preview__days">
            {[...byDay.entries()].slice(0, 14).map(([date, times]) => (
              <li key={date}>
                <strong>{dayLabel(date, language)}</strong> {times.join('、')}
              </li>
            ))}
            {byDay.size > 14 && <li>{t('admin.wizard.previewMore', { count: byDay.size - 14 })}</li>}
          </ul>
          <button
            type="button"
            className="button button--primary"
            disabled={createState.loading || preview.result.slots.length === 0}
            onClick={() => void onCreate()}
          >
            {t('admin.pattern.create', { count: preview.result.slots.length })}
          </button>
        </section>
      )}
    </div>
  );
}
