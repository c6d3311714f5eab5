import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { TextField } from '../components/FormFields';
import { AdminLoading } from '../components/Pages';
import { SecretShownOnce } from '../components/SecretShownOnce';
import { WebhookEndpoints } from '../components/WebhookEndpoints';
import { graphql } from '../gql';
import type { ApiKeyScope, ApiKeysPageQuery } from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { endOfSiteDay, siteDateTime } from '../people/format';
import { useAdminSite } from '../site-context';

const ApiKeysPageQueryDocument = graphql(`
  query ApiKeysPage($siteId: ID!) {
    apiKeys(siteId: $siteId, first: 500) {
      edges {
        node {
          id
          name
          prefix
          lastFour
          scopes
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKeyFromAdmin($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKeyFromAdmin($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

type Key = ApiKeysPageQuery['apiKeys']['edges'][number]['node'];
const SCOPES: ApiKeyScope[] = [
  'ROSTER_READ',
  'ROSTER_WRITE',
  'RECORDS_READ',
  'BOOK_ON_BEHALF',
  'WEBHOOKS_MANAGE',
];

const schema = z.object({
  name: z.string().trim().min(1, 'admin.validation.required').max(100),
  scopes: z.array(z.enum(SCOPES as [ApiKeyScope, ...ApiKeyScope[]])).min(1, 'apiKeys.validation.scopes'),
  expiresOn: z.string().optional(),
});
type Form = z.infer<typeof schema>;

/**
 * A site's API keys (issue 13 from the admin app): the list (never a secret), a form to create one (name,
 * scopes, expiry) whose secret is shown once with a copy button, and revoking with a confirmation; below
 * them the site's webhook endpoints, whose signing secrets are rotated here.
 */
export function ApiKeysRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const { data, loading, error, refetch } = useQuery(ApiKeysPageQueryDocument, {
    variables: { siteId: site.id },
  });
  const [create, createState] = useMutation(CreateApiKeyMutation);
  const [revoke, revokeState] = useMutation(RevokeApiKeyMutation);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [revoking, setRevoking] = useState<Key | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', scopes: [], expiresOn: '' },
  });
  const errorText = (message: string | undefined) => (message ? t(message as AdminMessageKey) : undefined);

  const onCreate = form.handleSubmit(async (values) => {
    setFailure(null);
    setNotice(null);
    const expiresAt = values.expiresOn ? endOfSiteDay(values.expiresOn, site.timeZone).toISOString() : null;
    const result = await create({
      variables: { input: { siteId: site.id, name: values.name, scopes: values.scopes, expiresAt } },
    }).catch(() => null);
    if (!result?.data) {
      setFailure(t('admin.error.generic'));
      return;
    }
    setSecret({ name: result.data.createApiKey.apiKey.name, value: result.data.createApiKey.secret });
    form.reset();
    void refetch();
  });

  const onRevoke = async () => {
    if (!revoking) return;
    const result = await revoke({ variables: { input: { id: revoking.id } } }).catch(() => null);
    setRevoking(null);
    if (result?.data) {
      setNotice(t('apiKeys.revoked', { name: revoking.name }));
      void refetch();
    } else setFailure(t('admin.error.generic'));
  };

  const keys = data?.apiKeys.edges.map((e) => e.node) ?? [];
  const stateOf = (k: Key) =>
    k.revokedAt
      ? t('apiKeys.state.revoked')
      : k.expiresAt && new Date(k.expiresAt) < new Date()
        ? t('apiKeys.state.expired')
        : t('apiKeys.state.active');
  const columns: ListColumn<Key>[] = [
    { accessorKey: 'name', header: t('apiKeys.name') },
    { id: 'secret', accessorFn: (k) => `${k.prefix}…${k.lastFour}`, header: t('apiKeys.secretEnd') },
    {
      id: 'scopes',
      accessorFn: (k) => k.scopes.map((s) => t(`apiKeys.scope.${s}`)).join('、'),
      header: t('apiKeys.scopes'),
    },
    {
      id: 'expires',
      accessorFn: (k) => siteDateTime(k.expiresAt, site.timeZone) || t('apiKeys.never'),
      header: t('apiKeys.expires'),
    },
    {
      id: 'lastUsed',
      accessorFn: (k) => siteDateTime(k.lastUsedAt, site.timeZone) || '—',
      header: t('apiKeys.lastUsed'),
    },
    { id: 'state', accessorFn: stateOf, header: t('apiKeys.state') },
    {
      id: 'actions',
      header: t('reservations.actions'),
      enableSorting: false,
      cell: (info) =>
        info.row.original.revokedAt ? null : (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('apiKeys.revokeFor', { name: info.row.original.name })}
            onClick={() => setRevoking(info.row.original)}
          >
            {t('apiKeys.revoke')}
          </button>
        ),
    },
  ];

  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('apiKeys.title')}</PageHeading>
      <p>{t('apiKeys.intro')}</p>
      <div aria-live="polite">
        {notice && <Alert kind="success">{notice}</Alert>}
        {failure && <Alert kind="error">{failure}</Alert>}
      </div>
      {secret && (
        <SecretShownOnce
          key={secret.value}
          id="secret-title"
          heading="h2"
          title={t('apiKeys.secretTitle', { name: secret.name })}
          warning={t('apiKeys.secretWarning')}
          value={secret.value}
          testId="api-key-secret"
          copyLabel={t('apiKeys.copy')}
          onDone={() => setSecret(null)}
        />
      )}
      {error && <Alert kind="error">{t('admin.error.network')}</Alert>}
      {!data && loading ? (
        <AdminLoading />
      ) : (
        <DataTable caption={t('apiKeys.title')} columns={columns} data={keys} empty={t('apiKeys.empty')} />
      )}
      <form
        className="admin-fieldset"
        noValidate
        onSubmit={(e) => void onCreate(e)}
        aria-labelledby="new-key-title"
      >
        <h2 id="new-key-title" className="admin-section-title">
          {t('apiKeys.new')}
        </h2>
        <TextField
          label={t('apiKeys.name')}
          hint={t('apiKeys.nameHint')}
          error={errorText(form.formState.errors.name?.message)}
          {...form.register('name')}
        />
        <fieldset
          className={`choice${form.formState.errors.scopes ? ' field--invalid' : ''}`}
          aria-describedby={form.formState.errors.scopes ? 'scopes-error' : undefined}
        >
          <legend className="field__label">{t('apiKeys.scopes')}</legend>
          {SCOPES.map((s) => (
            <label key={s} className="choice__option">
              <input type="checkbox" value={s} {...form.register('scopes')} />
              {t(`apiKeys.scope.${s}`)}
              <span className="hint"> — {t(`apiKeys.scopeHint.${s}`)}</span>
            </label>
          ))}
          {form.formState.errors.scopes && (
            <p id="scopes-error" className="field__error">
              {errorText(form.formState.errors.scopes.message)}
            </p>
          )}
        </fieldset>
        <TextField
          label={t('apiKeys.expiresOn')}
          hint={t('apiKeys.expiresHint')}
          type="date"
          {...form.register('expiresOn')}
        />
        <div className="admin-actions">
          <button type="submit" className="button button--primary" disabled={createState.loading}>
            {t('apiKeys.create')}
          </button>
        </div>
      </form>
      <WebhookEndpoints siteId={site.id} timeZone={site.timeZone} />
      <ConfirmDialog
        open={revoking !== null}
        title={t('apiKeys.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        cancelLabel={t('person.dialog.back')}
        danger
        busy={revokeState.loading}
        onCancel={() => setRevoking(null)}
        onConfirm={() => void onRevoke()}
      >
        <p>{t('apiKeys.revokeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
