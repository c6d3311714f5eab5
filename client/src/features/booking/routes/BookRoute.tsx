import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { BookingErrorCode, BookPageQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, formatTime } from '../../../i18n/format';
import { useI18n, type Message } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/AppShell';
import { addDays, addMonths, firstDayOf, lastDayOf, localDateOf, monthOf, toLocal } from '../../../ui/dates';
import { ErrorPage } from '../../../ui/ErrorPage';
import { PageHeading } from '../../../ui/Heading';
import { nextBooking } from '../booking-rules';
import { Calendar } from '../components/Calendar';
import { SlotPicker } from '../components/SlotPicker';
import { useBookReservation } from '../hooks/useBookReservation';
import { useLiveSlotCounts } from '../hooks/useLiveSlotCounts';
import { useSite } from '../site-context';

const BookPageQueryDocument = graphql(`
  query BookPage($siteCode: String!) {
    site(code: $siteCode) {
      id
      bookingMode
      bookingOpensAt
      timeZone
    }
    me {
      siteCode
      ticketNumber
      registered
    }
    venues(siteCode: $siteCode) {
      id
      name
      address
      vaccines {
        id
        name
        doses
        doseIntervalDays
        intervalWindowDays
      }
    }
    myReservations {
      id
      dose
      status
      slot {
        id
        startsAt
        vaccine {
          id
          doses
        }
      }
    }
  }
`);

const BookAvailabilityQuery = graphql(`
  query BookAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
      slots {
        id
        startsAt
        endsAt
        remaining
        status
        ...Calendar_slot
        ...SlotPicker_slot
      }
    }
  }
`);

const SecondDoseOptionsQuery = graphql(`
  query SecondDoseOptions($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
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

type Venue = BookPageQuery['venues'][number];
type Vaccine = Venue['vaccines'][number];

interface ChosenSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  remaining: number;
  status: string;
}

const REFUSALS_THAT_NEED_A_NEW_SLOT = new Set<BookingErrorCode>([
  'SLOT_FULL',
  'SLOT_UNAVAILABLE',
  'SLOT_NOT_FOUND',
  'SECOND_DOSE_UNAVAILABLE',
  'INTERVAL_TOO_SHORT',
  'INTERVAL_TOO_LONG',
]);

/**
 * New reservation: venue → vaccine (preset when the venue has one) → month calendar → time → confirm.
 * Counts stay live over the subscription; a slot taken under the person's finger gives a message and
 * the fresh choices.
 */
export function BookRoute() {
  const { t, language } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { data, error } = useQuery(BookPageQueryDocument, {
    variables: { siteCode: site.code },
    fetchPolicy: 'cache-and-network',
  });
  const { book, loading: booking } = useBookReservation();

  const [venueId, setVenueId] = useState<string | null>(null);
  const [vaccineId, setVaccineId] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<(Message & { kind: 'error' | 'warning' }) | null>(null);
  const venueSelectId = useId();
  const vaccineSelectId = useId();

  const timeZone = data?.site.timeZone ?? site.timeZone;
  const today = localDateOf(new Date(), timeZone);
  const next = useMemo(
    () =>
      nextBooking(
        (data?.myReservations ?? []).map((r) => ({
          dose: r.dose,
          status: r.status,
          startsAt: r.slot.startsAt,
          vaccineId: r.slot.vaccine.id,
          vaccineDoses: r.slot.vaccine.doses,
        })),
      ),
    [data?.myReservations],
  );
  const dose = next.kind === 'next' ? next.dose : 1;
  const fixedVaccineId = next.kind === 'next' ? next.vaccineId : null;
  const venues = useMemo(
    () =>
      (data?.venues ?? []).filter((v) => !fixedVaccineId || v.vaccines.some((x) => x.id === fixedVaccineId)),
    [data?.venues, fixedVaccineId],
  );

  // Preselect what has only one choice: the venue when there is one, the vaccine when the venue has one.
  useEffect(() => {
    if (!venueId && venues.length === 1) setVenueId(venues[0]!.id);
  }, [venueId, venues]);
  const venue: Venue | undefined = venues.find((v) => v.id === venueId);
  const vaccines = venue ? venue.vaccines.filter((v) => !fixedVaccineId || v.id === fixedVaccineId) : [];
  useEffect(() => {
    if (venue && !vaccineId && vaccines.length === 1) setVaccineId(vaccines[0]!.id);
  }, [venue, vaccineId, vaccines]);
  const vaccine: Vaccine | undefined = vaccines.find((v) => v.id === vaccineId);

  // The dates this dose may fall on: from today, and for dose 2 within the vaccine's interval window.
  const range = useMemo(() => {
    if (next.kind === 'next' && vaccine) {
      const previous = localDateOf(next.previousStartsAt, timeZone);
      const from = addDays(previous, vaccine.doseIntervalDays);
      const to = addDays(from, vaccine.intervalWindowDays);
      return { from: from < today ? today : from, to };
    }
    return { from: today, to: addDays(today, 365) };
  }, [next, vaccine, timeZone, today]);
  const shownMonth = month ?? monthOf(range.from);
  const queryFrom = firstDayOf(shownMonth) < range.from ? range.from : firstDayOf(shownMonth);
  const queryTo = lastDayOf(shownMonth) > range.to ? range.to : lastDayOf(shownMonth);

  const availability = useQuery(BookAvailabilityQuery, {
    variables: { venueId: venueId ?? '', vaccineId: vaccineId ?? '', from: queryFrom, to: queryTo },
    skip: !venueId || !vaccineId || queryFrom > queryTo,
    fetchPolicy: 'cache-and-network',
  });
  useLiveSlotCounts(venueId);

  const slots = availability.data?.availability.slots ?? [];
  const daySlots = date ? slots.filter((s) => localDateOf(s.startsAt, timeZone) === date) : [];
  const chosen: ChosenSlot | undefined = slots.find((s) => s.id === slotId);
  const setMode = data?.site.bookingMode === 'SET' && dose === 1 && (vaccine?.doses ?? 1) >= 2;

  if (error && !data) return <Alert kind="error">{t('error.generic')}</Alert>;
  if (!data) return <Loading />;
  if (!data.me.registered) return <Navigate to={`/s/${site.code}/register`} replace />;
  if (next.kind === 'done') return <Navigate to={`/s/${site.code}/my`} replace />;
  const opensAt = data.site.bookingOpensAt;
  if (opensAt && Date.parse(opensAt) > Date.now()) {
    return (
      <ErrorPage
        title={t('error.notOpen.title')}
        action={
          <Link className="button button--secondary" to={`/s/${site.code}/my`}>
            {t('error.notOpen.back')}
          </Link>
        }
      >
        <p>{t('error.notOpen.body', { time: formatDateTime(opensAt, timeZone, language) })}</p>
      </ErrorPage>
    );
  }

  const backToChoices = (reason: Message | null) => {
    setConfirming(false);
    setSlotId(null);
    setMessage(reason ? { kind: 'warning', ...reason } : null);
    void availability.refetch();
  };

  const submit = async (secondDoseSlotId: string | null) => {
    if (!chosen) return;
    try {
      const outcome = await book({
        slotId: chosen.id,
        dose,
        ...(secondDoseSlotId ? { secondDoseSlotId } : {}),
      });
      if (outcome.ok) {
        void navigate(`/s/${site.code}/my`, { state: { flash: 'booked' } });
        return;
      }
      const reason: Message = { key: `book.error.${outcome.code}`, params: { message: outcome.message } };
      if (REFUSALS_THAT_NEED_A_NEW_SLOT.has(outcome.code)) backToChoices(reason);
      else setMessage({ kind: 'error', ...reason });
    } catch {
      setMessage({ kind: 'error', key: 'error.network' });
    }
  };

  const title = dose > 1 ? t('book.doseTitle', { dose }) : t('book.title');

  if (confirming && chosen && venue && vaccine) {
    return (
      <div className="page">
        <PageHeading>{t('book.step.confirm')}</PageHeading>
        {message && (
          <Alert kind={message.kind} focus>
            {t(message.key, message.params)}
          </Alert>
        )}
        <ConfirmBooking
          slot={chosen}
          venue={venue}
          vaccine={vaccine}
          dose={dose}
          setMode={setMode}
          timeZone={timeZone}
          busy={booking}
          onConfirm={(secondId) => void submit(secondId)}
          onBack={() => backToChoices(null)}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      {setMode && vaccine && <p className="note">{t('book.setNote', { days: vaccine.doseIntervalDays })}</p>}
      {message && (
        <Alert kind={message.kind} focus>
          {t(message.key, message.params)}
        </Alert>
      )}

      <section className="section" aria-labelledby="step-venue">
        <h2 id="step-venue">
          <span className="step-number" aria-hidden="true">
            1
          </span>
          {t('book.step.venue')}
        </h2>
        {venues.length === 0 ? (
          <p>{t('book.noVenues')}</p>
        ) : (
          <div className="form__row">
            <div className="field">
              <label className="field__label" htmlFor={venueSelectId}>
                {t('book.venue')}
              </label>
              <select
                id={venueSelectId}
                className="field__input"
                value={venueId ?? ''}
                onChange={(event) => {
                  setVenueId(event.target.value || null);
                  setVaccineId(null);
                  setDate(null);
                  setSlotId(null);
                  setMessage(null);
                }}
              >
                <option value="">{t('book.choose')}</option>
                {venues.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
              {venue?.address && <p className="field__hint">{venue.address}</p>}
            </div>
            {venue && (
              <div className="field">
                <label className="field__label" htmlFor={vaccineSelectId}>
                  {t('book.vaccine')}
                </label>
                {vaccines.length === 1 ? (
                  <p id={vaccineSelectId} className="field__static">
                    {t('book.vaccineFixed', { name: vaccines[0]!.name })}
                  </p>
                ) : (
                  <select
                    id={vaccineSelectId}
                    className="field__input"
                    value={vaccineId ?? ''}
                    onChange={(event) => {
                      setVaccineId(event.target.value || null);
                      setDate(null);
                      setSlotId(null);
                    }}
                  >
                    <option value="">{t('book.choose')}</option>
                    {vaccines.map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.name}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            )}
          </div>
        )}
      </section>

      {venue && vaccine && (
        <section className="section" aria-labelledby="step-date">
          <h2 id="step-date">
            <span className="step-number" aria-hidden="true">
              2
            </span>
            {t('book.step.date')}
          </h2>
          {next.kind === 'next' && (
            <p className="note">
              {t('book.dose2Window', {
                from: formatDate(range.from, language),
                to: formatDate(range.to, language),
              })}
            </p>
          )}
          <Calendar
            month={shownMonth}
            slots={slots}
            timeZone={timeZone}
            selected={date}
            from={range.from}
            to={range.to}
            minMonth={monthOf(range.from)}
            maxMonth={next.kind === 'next' ? monthOf(range.to) : addMonths(monthOf(today), 6)}
            onMonthChange={(m) => {
              setMonth(m);
              setDate(null);
              setSlotId(null);
            }}
            onSelect={(d) => {
              setDate(d);
              setSlotId(null);
              setMessage(null);
            }}
          />
          {availability.data && slots.every((s) => s.remaining === 0) && (
            <p className="note">{t('book.noSlotsThisMonth')}</p>
          )}
        </section>
      )}

      {venue && vaccine && (
        <section className="section" aria-labelledby="step-time">
          <h2 id="step-time">
            <span className="step-number" aria-hidden="true">
              3
            </span>
            {t('book.step.time')}
          </h2>
          {date ? (
            <>
              <p className="hint">{t('book.liveNote')}</p>
              <SlotPicker
                date={date}
                slots={daySlots}
                timeZone={timeZone}
                selectedId={slotId}
                onSelect={(id) => {
                  setSlotId(id);
                  setMessage(null);
                  setConfirming(true);
                }}
              />
            </>
          ) : (
            <p>{t('book.pickDate')}</p>
          )}
        </section>
      )}

      <p className="page__aside">
        <Link to={`/s/${site.code}/my`}>{t('book.toMyPage')}</Link>
      </p>
    </div>
  );
}

/** The summary before booking; in SET mode both dates, dose 2 preset at the interval or chosen in its window. */
function ConfirmBooking({
  slot,
  venue,
  vaccine,
  dose,
  setMode,
  timeZone,
  busy,
  onConfirm,
  onBack,
}: {
  slot: ChosenSlot;
  venue: Venue;
  vaccine: Vaccine;
  dose: number;
  setMode: boolean;
  timeZone: string;
  busy: boolean;
  onConfirm: (secondDoseSlotId: string | null) => void;
  onBack: () => void;
}) {
  const { t, language } = useI18n();
  const secondSelectId = useId();
  const first = toLocal(slot.startsAt, timeZone);
  const secondFrom = addDays(first.date, vaccine.doseIntervalDays);
  const secondTo = addDays(secondFrom, vaccine.intervalWindowDays);
  const second = useQuery(SecondDoseOptionsQuery, {
    variables: { venueId: venue.id, vaccineId: vaccine.id, from: secondFrom, to: secondTo },
    skip: !setMode,
    fetchPolicy: 'network-only',
  });
  const options = (second.data?.availability.slots ?? []).filter(
    (s) => s.status === 'OPEN' && s.remaining > 0 && Date.parse(s.startsAt) > Date.now(),
  );
  const preset = options.find((s) => {
    const local = toLocal(s.startsAt, timeZone);
    return local.date === secondFrom && local.time === first.time;
  });
  const [secondId, setSecondId] = useState<string | null>(null);
  const chosenSecond = options.find((s) => s.id === secondId) ?? preset ?? options[0];
  const slotGone = slot.remaining <= 0 || slot.status !== 'OPEN';
  const secondMissing = setMode && second.data !== undefined && !chosenSecond;
  const range = (s: { startsAt: string; endsAt: string }) =>
    `${formatDateTime(s.startsAt, timeZone, language)}${language === 'ja' ? '〜' : '–'}${formatTime(s.endsAt, timeZone)}`;

  return (
    <div className="confirm">
      {slotGone && (
        <Alert kind="warning" focus>
          {t('book.slotGone')}
        </Alert>
      )}
      <dl className="summary">
        <div>
          <dt>{t('book.venue')}</dt>
          <dd>{venue.name}</dd>
        </div>
        <div>
          <dt>{t('book.vaccine')}</dt>
          <dd>{vaccine.name}</dd>
        </div>
        <div>
          <dt>{t('reservation.dose', { dose })}</dt>
          <dd data-testid="confirm-dose1">{range(slot)}</dd>
        </div>
        {setMode && (
          <div>
            <dt>{t('book.dose2')}</dt>
            <dd data-testid="confirm-dose2">
              {second.loading && !second.data ? (
                t('book.dose2.loading')
              ) : chosenSecond ? (
                range(chosenSecond)
              ) : (
                <span className="text-error">
                  {t('book.dose2.none', {
                    days: vaccine.doseIntervalDays,
                    window: vaccine.intervalWindowDays,
                  })}
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {setMode && options.length > 1 && (
        <div className="field">
          <label className="field__label" htmlFor={secondSelectId}>
            {t('book.dose2.other')}
          </label>
          <select
            id={secondSelectId}
            className="field__input"
            value={chosenSecond?.id ?? ''}
            onChange={(event) => setSecondId(event.target.value)}
          >
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {range(s)} ({t('slots.remaining', { count: s.remaining })})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--primary button--block"
          disabled={busy || slotGone || secondMissing || (setMode && !chosenSecond)}
          onClick={() => onConfirm(setMode ? (chosenSecond?.id ?? null) : null)}
        >
          {t('book.confirm')}
        </button>
        <button type="button" className="button button--secondary button--block" onClick={onBack}>
          {slotGone || secondMissing ? t('book.changeSlot') : t('book.back')}
        </button>
      </div>
    </div>
  );
}
