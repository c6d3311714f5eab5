import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatSlotSpan } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { mapUrl } from '../map-url';
import { SiteContact, type Contact } from '../../../ui/SiteContact';

export const ReservationCardFragment = graphql(`
  fragment ReservationCard_reservation on Reservation {
    id
    bookingNumber
    dose
    status
    pairId
    slot {
      id
      startsAt
      endsAt
      venue {
        id
        name
        address
      }
      vaccine {
        id
        name
      }
    }
  }
`);

export interface ReservationCardProps {
  reservation: FragmentType<typeof ReservationCardFragment>;
  timeZone: string;
  cancellationCutoffHours: number;
  onCancel?: (reservationId: string, isSet: boolean) => void;
  /** Where "予約を変更する" leads (the change flow); no link when absent */
  changeTo?: string;
  /** The site's contact, shown where the card says to call it */
  contact?: Contact;
  /** For a set, the earliest start of its booked doses: cancelling cancels both, so that one's cut-off counts */
  cutoffFrom?: string;
  now?: Date;
}

/** One dose: venue, vaccine, date and time in the site's zone, status; cancel while the cut-off allows. */
export function ReservationCard({
  reservation,
  timeZone,
  cancellationCutoffHours,
  onCancel,
  cutoffFrom,
  changeTo,
  contact,
  now = new Date(),
}: ReservationCardProps) {
  const { t, language } = useI18n();
  const { data, complete } = useFragment({ fragment: ReservationCardFragment, from: reservation });
  if (!complete) return null;
  const booked = data.status === 'BOOKED';
  const cancellable =
    booked &&
    Date.parse(cutoffFrom ?? data.slot.startsAt) - cancellationCutoffHours * 3_600_000 > now.getTime();
  const titleId = `reservation-${data.id}`;
  return (
    <article className={`reservation reservation--${data.status.toLowerCase()}`} aria-labelledby={titleId}>
      <header className="reservation__header">
        <h3 id={titleId} className="reservation__title">
          {t('reservation.dose', { dose: data.dose })}
          {data.pairId && <span className="tag">{t('reservation.set')}</span>}
        </h3>
        <span className={`status status--${data.status.toLowerCase()}`}>
          {t(`reservation.status.${data.status}`)}
        </span>
      </header>
      <dl className="reservation__details">
        <div>
          <dt>{t('reservation.number')}</dt>
          <dd className="reservation__number">{data.bookingNumber}</dd>
        </div>
        <div>
          <dt>{t('reservation.datetime')}</dt>
          <dd>{formatSlotSpan(data.slot, timeZone, language)}</dd>
        </div>
        <div>
          <dt>{t('reservation.venue')}</dt>
          <dd>
            {data.slot.venue.name}
            {data.slot.venue.address && (
              <span className="reservation__address">
                {data.slot.venue.address}{' '}
                <a href={mapUrl(data.slot.venue.address)} target="_blank" rel="noreferrer">
                  {t('venue.map')}
                </a>
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('reservation.vaccine')}</dt>
          <dd>{data.slot.vaccine.name}</dd>
        </div>
      </dl>
      {booked && <p className="reservation__bring">{t('reservation.bring')}</p>}
      {booked && onCancel && (
        <div className="reservation__actions">
          {cancellable && changeTo && (
            <Link className="button button--secondary" to={changeTo}>
              {t('change.action')}
              <span className="visually-hidden"> ({t('reservation.dose', { dose: data.dose })})</span>
            </Link>
          )}
          {cancellable ? (
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => onCancel(data.id, data.pairId !== null)}
            >
              {t('reservation.cancel')}
              <span className="visually-hidden"> ({t('reservation.dose', { dose: data.dose })})</span>
            </button>
          ) : (
            <>
              <p className="reservation__note">
                {t('reservation.cancel.closed', { hours: cancellationCutoffHours })}
              </p>
              {contact && <SiteContact contact={contact} heading={false} />}
            </>
          )}
        </div>
      )}
    </article>
  );
}
