import { useQuery } from '@apollo/client/react';
import { useCallback, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { PagedTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import type { PeoplePageQuery, TicketFilter } from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { LoadError } from '../components/LoadError';

const PAGE = 200;

const PeoplePageQueryDocument = graphql(`
  query PeoplePage($siteId: ID!, $filter: TicketFilter, $first: Int!, $after: String) {
    tickets(siteId: $siteId, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          number
          externalId
          familyNameKana
          givenNameKana
          department
          status
          booking {
            state
            dosesBooked
            dosesVaccinated
            dosesInSeries
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Person = PeoplePageQuery['tickets']['edges'][number]['node'];

/** The roster's filter choices, each one TicketFilter. */
export const ROSTER_FILTERS = {
  all: {},
  notRegistered: { status: 'NOT_REGISTERED' },
  registered: { status: 'REGISTERED' },
  notBooked: { booking: 'NOT_BOOKED' },
  booked: { booking: 'DOSE1_ONLY' },
  fullyBooked: { booking: 'COMPLETE' },
  vaccinated: { booking: 'VACCINATED' },
  revoked: { status: 'REVOKED' },
} as const satisfies Record<string, TicketFilter>;
type RosterFilter = keyof typeof ROSTER_FILTERS;

/**
 * The roster (issue 14): every ticket of the site in number order, searched by number prefix, kana name
 * prefix or employee id, filtered by registration and booking state; 200 at a time, and the next page
 * loads as the (virtual) list scrolls near its end.
 */
export function PeopleRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [which, setWhich] = useState<RosterFilter>('all');
  const filter: TicketFilter = { ...ROSTER_FILTERS[which], ...(search ? { search } : {}) };
  const { data, error, loading, fetchMore, refetch } = useQuery(PeoplePageQueryDocument, {
    variables: { siteId: site.id, filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const people = data?.tickets.edges.map((e) => e.node) ?? [];
  const hasMore = data?.tickets.pageInfo.hasNextPage ?? false;
  const endCursor = data?.tickets.pageInfo.endCursor;
  const more = useCallback(() => {
    if (!hasMore || loading) return;
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        tickets: {
          ...fetchMoreResult.tickets,
          edges: [...previous.tickets.edges, ...fetchMoreResult.tickets.edges],
        },
      }),
    });
  }, [hasMore, loading, endCursor, fetchMore]);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim());
  };

  const columns: ListColumn<Person>[] = [
    {
      accessorKey: 'number',
      header: t('people.number'),
      cell: (info) => (
        <Link to={`/admin/sites/${site.code}/people/${info.row.original.number}`}>
          {info.row.original.number}
        </Link>
      ),
    },
    {
      id: 'name',
      accessorFn: (p) => [p.familyNameKana, p.givenNameKana].filter(Boolean).join(' '),
      header: t('people.name'),
    },
    { id: 'externalId', accessorFn: (p) => p.externalId ?? '', header: t('people.externalId') },
    { id: 'department', accessorFn: (p) => p.department ?? '', header: t('people.department') },
    { id: 'status', accessorFn: (p) => t(`people.status.${p.status}`), header: t('people.statusColumn') },
    {
      id: 'booking',
      accessorFn: (p) =>
        p.status === 'REVOKED'
          ? '—'
          : t(`people.booking.${p.booking.state}`, {
              booked: p.booking.dosesBooked,
              series: p.booking.dosesInSeries ?? '—',
              given: p.booking.dosesVaccinated,
            }),
      header: t('people.bookingColumn'),
    },
  ];

  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('people.title')}</PageHeading>
      <form className="admin-search admin-filters" role="search" onSubmit={onSearch}>
        <div className="admin-filters__field admin-filters__field--grow">
          <label htmlFor="people-search" className="field__label">
            {t('people.search')}
          </label>
          <p id="people-search-hint" className="field__hint">
            {t('people.searchHint')}
          </p>
          <div className="admin-search__row">
            <input
              id="people-search"
              className="field__input"
              type="search"
              aria-describedby="people-search-hint"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit" className="button button--secondary">
              {t('people.searchButton')}
            </button>
          </div>
        </div>
        <div className="admin-filters__field">
          <label htmlFor="people-filter" className="field__label">
            {t('people.filter')}
          </label>
          <select
            id="people-filter"
            className="field__input"
            value={which}
            onChange={(event) => setWhich(event.target.value as RosterFilter)}
          >
            {(Object.keys(ROSTER_FILTERS) as RosterFilter[]).map((key) => (
              <option key={key} value={key}>
                {t(`people.filter.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error && <LoadError onRetry={() => void refetch()} />}
      {!data && loading ? (
        <AdminLoading />
      ) : (
        <PagedTable
          caption={t('people.title')}
          columns={columns}
          data={people}
          empty={t('people.empty')}
          count={
            hasMore
              ? t('people.countMore', { count: people.length })
              : t('people.count', { count: people.length })
          }
          hasMore={hasMore}
          loading={loading}
          onMore={more}
        />
      )}
    </div>
  );
}
