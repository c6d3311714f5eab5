import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { BookingErrorCode, BookPageQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, formatSlotSpan } from '../../../i18n/format';
import { useI18n, type Message } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/AppShell';
import { addDays, addMonths, localDateOf, monthOf } from '../../../ui/dates';
import { ErrorPage } from '../../../ui/ErrorPage';
import { PageHeading } from '../../../ui/Heading';
import { nextBooking } from '../booking-rules';
import { DateAndTimeSteps, Step } from '../components/SlotChoiceSteps';
import { VenueChoice } from '../components/VenueChoice';
import { useBookReservation } from '../hooks/useBookReservation';
import { useLiveSlotCounts } from '../hooks/useLiveSlotCounts';
import { useBookingSteps } from '../hooks/useBookingSteps';
import { useSite } from '../site-context';
import { SecondDoseStep, type SecondDoseChoice } from './SecondDoseStep';
import { mapUrl } from '../map-url';
import { useMonthSlots } from '../hooks/useVenueSlots';

const BookPageQueryDocument = graphql(`
  query BookPage($siteCode: String!) {
    site(code: $siteCode) {
      id
      bookingMode
      bookingOpensAt
      timeZone
      mailEnabled
      cancellationCutoffHours
    }
    me {
      siteCode
      ticketNumber
      registered
      email
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
        venue {
          id
        }
        vaccine {
          id
          doses
        }
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

/** The slot of a booking whose answer has not come yet (per site, for this tab). */
const pendingBooking = {
  key: (siteCode: string) => `vr.pendingBooking.${siteCode}`,
  set(siteCode: string, slotId: string) {
    try {
      sessionStorage.setItem(this.key(siteCode), slotId);
    } catch {
      // Storage unavailable: nothing to tell after a new login.
    }
  },
  get(siteCode: string): string | null {
    try {
      return sessionStorage.getItem(this.key(siteCode));
    } catch {
      return null;
    }
  },
  clear(siteCode: string) {
    try {
      sessionStorage.removeItem(this.key(siteCode));
    } catch {
      // As above.
    }
  },
};

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

  // The steps are in the URL: back and forward go through them (issue 18).
  const { venueId, vaccineId, month, date, slotId, confirming, ...steps } = useBookingSteps();
  const { setVenueId, setVaccineId, setMonth, setDate, setSlotId, setConfirming } = steps;
  const [message, setMessage] = useState<(Message & { kind: 'error' | 'warning' }) | null>(null);
  // A booking whose answer never came (the session ended under it): once the reservations are in, say
  // whether it went through.
  const [resumedSlot, setResumedSlot] = useState(() => pendingBooking.get(site.code));
  useEffect(() => {
    if (!resumedSlot || !data) return;
    pendingBooking.clear(site.code);
    setResumedSlot(null);
    if (data.myReservations.some((r) => r.slot.id === resumedSlot && r.status === 'BOOKED'))
      void navigate(`/s/${site.code}/my`, { replace: true, state: { flash: 'resumedBooked' } });
    else setMessage({ kind: 'warning', key: 'book.resumedNotBooked' });
  }, [resumedSlot, data, site.code, navigate]);
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

  // Preselect what has only one choice: the venue when there is one, the vaccine when the venue has one;
  // for a later dose, the venue of the dose before it.
  const previousVenueId =
    next.kind === 'next'
      ? data?.myReservations.find(
          (r) => r.dose === next.dose - 1 && (r.status === 'BOOKED' || r.status === 'VACCINATED'),
        )?.slot.venue.id
      : undefined;
  useEffect(() => {
    if (venueId) return;
    if (venues.length === 1) setVenueId(venues[0]!.id);
    else if (previousVenueId && venues.some((v) => v.id === previousVenueId)) setVenueId(previousVenueId);
  }, [venueId, venues, previousVenueId]);
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
  const { availability, loading: calendarLoading } = useMonthSlots(venueId, vaccineId, shownMonth, range);
  useLiveSlotCounts(venueId);

  const slots = availability.data?.availability.slots ?? [];
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
    // Kept until the answer comes: if the session ends meanwhile, the next visit tells what happened.
    pendingBooking.set(site.code, chosen.id);
    try {
      const outcome = await book({
        slotId: chosen.id,
        dose,
        ...(secondDoseSlotId ? { secondDoseSlotId } : {}),
      });
      if (outcome.ok) {
        pendingBooking.clear(site.code);
        const mailSent = data?.site.mailEnabled && data.me.email;
        void navigate(`/s/${site.code}/my`, { state: { flash: mailSent ? 'bookedMailSent' : 'booked' } });
        return;
      }
      pendingBooking.clear(site.code);
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
          cutoffHours={data.site.cancellationCutoffHours}
          busy={booking}
          refusalShown={message !== null}
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

      <Step number={1} id="step-venue" title={t('book.step.venue')}>
        {venues.length === 0 ? (
          <p>{t('book.noVenues')}</p>
        ) : (
          <div className="form">
            <VenueChoice
              venues={venues}
              value={venueId}
              onChange={(id) => {
                setVenueId(id);
                setVaccineId(null);
                setDate(null);
                setSlotId(null);
                setMessage(null);
              }}
            />
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
      </Step>

      {venue && vaccine && (
        <DateAndTimeSteps
          slots={availability.data?.availability.slots}
          loading={calendarLoading}
          timeZone={timeZone}
          month={shownMonth}
          date={date}
          slotId={slotId}
          range={range}
          maxMonth={next.kind === 'next' ? monthOf(range.to) : addMonths(monthOf(today), 6)}
          note={
            next.kind === 'next' && (
              <p className="note">
                {t('book.dose2Window', {
                  from: formatDate(range.from, language),
                  to: formatDate(range.to, language),
                })}
              </p>
            )
          }
          onMonthChange={(m) => {
            setMonth(m);
            setDate(null);
            setSlotId(null);
          }}
          onDateChange={(d) => {
            setDate(d);
            setSlotId(null);
            setMessage(null);
          }}
          onSlotChange={(id) => {
            setSlotId(id);
            setMessage(null);
            setConfirming(true);
          }}
        />
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
  cutoffHours,
  busy,
  refusalShown,
  onConfirm,
  onBack,
}: {
  slot: ChosenSlot;
  venue: Venue;
  vaccine: Vaccine;
  dose: number;
  setMode: boolean;
  timeZone: string;
  /** Recipients may cancel until this many hours before; a slot already past it is said so before booking */
  cutoffHours: number;
  busy: boolean;
  /**
   * The page already shows the server's refusal. A refused booking moves back to the choices one render after
   * its message is set (the step lives in the URL), and in that render the slot is full here too: without this,
   * the same "just filled" alert showed twice.
   */
  refusalShown: boolean;
  onConfirm: (secondDoseSlotId: string | null) => void;
  onBack: () => void;
}) {
  const { t, language } = useI18n();
  // Dose 2 of a set is picked on its own calendar (SecondDoseStep), preset to the interval's slot.
  const [chosenSecond, setChosenSecond] = useState<SecondDoseChoice | null>(null);
  const slotGone = slot.remaining <= 0 || slot.status !== 'OPEN';
  const secondMissing = setMode && !chosenSecond;
  const range = (s: { startsAt: string; endsAt: string }) => formatSlotSpan(s, timeZone, language);

  const notCancellable = Date.parse(slot.startsAt) - cutoffHours * 3_600_000 <= Date.now();
  return (
    <div className="confirm">
      {notCancellable && !slotGone && (
        <Alert kind="warning">{t('book.notCancellable', { hours: cutoffHours })}</Alert>
      )}
      {slotGone && !refusalShown && (
        <Alert kind="warning" focus>
          {t('book.slotGone')}
        </Alert>
      )}
      <dl className="summary">
        <div>
          <dt>{t('book.venue')}</dt>
          <dd>
            {venue.name}
            {venue.address && (
              <span className="reservation__address">
                {venue.address}{' '}
                <a href={mapUrl(venue.address)} target="_blank" rel="noreferrer">
                  {t('venue.map')}
                </a>
              </span>
            )}
          </dd>
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
              {chosenSecond ? range(chosenSecond) : t('book.dose2.loading')}
            </dd>
          </div>
        )}
      </dl>
      {setMode && (
        <SecondDoseStep
          venueId={venue.id}
          vaccineId={vaccine.id}
          firstStartsAt={slot.startsAt}
          intervalDays={vaccine.doseIntervalDays}
          windowDays={vaccine.intervalWindowDays}
          timeZone={timeZone}
          value={chosenSecond}
          onChange={setChosenSecond}
        />
      )}
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--primary button--block"
          disabled={busy || slotGone || secondMissing || (setMode && !chosenSecond)}
          onClick={() => onConfirm(setMode ? (chosenSecond?.id ?? null) : null)}
        >
          {busy ? t('book.booking') : t('book.confirm')}
        </button>
        <button type="button" className="button button--secondary button--block" onClick={onBack}>
          {slotGone || secondMissing ? t('book.changeSlot') : t('book.back')}
        </button>
      </div>
    </div>
  );
}
