import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import type { AdminSiteVenuesQuery } from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { SiteVenuesQuery } from '../venues/documents';
import { VaccineForm, VenueForm, type VaccineRow } from '../venues/VenueForms';

type VenueRow = AdminSiteVenuesQuery['venues'][number];

/** A site's venues (open one for its calendar) and vaccines; create a venue, create or edit a vaccine. */
export function VenuesRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const navigate = useNavigate();
  const { data } = useQuery(SiteVenuesQuery, { variables: { code: site.code } });
  const [editing, setEditing] = useState<VaccineRow | null>(null);
  const venueColumns: ListColumn<VenueRow>[] = [
    {
      accessorKey: 'name',
      header: t('admin.venue.name'),
      cell: (info) => (
        <Link to={`/admin/sites/${site.code}/venues/${info.row.original.id}`}>{info.row.original.name}</Link>
      ),
    },
    { accessorKey: 'address', header: t('admin.venue.address') },
    {
      id: 'vaccines',
      accessorFn: (v) => v.vaccines.map((x) => x.name).join('、'),
      header: t('admin.venue.vaccines'),
    },
    {
      id: 'closed',
      accessorFn: (v) => (v.closed ? t('admin.venue.statusClosed') : t('admin.venue.statusOpen')),
      header: t('admin.venue.status'),
    },
  ];
  const vaccineColumns: ListColumn<VaccineRow>[] = [
    { accessorKey: 'name', header: t('admin.vaccine.name') },
    { accessorKey: 'manufacturer', header: t('admin.vaccine.manufacturer') },
    { accessorKey: 'doses', header: t('admin.vaccine.doses') },
    { accessorKey: 'doseIntervalDays', header: t('admin.vaccine.interval') },
    {
      id: 'edit',
      header: () => <span className="visually-hidden">{t('admin.vaccine.edit')}</span>,
      enableSorting: false,
      cell: (info) => (
        <button type="button" className="button button--link" onClick={() => setEditing(info.row.original)}>
          {t('admin.vaccine.editNamed', { name: info.row.original.name })}
        </button>
      ),
    },
  ];
  if (!data) return <AdminLoading />;
  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('admin.venues.title')}</PageHeading>
      <p>{t('admin.venues.intro')}</p>
      <DataTable
        caption={t('admin.venues.title')}
        columns={venueColumns}
        data={data.venues}
        empty={t('admin.venues.empty')}
      />

      <section className="section" aria-labelledby="new-venue">
        <h2 id="new-venue">{t('admin.venues.new')}</h2>
        <VenueForm
          siteId={site.id}
          vaccines={data.vaccines}
          onSaved={(id) => void navigate(`/admin/sites/${site.code}/venues/${id}`)}
        />
      </section>

      <section className="section" aria-labelledby="vaccines">
        <h2 id="vaccines">{t('admin.vaccines.title')}</h2>
        <DataTable
          caption={t('admin.vaccines.title')}
          columns={vaccineColumns}
          data={data.vaccines}
          empty={t('admin.vaccines.empty')}
        />
        {editing ? (
          <>
            <h3>{t('admin.vaccine.editNamed', { name: editing.name })}</h3>
            <VaccineForm
              key={editing.id}
              siteId={site.id}
              vaccine={editing}
              onDone={() => setEditing(null)}
            />
          </>
        ) : (
          <>
            <h3>{t('admin.vaccines.new')}</h3>
            <VaccineForm siteId={site.id} />
          </>
        )}
      </section>
    </div>
  );
}
