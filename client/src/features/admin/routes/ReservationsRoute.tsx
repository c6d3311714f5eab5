import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { PagedTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import type {
  CsvEncoding,
  MadeBy,
  ReservationFilter,
  ReservationsPageQuery,
  ReservationStatus,
} from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { downloadExport, siteDateTime } from '../people/format';
import { useAdminSite } from '../site-context';
import { LoadError } from '../components/LoadError';

const PAGE = 200;

const ReservationsPageQueryDocument = graphql(`
  query ReservationsPage(
    $siteId: ID!
    $siteCode: String!
    $filter: ReservationFilter
    $first: Int!
    $after: String
  ) {
    venues(siteCode: $siteCode) {
      id
      name
    }
    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ticketNumber
          familyNameKana
          givenNameKana
          dose
          status
          startsAt
          venueName
          vaccineName
          madeBy
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ExportReservationsQuery = graphql(`
  query ExportReservationsFile($input: ExportReservationsInput!) {
    exportReservations(input: $input) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);

const ExportVaccinationRecordsQuery = graphql(`
  query ExportVaccinationRecordsFile($input: ExportVaccinationRecordsInput!) {
    exportVaccinationRecords(input: $input) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);

type Row = ReservationsPageQuery['reservations']['edges'][number]['node'];
const STATUSES: ReservationStatus[] = ['BOOKED', 'CANCELLED', 'VACCINATED', 'NO_SHOW'];
const MADE_BY: MadeBy[] = ['SELF', 'ADMIN', 'API', 'BULK'];

/**
 * A site's reservations by slot time, a page at a time: venue, day, status, dose and "made by" filter on
 * the server. The CSV exports download with the same filter.
 */
export function ReservationsRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const client = useApolloClient();
  const [venueId, setVenueId] = useState('');
  const [day, setDay] = useState('');
  const [status, setStatus] = useState<ReservationStatus | ''>('');
  const [dose, setDose] = useState('');
  const [madeBy, setMadeBy] = useState<MadeBy | ''>('');
  const [encoding, setEncoding] = useState<CsvEncoding>('UTF8_BOM');
  const [exporting, setExporting] = useState(false);
  const [exportNotice, setExportNotice] = useState<string | null>(null);
  const [exportError, setExportError] = useState(false);
  const filter: ReservationFilter = {
    ...(venueId ? { venueId } : {}),
    ...(day ? { fromDate: day, toDate: day } : {}),
    ...(status ? { status } : {}),
    ...(dose ? { dose: Number(dose) } : {}),
    ...(madeBy ? { madeBy } : {}),
  };
  const { data, error, loading, fetchMore, refetch } = useQuery(ReservationsPageQueryDocument, {
    variables: { siteId: site.id, siteCode: site.code, filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const hasMore = data?.reservations.pageInfo.hasNextPage ?? false;
  const endCursor = data?.reservations.pageInfo.endCursor;
  const more = useCallback(() => {
    if (!hasMore || loading) return;
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        reservations: {
          ...fetchMoreResult.reservations,
          edges: [...previous.reservations.edges, ...fetchMoreResult.reservations.edges],
        },
      }),
    });
  }, [hasMore, loading, endCursor, fetchMore]);
  const rows = data?.reservations.edges.map((e) => e.node) ?? [];

  const download = async (kind: 'reservations' | 'records') => {
    setExporting(true);
    setExportNotice(null);
    setExportError(false);
    try {
      const file =
        kind === 'reservations'
          ? (
              await client.query({
                query: ExportReservationsQuery,
                variables: { input: { siteId: site.id, filter, encoding } },
                fetchPolicy: 'network-only',
              })
            ).data?.exportReservations
          : (
              await client.query({
                query: ExportVaccinationRecordsQuery,
                variables: {
                  input: { siteId: site.id, encoding, ...(day ? { fromDate: day, toDate: day } : {}) },
                },
                fetchPolicy: 'network-only',
              })
            ).data?.exportVaccinationRecords;
      if (!file) throw new Error('no file');
      downloadExport(file);
      setExportNotice(t('reservations.export.done', { filename: file.filename, rows: file.rowCount }));
    } catch {
      setExportError(true);
    } finally {
      setExporting(false);
    }
  };

  const columns: ListColumn<Row>[] = [
    {
      id: 'startsAt',
      accessorFn: (r) => siteDateTime(r.startsAt, site.timeZone),
      header: t('reservations.when'),
    },
    {
      accessorKey: 'ticketNumber',
      header: t('people.number'),
      cell: (info) => (
        <Link to={`/admin/sites/${site.code}/people/${info.row.original.ticketNumber}`}>
          {info.row.original.ticketNumber}
        </Link>
      ),
    },
    {
      id: 'name',
      accessorFn: (r) => [r.familyNameKana, r.givenNameKana].filter(Boolean).join(' '),
      header: t('people.name'),
    },
    { id: 'dose', accessorFn: (r) => r.dose, header: t('reservations.dose') },
    { accessorKey: 'venueName', header: t('reservations.venue') },
    {
      id: 'status',
      accessorFn: (r) => t(`reservations.status.${r.status}`),
      header: t('reservations.status'),
    },
    {
      id: 'madeBy',
      accessorFn: (r) => t(`reservations.madeBy.${r.madeBy}`),
      header: t('reservations.madeBy'),
    },
  ];

  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('reservations.title')}</PageHeading>
      <form
        className="admin-filters"
        aria-label={t('reservations.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="admin-filters__field">
          <label htmlFor="res-venue" className="field__label">
            {t('reservations.venue')}
          </label>
          <select
            id="res-venue"
            className="field__input"
            value={venueId}
            onChange={(e) => setVenueId(e.target.value)}
          >
            <option value="">{t('reservations.all')}</option>
            {data?.venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-filters__field">
          <label htmlFor="res-day" className="field__label">
            {t('reservations.day')}
          </label>
          <input
            id="res-day"
            className="field__input"
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        </div>
        <div className="admin-filters__field">
          <label htmlFor="res-dose" className="field__label">
            {t('reservations.dose')}
          </label>
          <select
            id="res-dose"
            className="field__input"
            value={dose}
            onChange={(e) => setDose(e.target.value)}
          >
            <option value="">{t('reservations.all')}</option>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t('person.dose', { dose: n })}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-filters__field">
          <label htmlFor="res-status" className="field__label">
            {t('reservations.status')}
          </label>
          <select
            id="res-status"
            className="field__input"
            value={status}
            onChange={(e) => setStatus(e.target.value as ReservationStatus | '')}
          >
            <option value="">{t('reservations.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reservations.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-filters__field">
          <label htmlFor="res-madeby" className="field__label">
            {t('reservations.madeBy')}
          </label>
          <select
            id="res-madeby"
            className="field__input"
            value={madeBy}
            onChange={(e) => setMadeBy(e.target.value as MadeBy | '')}
          >
            <option value="">{t('reservations.all')}</option>
            {MADE_BY.map((m) => (
              <option key={m} value={m}>
                {t(`reservations.madeBy.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <section className="admin-fieldset" aria-labelledby="res-export">
        <h2 id="res-export" className="admin-section-title">
          {t('reservations.export.title')}
        </h2>
        <p className="hint">{t('reservations.export.hint')}</p>
        <div className="admin-filters">
          <div className="admin-filters__field">
            <label htmlFor="res-encoding" className="field__label">
              {t('reservations.export.encoding')}
            </label>
            <select
              id="res-encoding"
              className="field__input"
              value={encoding}
              onChange={(e) => setEncoding(e.target.value as CsvEncoding)}
            >
              <option value="UTF8_BOM">{t('reservations.export.utf8')}</option>
              <option value="CP932">{t('reservations.export.cp932')}</option>
            </select>
          </div>
          <div className="admin-actions admin-filters__buttons">
            <button
              type="button"
              className="button button--secondary"
              disabled={exporting}
              onClick={() => void download('reservations')}
            >
              {t('reservations.export.reservations')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={exporting}
              onClick={() => void download('records')}
            >
              {t('reservations.export.records')}
            </button>
          </div>
        </div>
        <div aria-live="polite">
          {exportNotice && <Alert kind="success">{exportNotice}</Alert>}
          {exportError && <Alert kind="error">{t('admin.error.network')}</Alert>}
        </div>
      </section>
      {error && <LoadError onRetry={() => void refetch()} />}
      {!data && loading ? (
        <AdminLoading />
      ) : (
        <PagedTable
          caption={t('reservations.title')}
          columns={columns}
          data={rows}
          empty={t('reservations.empty')}
          count={
            hasMore
              ? t('people.countMore', { count: rows.length })
              : t('reservations.count', { count: rows.length })
          }
          hasMore={hasMore}
          loading={loading}
          onMore={more}
        />
      )}
    </div>
  );
}
