import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { CheckboxField, TextAreaField, TextField } from '../components/FormFields';
import { fieldErrorsOf } from '../hooks/server-errors';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import {
  CreateVaccineMutation,
  CreateVenueMutation,
  UpdateVaccineMutation,
  UpdateVenueMutation,
} from './documents';

const venueSchema = z.object({
  name: z.string().trim().min(1, 'admin.validation.required').max(100, 'admin.validation.tooLong'),
  address: z.string().trim().max(200, 'admin.validation.tooLong'),
  accessInfo: z.string().trim().max(1000, 'admin.validation.tooLong'),
  vaccineIds: z.array(z.string()),
});
type VenueValues = z.infer<typeof venueSchema>;

const REFETCH_VENUES = { refetchQueries: ['AdminSiteVenues'], awaitRefetchQueries: true };

/** Create a venue (with its vaccines) or edit one (name, address, access information). */
export function VenueForm({
  siteId,
  venue,
  vaccines,
  onSaved,
}: {
  siteId: string;
  venue?: { id: string; name: string; address: string; accessInfo: string };
  vaccines?: { id: string; name: string }[];
  onSaved?: (id: string) => void;
}) {
  const { t } = useAdminI18n();
  const [saved, setSaved] = useState(false);
  const [createVenue, createState] = useMutation(CreateVenueMutation, REFETCH_VENUES);
  const [updateVenue, updateState] = useMutation(UpdateVenueMutation, REFETCH_VENUES);
  const form = useForm<VenueValues>({
    resolver: zodResolver(venueSchema),
    defaultValues: {
      name: venue?.name ?? '',
      address: venue?.address ?? '',
      accessInfo: venue?.accessInfo ?? '',
      vaccineIds: vaccines?.length === 1 ? [vaccines[0]!.id] : [],
    },
  });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = form;
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    try {
      if (venue) {
        const { data } = await updateVenue({
          variables: {
            input: {
              venueId: venue.id,
              name: values.name,
              address: values.address,
              accessInfo: values.accessInfo,
            },
          },
        });
        if (data) {
          setSaved(true);
          onSaved?.(data.updateVenue.id);
        }
      } else {
        const { data } = await createVenue({ variables: { input: { siteId, ...values } } });
        if (data) {
          setSaved(true);
          reset();
          onSaved?.(data.createVenue.id);
        }
      }
    } catch (error) {
      const placed = fieldErrorsOf(error);
      if (placed.length === 0) setError('root', { message: 'admin.error.generic' });
      for (const e of placed) {
        if (e.field === 'name')
          setError('name', {
            message: e.code === 'CONFLICT' ? 'admin.validation.nameTaken' : 'admin.error.form',
          });
        else if (e.field === 'address' || e.field === 'accessInfo')
          setError(e.field, { message: 'admin.validation.tooLong' });
        else setError('root', { message: 'admin.error.generic' });
      }
    }
  });
  return (
    <form className="form admin-form-stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      {saved && <Alert kind="success">{t('admin.venue.saved')}</Alert>}
      {errors.root?.message && <Alert kind="error">{message(errors.root.message)}</Alert>}
      <TextField
        label={t('admin.venue.name')}
        badge={t('admin.venue.required')}
        error={message(errors.name?.message)}
        {...register('name')}
      />
      <TextField
        label={t('admin.venue.address')}
        error={message(errors.address?.message)}
        {...register('address')}
      />
      <TextAreaField
        label={t('admin.venue.accessInfo')}
        hint={t('admin.venue.accessInfoHint')}
        rows={3}
        className="field__input admin-textarea admin-textarea--short"
        error={message(errors.accessInfo?.message)}
        {...register('accessInfo')}
      />
      {!venue && vaccines && vaccines.length > 0 && (
        <fieldset className="fieldset admin-fieldset">
          <legend>{t('admin.venue.vaccines')}</legend>
          {vaccines.map((v) => (
            <CheckboxField key={v.id} label={v.name} value={v.id} {...register('vaccineIds')} />
          ))}
        </fieldset>
      )}
      <div>
        <button
          type="submit"
          className="button button--primary"
          disabled={createState.loading || updateState.loading}
        >
          {venue ? t('admin.venue.save') : t('admin.venue.create')}
        </button>
      </div>
    </form>
  );
}

const vaccineSchema = z.object({
  name: z.string().trim().min(1, 'admin.validation.required').max(100, 'admin.validation.tooLong'),
  manufacturer: z.string().trim().min(1, 'admin.validation.required').max(20, 'admin.validation.tooLong'),
  doses: z.coerce
    .number<string>()
    .int('admin.validation.doses')
    .min(1, 'admin.validation.doses')
    .max(3, 'admin.validation.doses'),
  doseIntervalDays: z.coerce
    .number<string>()
    .int('admin.validation.days')
    .min(0, 'admin.validation.days')
    .max(365, 'admin.validation.days'),
  intervalWindowDays: z.coerce
    .number<string>()
    .int('admin.validation.days')
    .min(0, 'admin.validation.days')
    .max(365, 'admin.validation.days'),
});
type VaccineInput = z.input<typeof vaccineSchema>;
type VaccineOutput = z.output<typeof vaccineSchema>;

export interface VaccineRow {
  id: string;
  name: string;
  manufacturer: string;
  doses: number;
  doseIntervalDays: number;
  intervalWindowDays: number;
}

/** Create a vaccine of the site, or edit one (a new interval applies to bookings made from then on). */
export function VaccineForm({
  siteId,
  vaccine,
  onDone,
}: {
  siteId: string;
  vaccine?: VaccineRow;
  onDone?: () => void;
}) {
  const { t } = useAdminI18n();
  const [saved, setSaved] = useState(false);
  const [createVaccine, createState] = useMutation(CreateVaccineMutation, REFETCH_VENUES);
  const [updateVaccine, updateState] = useMutation(UpdateVaccineMutation, REFETCH_VENUES);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<VaccineInput, unknown, VaccineOutput>({
    resolver: zodResolver(vaccineSchema),
    defaultValues: {
      name: vaccine?.name ?? '',
      manufacturer: vaccine?.manufacturer ?? '',
      doses: String(vaccine?.doses ?? 2),
      doseIntervalDays: String(vaccine?.doseIntervalDays ?? 21),
      intervalWindowDays: String(vaccine?.intervalWindowDays ?? 0),
    },
  });
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    try {
      if (vaccine) await updateVaccine({ variables: { input: { vaccineId: vaccine.id, ...values } } });
      else {
        await createVaccine({ variables: { input: { siteId, ...values } } });
        reset();
      }
      setSaved(true);
      onDone?.();
    } catch (error) {
      for (const e of fieldErrorsOf(error)) {
        if (e.field === 'name')
          setError('name', {
            message: e.code === 'CONFLICT' ? 'admin.validation.nameTaken' : 'admin.error.form',
          });
        else if (e.field === 'manufacturer')
          setError('manufacturer', { message: 'admin.validation.tooLong' });
        else if (e.field === 'doses') setError('doses', { message: 'admin.validation.doses' });
        else if (e.field === 'doseIntervalDays' || e.field === 'intervalWindowDays')
          setError(e.field, { message: 'admin.validation.days' });
        else setError('root', { message: 'admin.error.generic' });
      }
    }
  });
  return (
    <form className="form admin-form-grid" onSubmit={(event) => void onSubmit(event)} noValidate>
      {saved && <Alert kind="success">{t('admin.vaccine.saved')}</Alert>}
      {errors.root?.message && <Alert kind="error">{message(errors.root.message)}</Alert>}
      <TextField
        label={t('admin.vaccine.name')}
        error={message(errors.name?.message)}
        {...register('name')}
      />
      <TextField
        label={t('admin.vaccine.manufacturer')}
        error={message(errors.manufacturer?.message)}
        {...register('manufacturer')}
      />
      <TextField
        label={t('admin.vaccine.doses')}
        type="number"
        min={1}
        max={3}
        error={message(errors.doses?.message)}
        {...register('doses')}
      />
      <TextField
        label={t('admin.vaccine.interval')}
        type="number"
        min={0}
        error={message(errors.doseIntervalDays?.message)}
        {...register('doseIntervalDays')}
      />
      <TextField
        label={t('admin.vaccine.window')}
        type="number"
        min={0}
        error={message(errors.intervalWindowDays?.message)}
        {...register('intervalWindowDays')}
      />
      <div className="admin-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={createState.loading || updateState.loading}
        >
          {vaccine ? t('admin.vaccine.save') : t('admin.vaccine.create')}
        </button>
        {vaccine && onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('admin.cancel.back')}
          </button>
        )}
      </div>
    </form>
  );
}
