import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ChangeErrorCode, ChangePageQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, formatSlotSpan } from '../../../i18n/format';
import { useI18n, type Message } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/AppShell';
import { addDays, addMonths, localDateOf, monthOf } from '../../../ui/dates';
import { ErrorPage } from '../../../ui/ErrorPage';
import { PageHeading } from '../../../ui/Heading';
import { DateAndTimeSteps, Step } from '../components/SlotChoiceSteps';
import { VenueChoice } from '../components/VenueChoice';
import { useChangeReservation } from '../hooks/useChangeReservation';
import { useLiveSlotCounts } from '../hooks/useLiveSlotCounts';
import { useSite } from '../site-context';
import { SecondDoseStep, type SecondDoseChoice } from './SecondDoseStep';
import { useMonthSlots } from '../hooks/useVenueSlots';

const ChangePageQueryDocument = graphql(`
  query ChangePage($siteCode: String!) {
    site(code: $siteCode) {
      id
      timeZone
      cancellationCutoffHours
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
      pairId
      slot {
        id
        startsAt
        endsAt
        venue {
          id
          name
        }
        vaccine {
          id
          name
        }
      }
    }
  }
`);

type Held = ChangePageQuery['myReservations'][number];

/** Refusals after which the person picks another time; the others end the flow with a message. */
const PICK_AGAIN = new Set<ChangeErrorCode>([
  'SLOT_FULL',
  'SLOT_UNAVAILABLE',
  'SLOT_NOT_FOUND',
  'SECOND_DOSE_UNAVAILABLE',
  'SAME_SLOT',
  'INTERVAL_TOO_SHORT',
  'INTERVAL_TOO_LONG',
]);

/**
 * Changing a booking (予約変更): venue → date → time → "before → after" → change. The steps live in the URL
 * (`?venue=&month=&date=&slot=&step=confirm`), so the browser's back and forward buttons step through them.
 * The current booking is untouched until the server has taken the new place; when someone else took it
 * meanwhile, the page says that the old booking is kept and offers the fresh times.
 */
export function ChangeRoute() {
  const { t, language } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { reservationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, error } = useQuery(ChangePageQueryDocument, {
    variables: { siteCode: site.code },
    fetchPolicy: 'cache-and-network',
  });
  const { change, loading: changing } = useChangeReservation();
  const [message, setMessage] = useState<(Message & { kind: 'error' | 'warning' }) | null>(null);
  const [second, setSecond] = useState<SecondDoseChoice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [visit] = useState(() => crypto.randomUUID());

  const timeZone = data?.site.timeZone ?? site.timeZone;
  const today = localDateOf(new Date(), timeZone);
  const reservations = useMemo(() => data?.myReservations ?? [], [data?.myReservations]);
  const target = reservations.find((r) => r.id === reservationId && r.status === 'BOOKED');
  const partner: Held | undefined =
    target && target.dose === 1 && target.pairId
      ? reservations.find((r) => r.pairId === target.pairId && r.dose === 2 && r.status === 'BOOKED')
      : undefined;
  const moving = partner && target ? [target, partner] : target ? [target] : [];
  const vaccineId = target?.slot.vaccine.id ?? null;
  const venues = useMemo(
    () => (data?.venues ?? []).filter((v) => vaccineId && v.vaccines.some((x) => x.id === vaccineId)),
    [data?.venues, vaccineId],
  );
  const venueId = params.get('venue') ?? target?.slot.venue.id ?? null;
  const venue = venues.find((v) => v.id === venueId);
  const vaccine = venue?.vaccines.find((v) => v.id === vaccineId);

  // The dates the moved dose may take: the other doses that stay set the window.
  const range = useMemo(() => {
    const all = { from: today, to: addDays(today, 365) };
    if (!target || !vaccine || partner) return all;
    const active = reservations.filter((r) => r.status === 'BOOKED' || r.status === 'VACCINATED');
    const before = active.find((r) => r.dose === target.dose - 1);
    const after = active.find((r) => r.dose === target.dose + 1);
    let { from, to } = all;
    if (before) {
      from = addDays(localDateOf(before.slot.startsAt, timeZone), vaccine.doseIntervalDays);
      to = addDays(from, vaccine.intervalWindowDays);
    }
    if (after) {
      to = addDays(localDateOf(after.slot.startsAt, timeZone), -vaccine.doseIntervalDays);
      from = addDays(to, -vaccine.intervalWindowDays);
    }
    return { from: from < today ? today : from, to };
  }, [target, partner, vaccine, reservations, today, timeZone]);

  const month = params.get('month') ?? monthOf(range.from);
  const date = params.get('date');
  const slotId = params.get('slot');
  const confirming = params.get('step') === 'confirm' && slotId !== null;
  const { availability, loading: calendarLoading } = useMonthSlots(venueId, vaccineId, month, range);
  useLiveSlotCounts(venueId);
  // The slot the dose holds now is not a choice.
  const loadedSlots = availability.data?.availability.slots.filter((s) => s.id !== target?.slot.id);
  const slots = loadedSlots ?? [];
  const chosen = slots.find((s) => s.id === slotId);
  // One key per choice on the confirmation (within the API's 100 characters): a double tap changes once.
  const idempotencyKey = `${visit}-${attempt}-${(slotId ?? '').slice(0, 8)}-${(second?.id ?? '').slice(0, 8)}`;

  const go = useCallback(
    (next: Record<string, string | null>, replace = false) => {
      const merged = new URLSearchParams(params);
      for (const [key, value] of Object.entries(next)) {
        if (value === null) merged.delete(key);
        else merged.set(key, value);
      }
      setParams(merged, { replace });
    },
    [params, setParams],
  );

  if (error && !data) return <Alert kind="error">{t('error.generic')}</Alert>;
  if (!data) return <Loading />;
  const myPage = `/s/${site.code}/my`;
  const hours = data.site.cancellationCutoffHours;
  if (!target) {
    return (
      <ErrorPage
        title={t('change.action')}
        action={
          <Link className="button button--secondary" to={myPage}>
            {t('book.toMyPage')}
          </Link>
        }
      >
        <p>{t('change.notFound')}</p>
      </ErrorPage>
    );
  }
  const earliest = Math.min(...moving.map((r) => Date.parse(r.slot.startsAt)));
  if (earliest - hours * 3_600_000 <= Date.now()) {
    return (
      <ErrorPage
        title={t('change.action')}
        action={
          <Link className="button button--secondary" to={myPage}>
            {t('book.toMyPage')}
          </Link>
        }
      >
        <p>{t('change.closed', { hours })}</p>
      </ErrorPage>
    );
  }
  if (!data.venues.length) return <Navigate to={myPage} replace />;

  const span = (s: { startsAt: string; endsAt: string }) => formatSlotSpan(s, timeZone, language);
  const current = moving
    .map(
      (r) =>
        `${t('reservation.dose', { dose: r.dose })} ${formatDateTime(r.slot.startsAt, timeZone, language)}`,
    )
    .join(language === 'ja' ? '、' : ', ');
  const title = partner ? t('change.titleSet') : t('change.title', { dose: target.dose });

  const submit = async () => {
    if (!chosen) return;
    try {
      const outcome = await change({
        reservationId: target.id,
        newSlotId: chosen.id,
        ...(partner && second ? { newSecondDoseSlotId: second.id } : {}),
        idempotencyKey,
      });
      if (outcome.ok) {
        void navigate(myPage, { state: { flash: 'changed' } });
        return;
      }
      setAttempt((n) => n + 1);
      const reason: Message = {
        key: `change.error.${outcome.code}`,
        params: { current, hours, message: outcome.message },
      };
      if (PICK_AGAIN.has(outcome.code)) {
        setMessage({ kind: 'warning', ...reason });
        void availability.refetch();
        go({ slot: null, step: null });
      } else {
        setMessage({ kind: 'error', ...reason });
      }
    } catch {
      setMessage({ kind: 'error', key: 'error.network' });
    }
  };

  const currentSummary = (
    <dl className="summary change__current">
      {moving.map((r) => (
        <div key={r.id}>
          <dt>{t('reservation.dose', { dose: r.dose })}</dt>
          <dd>
            {span(r.slot)}
            <span className="reservation__address">{r.slot.venue.name}</span>
          </dd>
        </div>
      ))}
    </dl>
  );

  if (confirming && chosen && venue && vaccine) {
    const secondMissing = partner !== undefined && second === null;
    // Taken by someone else while the person reads (a live count): the old booking is still theirs.
    const slotGone = chosen.remaining <= 0 || chosen.status !== 'OPEN';
    return (
      <div className="page">
        <PageHeading>{t('book.step.confirm')}</PageHeading>
        {message && (
          <Alert kind={message.kind} focus>
            {t(message.key, message.params)}
          </Alert>
        )}
        {slotGone && !message && (
          <Alert kind="warning" focus>
            {t('change.taken', { current })}
          </Alert>
        )}
        <div className="change-compare">
          <section className="change-compare__side" aria-labelledby="change-before">
            <h2 id="change-before">{t('change.before')}</h2>
            {currentSummary}
          </section>
          <p className="change-compare__arrow" aria-hidden="true">
            ↓
          </p>
          <section
            className="change-compare__side change-compare__side--after"
            aria-labelledby="change-after"
          >
            <h2 id="change-after">{t('change.after')}</h2>
            <dl className="summary">
              <div>
                <dt>{t('reservation.dose', { dose: target.dose })}</dt>
                <dd data-testid="change-new-dose">
                  {span(chosen)}
                  <span className="reservation__address">{venue.name}</span>
                </dd>
              </div>
              {partner && (
                <div>
                  <dt>{t('book.dose2')}</dt>
                  <dd data-testid="change-new-dose2">
                    {second ? span(second) : t('book.dose2.loading')}
                    <span className="reservation__address">{venue.name}</span>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        </div>
        {partner && (
          <SecondDoseStep
            venueId={venue.id}
            vaccineId={vaccine.id}
            firstStartsAt={chosen.startsAt}
            intervalDays={vaccine.doseIntervalDays}
            windowDays={vaccine.intervalWindowDays}
            timeZone={timeZone}
            value={second}
            onChange={setSecond}
          />
        )}
        <div className="confirm__actions">
          <button
            type="button"
            className="button button--primary button--block"
            disabled={changing || secondMissing || slotGone}
            onClick={() => void submit()}
          >
            {changing ? t('change.changing') : t('change.confirm')}
          </button>
          <button
            type="button"
            className="button button--secondary button--block"
            onClick={() => {
              setMessage(null);
              go({ slot: null, step: null });
            }}
          >
            {t('change.back')}
          </button>
        </div>
        <p className="page__aside">
          <Link to={myPage}>{t('change.cancelFlow')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      <p className="note">{partner ? t('change.setNote') : t('change.note')}</p>
      {message && (
        <Alert kind={message.kind} focus>
          {t(message.key, message.params)}
        </Alert>
      )}
      <section className="section" aria-labelledby="change-current">
        <h2 id="change-current">{t('change.current')}</h2>
        {currentSummary}
      </section>

      <Step number={1} id="step-venue" title={t('book.step.venue')}>
        <VenueChoice
          venues={venues}
          value={venueId}
          onChange={(id) => go({ venue: id, date: null, slot: null, step: null, month: null })}
        />
      </Step>

      {venue && vaccine && (
        <DateAndTimeSteps
          slots={loadedSlots}
          loading={calendarLoading}
          timeZone={timeZone}
          month={month}
          date={date}
          slotId={slotId}
          range={range}
          maxMonth={
            addMonths(monthOf(today), 6) < monthOf(range.to)
              ? addMonths(monthOf(today), 6)
              : monthOf(range.to)
          }
          note={
            (range.from !== today || range.to !== addDays(today, 365)) && (
              <p className="note">
                {t('change.range', {
                  from: formatDate(range.from, language),
                  to: formatDate(range.to, language),
                })}
              </p>
            )
          }
          onMonthChange={(m) => go({ month: m, date: null, slot: null, step: null }, true)}
          onDateChange={(d) => {
            setMessage(null);
            go({ date: d, slot: null, step: null });
          }}
          onSlotChange={(id) => {
            setMessage(null);
            setSecond(null);
            go({ slot: id, step: 'confirm' });
          }}
        />
      )}

      <p className="page__aside">
        <Link to={myPage}>{t('change.cancelFlow')}</Link>
      </p>
    </div>
  );
}
