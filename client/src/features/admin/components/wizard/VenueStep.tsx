import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../../ui/Alert';
import { useCreateVenueWithVaccine } from '../../hooks/useSetupMutations';
import { useAdminI18n, type AdminMessageKey } from '../../i18n/admin-i18n';
import type { WizardPageQuery as WizardData } from '../../gql/graphql';
import { SelectField, TextField } from '../FormFields';
import { WizardButtons } from './SettingsStep';

/** Vaccines offered as one-tap presets when the site has none yet. */
const PRESETS = [
  { name: 'ファイザー (コミナティ)', manufacturer: 'ファイザー', doses: 2, interval: 21 },
  { name: 'モデルナ (スパイクバックス)', manufacturer: '武田/モデルナ', doses: 2, interval: 28 },
  { name: 'インフルエンザHAワクチン', manufacturer: '—', doses: 1, interval: 0 },
] as const;

const schema = z
  .object({
    venueName: z.string().trim().min(1, 'admin.validation.required').max(200),
    venueAddress: z.string().trim().max(500),
    vaccine: z.string(),
    vaccineName: z.string().trim(),
    manufacturer: z.string().trim(),
    doses: z
      .number({ error: 'admin.validation.positive' })
      .int('admin.validation.positive')
      .min(1, 'admin.validation.positive')
      .max(5, 'admin.validation.positive'),
    interval: z
      .number({ error: 'admin.validation.positive' })
      .int('admin.validation.positive')
      .min(0, 'admin.validation.positive')
      .max(365, 'admin.validation.positive'),
  })
  .superRefine((v, ctx) => {
    if (v.vaccine !== 'new') return;
    if (!v.vaccineName)
      ctx.addIssue({ code: 'custom', path: ['vaccineName'], message: 'admin.validation.required' });
    if (!v.manufacturer)
      ctx.addIssue({ code: 'custom', path: ['manufacturer'], message: 'admin.validation.required' });
  });
type VenueForm = z.infer<typeof schema>;

/** A venue and the vaccine it gives: the site's only vaccine is preset; none yet offers common ones. */
export function VenueStep({
  data,
  onDone,
  onBack,
}: {
  data: WizardData;
  onDone: () => void;
  onBack?: (() => void) | undefined;
}) {
  const { t, language } = useAdminI18n();
  const { create, loading } = useCreateVenueWithVaccine();
  const [adding, setAdding] = useState(data.venues.length === 0);
  const [failed, setFailed] = useState(false);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    formState: { errors },
  } = useForm<VenueForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      venueName: '',
      venueAddress: '',
      vaccine:
        data.vaccines.length === 1
          ? data.vaccines[0]!.id
          : data.vaccines.length === 0
            ? 'new'
            : data.vaccines[0]!.id,
      vaccineName: '',
      manufacturer: '',
      doses: 2,
      interval: 21,
    },
  });
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);
  const vaccine = watch('vaccine');

  const onSubmit = handleSubmit(async (v) => {
    setFailed(false);
    const result = await create(
      { siteId: data.site.id, name: v.venueName, address: v.venueAddress },
      v.vaccine === 'new'
        ? {
            create: {
              name: v.vaccineName,
              manufacturer: v.manufacturer,
              doses: v.doses,
              doseIntervalDays: v.interval,
              intervalWindowDays: v.interval,
            },
          }
        : { id: v.vaccine },
    );
    if (result.ok) onDone();
    else setFailed(true);
  });

  if (!adding)
    return (
      <div>
        <ul>
          {data.venues.map((venue) => (
            <li key={venue.id}>
              {venue.name}
              {language === 'ja' ? '（' : ' ('}
              {venue.vaccines.map((v) => v.name).join(language === 'ja' ? '、' : ', ')}
              {language === 'ja' ? '）' : ')'}
            </li>
          ))}
        </ul>
        <div className="wizard-nav">
          <button type="button" className="button button--primary" onClick={() => onDone()}>
            {t('admin.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('admin.wizard.addAnotherVenue')}
          </button>
          {onBack && (
            <button type="button" className="button button--link" onClick={onBack}>
              {t('admin.back')}
            </button>
          )}
        </div>
      </div>
    );

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {failed && <Alert kind="error">{t('admin.error.form')}</Alert>}
      <TextField
        label={t('admin.wizard.venueName')}
        badge={t('admin.required')}
        error={message(errors.venueName?.message)}
        {...register('venueName')}
      />
      <TextField
        label={t('admin.wizard.venueAddress')}
        badge={t('admin.optional')}
        error={message(errors.venueAddress?.message)}
        {...register('venueAddress')}
      />
      <SelectField
        label={t('admin.wizard.vaccine')}
        options={[
          ...data.vaccines.map((v) => ({ value: v.id, label: v.name })),
          { value: 'new', label: t('admin.wizard.vaccine.new') },
        ]}
        {...register('vaccine')}
      />
      {vaccine === 'new' && (
        <fieldset className="admin-fieldset">
          <legend>{t('admin.wizard.vaccine.new')}</legend>
          <div className="wizard-nav" role="group" aria-label={t('admin.wizard.vaccinePreset')}>
            {PRESETS.map((p) => (
              <button
                key={p.name}
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setValue('vaccineName', p.name);
                  setValue('manufacturer', p.manufacturer);
                  setValue('doses', p.doses);
                  setValue('interval', p.interval);
                }}
              >
                {p.name}
              </button>
            ))}
          </div>
          <TextField
            label={t('admin.wizard.vaccineName')}
            error={message(errors.vaccineName?.message)}
            {...register('vaccineName')}
          />
          <TextField
            label={t('admin.wizard.manufacturer')}
            error={message(errors.manufacturer?.message)}
            {...register('manufacturer')}
          />
          <div className="form__row admin-row">
            <TextField
              label={t('admin.wizard.doses')}
              type="number"
              min={1}
              max={5}
              error={message(errors.doses?.message)}
              {...register('doses', { valueAsNumber: true })}
            />
            <TextField
              label={t('admin.wizard.doseInterval')}
              type="number"
              min={0}
              max={365}
              error={message(errors.interval?.message)}
              {...register('interval', { valueAsNumber: true })}
            />
          </div>
        </fieldset>
      )}
      <WizardButtons onBack={onBack} busy={loading} submitLabel={t('admin.wizard.createVenue')} />
    </form>
  );
}
