import { Link } from 'react-router';
import { graphql } from '../gql';
import type { SitesTable_SiteFragment } from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { DataTable, type ListColumn } from './DataTable';

export const SitesTableFragment = graphql(`
  fragment SitesTable_site on Site {
    id
    code
    name
    plan
    bookingMode
  }
`);

/** The sites of a page of `sites`, sortable by each column; the code opens the site. */
export function SitesTable({ sites }: { sites: SitesTable_SiteFragment[] }) {
  const { t } = useAdminI18n();
  const columns: ListColumn<SitesTable_SiteFragment>[] = [
    {
      accessorKey: 'code',
      header: t('admin.sites.code'),
      cell: (info) => <Link to={`/admin/sites/${info.row.original.code}`}>{info.row.original.code}</Link>,
    },
    { accessorKey: 'name', header: t('admin.sites.name') },
    { id: 'plan', accessorFn: (site) => t(`admin.plan.${site.plan}`), header: t('admin.sites.plan') },
    {
      id: 'bookingMode',
      accessorFn: (site) => t(`admin.bookingMode.${site.bookingMode}`),
      header: t('admin.sites.bookingMode'),
    },
  ];
  return (
    <DataTable
      caption={t('admin.sites.title')}
      columns={columns}
      data={sites}
      empty={t('admin.sites.empty')}
    />
  );
}
