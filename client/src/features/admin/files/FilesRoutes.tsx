import { useQuery } from '@apollo/client/react';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import type { FilesImportHistoryQuery } from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { siteDateTime } from '../people/format';
import { ImportScreen, IssuedFileDownload } from './ImportScreen';
import { ImportHistoryQuery } from './operations';
import stylesheet from './files.css?url';

export function TicketsImportRoute() {
  return <ImportScreen kind="VALID_TICKETS" />;
}

export function BulkBookingImportRoute() {
  return <ImportScreen kind="BULK_BOOKING" />;
}

export function IssuanceImportRoute() {
  return <ImportScreen kind="ISSUANCE" />;
}

type ImportRow = FilesImportHistoryQuery['imports']['edges'][number]['node'];
type Actor = ImportRow['uploadedBy'];

/** The site's imports, newest first: when, what (kind and file), who, and the outcome. */
export function ImportHistoryRoute() {
  const { t } = useAdminI18n();
  const actor = (who: Actor) => {
    const name = who.name ?? t('admin.files.history.deleted');
    return who.kind === 'API_KEY' ? t('admin.files.history.apiKey', { name }) : name;
  };
  const site = useAdminSite();
  const { data, fetchMore } = useQuery(ImportHistoryQuery, {
    variables: { siteId: site.id },
    fetchPolicy: 'cache-and-network',
  });
  const columns: ListColumn<ImportRow>[] = [
    {
      id: 'when',
      header: t('admin.files.history.when'),
      cell: (c) => siteDateTime(c.row.original.committedAt ?? c.row.original.createdAt, site.timeZone),
    },
    {
      id: 'kind',
      header: t('admin.files.history.kind'),
      cell: (c) => t(`admin.files.title.${c.row.original.kind}` as AdminMessageKey),
    },
    { accessorKey: 'filename', header: t('admin.files.history.file') },
    { accessorKey: 'rowCount', header: t('admin.files.rows') },
    {
      id: 'who',
      header: t('admin.files.history.who'),
      cell: (c) => {
        const row = c.row.original;
        return (
          <ul className="files__who">
            <li>{t('admin.files.history.uploadedBy', { name: actor(row.uploadedBy) })}</li>
            {row.committedBy && (
              <li>{t('admin.files.history.committedBy', { name: actor(row.committedBy) })}</li>
            )}
          </ul>
        );
      },
    },
    {
      id: 'outcome',
      header: t('admin.files.history.outcome'),
      cell: (c) => {
        const row = c.row.original;
        const status = t(`admin.files.status.${row.status}` as AdminMessageKey, {
          created: row.createdCount.toLocaleString(),
          errors: row.errorCount.toLocaleString(),
        });
        const outcome =
          row.status === 'COMMITTED' ? (
            <>
              {status}
              <span className="files__detail">
                {t('admin.files.history.unchanged', { count: row.unchangedCount.toLocaleString() })}
                {/* no mail queued: nothing to say about mail */}
                {row.mailsQueuedCount > 0 && (
                  <>
                    {' / '}
                    {t('admin.files.history.mails', { count: row.mailsQueuedCount.toLocaleString() })}
                  </>
                )}
              </span>
            </>
          ) : (
            status
          );
        return row.kind === 'ISSUANCE' && row.status === 'COMMITTED' ? (
          <details>
            <summary>{outcome}</summary>
            <IssuedFileDownload importId={row.id} />
          </details>
        ) : (
          outcome
        );
      },
    },
  ];
  const rows = data?.imports.edges.map((e) => e.node) ?? [];
  return (
    <div className="page admin-page admin-page--wide files">
      <link rel="stylesheet" href={stylesheet} precedence="admin" />
      <PageHeading>{t('admin.files.history.title')}</PageHeading>
      <p>{t('admin.files.history.intro')}</p>
      {data ? (
        <>
          <DataTable
            caption={t('admin.files.history.title')}
            columns={columns}
            data={rows}
            empty={t('admin.files.history.empty')}
          />
          {data.imports.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void fetchMore({ variables: { after: data.imports.pageInfo.endCursor } })}
            >
              {t('admin.files.history.more')}
            </button>
          )}
        </>
      ) : (
        <AdminLoading />
      )}
    </div>
  );
}
