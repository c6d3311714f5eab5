import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../ui/Alert';
import { formatDate } from '../../../i18n/format';
import { addDays, localDateOf, toLocal } from '../../../ui/dates';
import { graphql } from '../gql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';

const BookOnBehalfVenues = graphql(`
  query BookOnBehalfVenues($siteCode: String!) {
    venues(siteCode: $siteCode) {
      id
      name
      closed
      vaccines {
        id
        name
      }
    }
  }
`);

const BookOnBehalfAvailability = graphql(`
  query BookOnBehalfAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
      days {
        date
        bookable
        remaining
      }
      slots {
        id
        startsAt
        endsAt
        remaining
        status
      }
    }
  }
`);

const ProxyBook = graphql(`
  mutation ProxyBook($input: ProxyBookReservationInput!) {
    proxyBookReservation(input: $input) {
      ok
      error {
        code
        message
      }
      reservations {
        id
        dose
        bookingNumber
      }
    }
  }
`);

/**
 * Book for a person (proxyBookReservation), also when they have booked nothing yet: pick the venue (and
 * its vaccine), a day with free places in the coming 92 days, then a slot with places left.
 */
export function BookOnBehalf({
  ticketId,
  nextDose,
  onBooked,
}: {
  ticketId: string;
  nextDose: number;
  onBooked: (message: string) => void;
}) {
  const { t, language } = useAdminI18n();
  const site = useAdminSite();
  const venues = useQuery(BookOnBehalfVenues, { variables: { siteCode: site.code } });
  const [venueId, setVenueId] = useState('');
  const [vaccineId, setVaccineId] = useState('');
  const [date, setDate] = useState('');
  const [slotId, setSlotId] = useState('');
  const [dose, setDose] = useState(nextDose);
  const [error, setError] = useState<string | null>(null);
  // "Choose a time" belongs to the time field, not to the form
  const [slotError, setSlotError] = useState<string | null>(null);
  const slotSelect = useRef<HTMLSelectElement>(null);
  const today = localDateOf(new Date(), site.timeZone);
  const venue = venues.data?.venues.find((v) => v.id === venueId);
  const availability = useQuery(BookOnBehalfAvailability, {
    variables: { venueId, vaccineId, from: today, to: addDays(today, 92) },
    skip: !venueId || !vaccineId,
    fetchPolicy: 'network-only',
  });
  const [book, { loading }] = useMutation(ProxyBook);
  const days = availability.data?.availability.days.filter((d) => d.bookable) ?? [];
  const slots =
    availability.data?.availability.slots.filter(
      (s) => s.status === 'OPEN' && s.remaining > 0 && localDateOf(s.startsAt, site.timeZone) === date,
    ) ?? [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!slotId) {
      setSlotError(t('person.book.pickSlot'));
      slotSelect.current?.focus();
      return;
    }
    setSlotError(null);
    const result = await book({ variables: { input: { ticketId, slotId, dose } } }).catch(() => null);
    const answer = result?.data?.proxyBookReservation;
    if (!answer) {
      setError(t('admin.error.network'));
      return;
    }
    if (!answer.ok) {
      const code = answer.error?.code;
      setError(code ? t(`person.book.error.${code}` as AdminMessageKey) : t('admin.error.generic'));
      return;
    }
    setSlotId('');
    void availability.refetch();
    onBooked(
      t('person.book.done', {
        numbers: answer.reservations.map((r) => r.bookingNumber).join(', '),
      }),
    );
  };

  return (
    <form
      className="admin-fieldset person-book"
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="book-title"
    >
      <h2 id="book-title" className="admin-section-title">
        {t('person.book.title')}
      </h2>
      {error && <Alert kind="error">{error}</Alert>}
      <div className="admin-form-grid">
        <div className="field">
          <label htmlFor="book-venue" className="field__label">
            {t('person.book.venue')}
          </label>
          <select
            id="book-venue"
            className="field__input"
            value={venueId}
            onChange={(e) => {
              const next = venues.data?.venues.find((v) => v.id === e.target.value);
              setVenueId(e.target.value);
              setVaccineId(next?.vaccines[0]?.id ?? '');
              setDate('');
              setSlotId('');
            }}
          >
            <option value="">{t('person.book.choose')}</option>
            {venues.data?.venues
              .filter((v) => !v.closed)
              .map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
          </select>
        </div>
        {venue && venue.vaccines.length > 1 && (
          <div className="field">
            <label htmlFor="book-vaccine" className="field__label">
              {t('person.book.vaccine')}
            </label>
            <select
              id="book-vaccine"
              className="field__input"
              value={vaccineId}
              onChange={(e) => {
                setVaccineId(e.target.value);
                setDate('');
                setSlotId('');
              }}
            >
              {venue.vaccines.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="book-date" className="field__label">
            {t('person.book.date')}
          </label>
          <select
            id="book-date"
            className="field__input"
            value={date}
            disabled={!venueId}
            onChange={(e) => {
              setDate(e.target.value);
              setSlotId('');
            }}
          >
            <option value="">
              {venueId && availability.data && days.length === 0
                ? t('person.book.noDays')
                : t('person.book.choose')}
            </option>
            {days.map((d) => (
              <option key={d.date} value={d.date}>
                {t('person.book.dayOption', { date: formatDate(d.date, language), remaining: d.remaining })}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${slotError ? ' field--invalid' : ''}`}>
          <label htmlFor="book-slot" className="field__label">
            {t('person.book.slot')}
          </label>
          <select
            id="book-slot"
            ref={slotSelect}
            className="field__input"
            value={slotId}
            disabled={!date}
            aria-invalid={slotError ? true : undefined}
            aria-describedby={slotError ? 'book-slot-error' : undefined}
            onChange={(e) => {
              setSlotId(e.target.value);
              if (e.target.value) setSlotError(null);
            }}
          >
            <option value="">{t('person.book.choose')}</option>
            {slots.map((s) => (
              <option key={s.id} value={s.id}>
                {t('person.book.slotOption', {
                  from: toLocal(s.startsAt, site.timeZone).time,
                  to: toLocal(s.endsAt, site.timeZone).time,
                  remaining: s.remaining,
                })}
              </option>
            ))}
          </select>
          {slotError && (
            <p id="book-slot-error" className="field__error">
              {slotError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="book-dose" className="field__label">
            {t('person.book.dose')}
          </label>
          <select
            id="book-dose"
            className="field__input"
            value={dose}
            onChange={(e) => setDose(Number(e.target.value))}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {t('person.dose', { dose: n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="admin-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('person.book.submit')}
        </button>
      </div>
    </form>
  );
}
