import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading, NotFoundPage } from '../components/Pages';
import { useAdminI18n } from '../i18n/admin-i18n';
import { StaffVenuesQuery } from '../venues/documents';
import { DEFAULT_TIME_ZONE, todayIn } from '../venues/format';
import { LiveBoard } from '../venues/LiveBoard';
import { SlotCalendar } from '../venues/SlotCalendar';

/** Venue staff: the live board and the slot calendar of one of their venues, to read (no controls). */
export function StaffVenueRoute() {
  const { t } = useAdminI18n();
  const { venueId = '' } = useParams();
  const { data } = useQuery(StaffVenuesQuery);
  const [date, setDate] = useState(() => todayIn(DEFAULT_TIME_ZONE));
  const dateInput = useId();
  if (!data) return <AdminLoading />;
  const venue = data.myVenues.find((v) => v.id === venueId);
  if (!venue) return <NotFoundPage />;
  return (
    <div className="page admin-page admin-page--wide">
      <p className="admin-breadcrumb">
        <Link to="/admin/my-venues">{t('admin.myVenues.title')}</Link>
      </p>
      <PageHeading>{venue.name}</PageHeading>
      <p>{venue.address}</p>
      <section className="section" aria-labelledby="staff-board">
        <h2 id="staff-board">{t('admin.board.title')}</h2>
        <div className="admin-toolbar">
          <div className="field">
            <label className="field__label" htmlFor={dateInput}>
              {t('admin.board.date')}
            </label>
            <input
              id={dateInput}
              type="date"
              className="field__input"
              value={date}
              onChange={(event) => event.target.value && setDate(event.target.value)}
            />
          </div>
        </div>
        <LiveBoard venueId={venue.id} date={date} timeZone={DEFAULT_TIME_ZONE} />
      </section>
      <section className="section" aria-labelledby="staff-calendar">
        <h2 id="staff-calendar">{t('admin.calendar.heading')}</h2>
        <SlotCalendar
          key={date}
          venueId={venue.id}
          timeZone={DEFAULT_TIME_ZONE}
          readOnly
          initialDate={date}
        />
      </section>
    </div>
  );
}
