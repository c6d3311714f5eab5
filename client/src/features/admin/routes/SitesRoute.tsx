import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading } from '../components/Pages';
import { SitesTable } from '../components/SitesTable';
import { graphql } from '../gql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { useAdmin } from '../session';
import { LoadError } from '../components/LoadError';

const PAGE = 50;

const SitesPageQuery = graphql(`
  query SitesPage($search: String, $first: Int!, $after: String) {
    sites(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...SitesTable_site @unmask
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Operators: every site, searched by name or code, 50 at a time; site admins: their own site. */
export function SitesRoute() {
  const { t } = useAdminI18n();
  const admin = useAdmin();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const { data, error, loading, fetchMore, refetch } = useQuery(SitesPageQuery, {
    variables: { search, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim() || null);
  };
  const sites = data?.sites.edges.map((e) => e.node) ?? [];
  const more = () =>
    void fetchMore({
      variables: { after: data?.sites.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        sites: {
          ...fetchMoreResult.sites,
          edges: [...previous.sites.edges, ...fetchMoreResult.sites.edges],
        },
      }),
    });

  return (
    <div className="page admin-page admin-page--wide">
      <div className="admin-page__head">
        <PageHeading>{t('admin.sites.title')}</PageHeading>
        {admin.role === 'OPERATOR' && (
          <Link className="button button--primary" to="/admin/sites/new">
            {t('admin.sites.new')}
          </Link>
        )}
      </div>
      <form className="admin-search" role="search" onSubmit={onSearch}>
        <label htmlFor="site-search" className="field__label">
          {t('admin.sites.search')}
        </label>
        <div className="admin-search__row">
          <input
            id="site-search"
            className="field__input"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            {t('admin.sites.searchButton')}
          </button>
        </div>
      </form>
      {error && <LoadError onRetry={() => void refetch()} />}
      {!data && loading ? (
        <AdminLoading />
      ) : (
        <>
          <p className="hint" role="status">
            {t('admin.sites.count', { count: sites.length })}
          </p>
          <SitesTable sites={sites} />
          {data?.sites.pageInfo.hasNextPage && (
            <button type="button" className="button button--secondary" onClick={more} disabled={loading}>
              {t('admin.sites.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
