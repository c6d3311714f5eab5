import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { RadioGroup, TextField } from '../components/FormFields';
import { useCreateSite } from '../hooks/useCreateSite';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { SITE_CODE } from '../site-settings';

const schema = z.object({
  name: z.string().trim().min(1, 'admin.validation.required').max(200),
  code: z.union([z.literal(''), z.string().trim().regex(SITE_CODE, 'admin.validation.code')]),
  plan: z.enum(['MUNICIPAL', 'WORKPLACE', 'CLINIC']),
});
type NewSiteForm = z.infer<typeof schema>;

/** Operators: name, optional code and plan; every other setting has a default the wizard walks through. */
export function NewSiteRoute() {
  const { t } = useAdminI18n();
  const navigate = useNavigate();
  const { createSite, loading } = useCreateSite();
  const [failed, setFailed] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<NewSiteForm>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', code: '', plan: 'WORKPLACE' },
  });
  const message = (key: string | undefined) => (key ? t(key as AdminMessageKey) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const outcome = await createSite({ name: values.name, plan: values.plan, code: values.code || null });
    if (outcome.ok) {
      void navigate(`/admin/sites/${outcome.code}`, {
        state: { notice: t('admin.newSite.created', { name: outcome.name, code: outcome.code }) },
      });
      return;
    }
    setFailed(true);
    for (const e of outcome.fieldErrors) {
      if (e.field === 'code')
        setError('code', {
          message: e.code === 'CONFLICT' ? 'admin.validation.taken' : 'admin.validation.code',
        });
      if (e.field === 'name') setError('name', { message: 'admin.validation.required' });
    }
  });

  return (
    <div className="page admin-page">
      <PageHeading>{t('admin.newSite.title')}</PageHeading>
      <p>{t('admin.newSite.intro')}</p>
      {failed && (
        <Alert kind="error" focus>
          {t('admin.error.form')}
        </Alert>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          label={t('admin.settings.name')}
          badge={t('admin.required')}
          error={message(errors.name?.message)}
          {...register('name')}
        />
        <TextField
          label={t('admin.settings.code')}
          badge={t('admin.optional')}
          hint={t('admin.newSite.codeHint')}
          autoCapitalize="off"
          spellCheck={false}
          error={message(errors.code?.message)}
          {...register('code')}
        />
        <RadioGroup
          legend={t('admin.sites.plan')}
          options={(['MUNICIPAL', 'WORKPLACE', 'CLINIC'] as const).map((p) => ({
            value: p,
            label: t(`admin.plan.${p}`),
          }))}
          inputProps={register('plan')}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('admin.newSite.submit')}
        </button>
      </form>
    </div>
  );
}
