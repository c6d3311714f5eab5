import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading, NotFoundPage } from '../components/Pages';
import { useAdminI18n } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { CloseSlotsMutation, ReopenSlotsMutation, SiteVenuesQuery } from '../venues/documents';
import { PatternForm } from '../venues/PatternForm';
import { SlotCalendar } from '../venues/SlotCalendar';
import { REFETCH } from '../venues/SlotActions';
import { VenueDoctors } from '../venues/VenueDoctors';
import { VenueForm } from '../venues/VenueForms';

/** One venue: its slot calendar (week / month), details, vaccines, closing it, slots from a pattern, and its doctors. */
export function VenueRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const { venueId = '' } = useParams();
  const { data } = useQuery(SiteVenuesQuery, { variables: { code: site.code } });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refetchVenues = { ...REFETCH, refetchQueries: [...REFETCH.refetchQueries, 'AdminSiteVenues'] };
  const [closeSlots, closeState] = useMutation(CloseSlotsMutation, refetchVenues);
  const [reopenSlots, reopenState] = useMutation(ReopenSlotsMutation, refetchVenues);
  if (!data) return <AdminLoading />;
  const venue = data.venues.find((v) => v.id === venueId);
  if (!venue) return <NotFoundPage />;
  const toggle = async () => {
    setConfirming(false);
    const run = venue.closed ? reopenSlots : closeSlots;
    const { data: result } = await run({ variables: { input: { venueId: venue.id } } });
    if (result) setNotice(t(venue.closed ? 'admin.venue.reopenedNotice' : 'admin.venue.closedNotice'));
  };
  return (
    <div className="page admin-page admin-page--wide">
      <p className="admin-breadcrumb">
        <Link to={`/admin/sites/${site.code}/venues`}>{t('admin.venues.title')}</Link>
      </p>
      <PageHeading>{venue.name}</PageHeading>
      {notice && <Alert kind="success">{notice}</Alert>}
      <div className="admin-venue-status">
        <p>
          <span className={`admin-badge admin-badge--${venue.closed ? 'closed' : 'open'}`}>
            {venue.closed ? t('admin.venue.statusClosed') : t('admin.venue.statusOpen')}
          </span>{' '}
          {venue.vaccines.map((v) => v.name).join('、')}
        </p>
        <div className="admin-actions">
          <Link className="button button--secondary" to={`/admin/sites/${site.code}/board?venue=${venue.id}`}>
            {t('admin.venue.openBoard')}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            disabled={closeState.loading || reopenState.loading}
            onClick={() => setConfirming(true)}
          >
            {venue.closed ? t('admin.venue.reopen') : t('admin.venue.close')}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={venue.closed ? t('admin.venue.reopenTitle') : t('admin.venue.closeTitle')}
        confirmLabel={venue.closed ? t('admin.venue.reopen') : t('admin.venue.close')}
        cancelLabel={t('admin.cancel.back')}
        danger={!venue.closed}
        onConfirm={() => void toggle()}
        onCancel={() => setConfirming(false)}
      >
        <p>{venue.closed ? t('admin.venue.reopenBody') : t('admin.venue.closeBody')}</p>
      </ConfirmDialog>

      <section className="section" aria-labelledby="venue-calendar">
        <h2 id="venue-calendar">{t('admin.calendar.heading')}</h2>
        <p className="admin-hint">{t('admin.calendar.hint')}</p>
        <SlotCalendar venueId={venue.id} timeZone={site.timeZone} readOnly={false} />
      </section>

      <section className="section" aria-labelledby="venue-pattern">
        <h2 id="venue-pattern">{t('admin.pattern.heading')}</h2>
        {venue.vaccines.length === 0 ? (
          <p className="admin-empty">{t('admin.pattern.noVaccine')}</p>
        ) : (
          <PatternForm venueId={venue.id} vaccines={venue.vaccines} timeZone={site.timeZone} />
        )}
      </section>

      <section className="section" aria-labelledby="venue-details">
        <h2 id="venue-details">{t('admin.venue.details')}</h2>
        <VenueForm key={venue.id} siteId={site.id} venue={venue} />
      </section>

      <section className="section" aria-labelledby="venue-doctors">
        <h2 id="venue-doctors">{t('admin.doctors.heading')}</h2>
        <VenueDoctors key={venue.id} venueId={venue.id} />
      </section>
    </div>
  );
}
