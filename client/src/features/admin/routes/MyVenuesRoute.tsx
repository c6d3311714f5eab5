import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import type { MyVenuesPageQuery } from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';

const MyVenuesPageQuery = graphql(`
  query MyVenuesPage {
    myVenues {
      id
      name
      address
    }
  }
`);

type VenueRow = MyVenuesPageQuery['myVenues'][number];

/** Venue staff: the venues they are assigned to, and no other (site admins: every venue of their site). */
export function MyVenuesRoute() {
  const { t } = useAdminI18n();
  const { data } = useQuery(MyVenuesPageQuery);
  const columns: ListColumn<VenueRow>[] = [
    {
      accessorKey: 'name',
      header: t('admin.myVenues.name'),
      cell: (info) => <Link to={`/admin/my-venues/${info.row.original.id}`}>{info.row.original.name}</Link>,
    },
    { accessorKey: 'address', header: t('admin.myVenues.address') },
  ];
  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('admin.myVenues.title')}</PageHeading>
      <p>{t('admin.myVenues.intro')}</p>
      {data ? (
        <DataTable
          caption={t('admin.myVenues.title')}
          columns={columns}
          data={data.myVenues}
          empty={t('admin.myVenues.empty')}
        />
      ) : (
        <AdminLoading />
      )}
    </div>
  );
}
