import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { graphql } from '../gql';
import type { WebhookEndpointsSectionQuery } from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { siteDateTime } from '../people/format';
import { DataTable, type ListColumn } from './DataTable';
import { SelectField } from './FormFields';
import { SecretShownOnce } from './SecretShownOnce';

const WebhookEndpointsSectionQueryDocument = graphql(`
  query WebhookEndpointsSection($siteId: ID!) {
    webhookEndpoints(siteId: $siteId) {
      id
      url
      eventTypes
      enabled
      previousSecretExpiresAt
    }
  }
`);

const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecretFromAdmin($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      previousSecretExpiresAt
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);

type Endpoint = WebhookEndpointsSectionQuery['webhookEndpoints'][number];
/** Overlaps offered (hours the old secret keeps signing); the API takes 0 to 168. */
const OVERLAP_HOURS = [24, 72, 168, 1, 0];

/**
 * A site's webhook endpoints on the API keys page, each with "rotate secret": the new signing secret is shown
 * once with a copy button, and the old one keeps signing for the chosen hours so the receiver can switch.
 * Endpoints are added through the API (createWebhookEndpoint).
 */
export function WebhookEndpoints({ siteId, timeZone }: { siteId: string; timeZone: string }) {
  const { t } = useAdminI18n();
  const { data, error, refetch } = useQuery(WebhookEndpointsSectionQueryDocument, { variables: { siteId } });
  const [rotate, rotateState] = useMutation(RotateWebhookSecretMutation);
  const [rotating, setRotating] = useState<Endpoint | null>(null);
  const [hours, setHours] = useState('24');
  const [secret, setSecret] = useState<{ url: string; value: string; until: string | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onRotate = async () => {
    if (!rotating) return;
    setFailure(null);
    const result = await rotate({
      variables: { input: { endpointId: rotating.id, previousSecretValidHours: Number(hours) } },
    }).catch(() => null);
    setRotating(null);
    if (!result?.data) {
      setFailure(t('admin.error.generic'));
      return;
    }
    const rotated = result.data.rotateWebhookSecret;
    setSecret({ url: rotating.url, value: rotated.secret, until: rotated.previousSecretExpiresAt });
    void refetch();
  };

  const columns: ListColumn<Endpoint>[] = [
    { accessorKey: 'url', header: t('webhooks.url') },
    { id: 'events', accessorFn: (e) => e.eventTypes.join(', '), header: t('webhooks.eventTypes') },
    {
      id: 'state',
      accessorFn: (e) => (e.enabled ? t('webhooks.state.enabled') : t('webhooks.state.disabled')),
      header: t('webhooks.state'),
    },
    {
      id: 'previousUntil',
      accessorFn: (e) => siteDateTime(e.previousSecretExpiresAt, timeZone) || '—',
      header: t('webhooks.previousUntil'),
    },
    {
      id: 'actions',
      header: t('reservations.actions'),
      enableSorting: false,
      cell: (info) => (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('webhooks.rotateFor', { url: info.row.original.url })}
          onClick={() => {
            setHours('24');
            setRotating(info.row.original);
          }}
        >
          {t('webhooks.rotate')}
        </button>
      ),
    },
  ];

  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title" className="admin-section-title">
        {t('webhooks.title')}
      </h2>
      <p>{t('webhooks.intro')}</p>
      <div aria-live="polite">{failure && <Alert kind="error">{failure}</Alert>}</div>
      {secret && (
        <SecretShownOnce
          key={secret.value}
          id="webhook-secret-title"
          heading="h3"
          title={t('webhooks.secretTitle', { url: secret.url })}
          warning={t('webhooks.secretWarning')}
          value={secret.value}
          testId="webhook-secret"
          copyLabel={t('webhooks.copy')}
          onDone={() => setSecret(null)}
        >
          <p>
            {secret.until
              ? t('webhooks.overlapUntil', { until: siteDateTime(secret.until, timeZone) })
              : t('webhooks.noOverlap')}
          </p>
        </SecretShownOnce>
      )}
      {error && <Alert kind="error">{t('admin.error.network')}</Alert>}
      {data && (
        <DataTable
          caption={t('webhooks.title')}
          columns={columns}
          data={data.webhookEndpoints}
          empty={t('webhooks.empty')}
        />
      )}
      <ConfirmDialog
        open={rotating !== null}
        title={t('webhooks.rotateTitle', { url: rotating?.url ?? '' })}
        confirmLabel={t('webhooks.rotate')}
        cancelLabel={t('person.dialog.back')}
        busy={rotateState.loading}
        onCancel={() => setRotating(null)}
        onConfirm={() => void onRotate()}
      >
        <p>{t('webhooks.rotateBody')}</p>
        <SelectField
          label={t('webhooks.overlap')}
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          options={OVERLAP_HOURS.map((h) => ({
            value: String(h),
            label: h === 0 ? t('webhooks.overlap.none') : t('webhooks.overlap.hours', { hours: String(h) }),
          }))}
        />
      </ConfirmDialog>
    </section>
  );
}
