import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { CancellationErrorCode } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useI18n, type Message } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/AppShell';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { PageHeading } from '../../../ui/Heading';
import { nextBooking } from '../booking-rules';
import { ReservationCard } from '../components/ReservationCard';
import { useCancelReservation } from '../hooks/useCancelReservation';
import { useReminderOptIn } from '../hooks/useReminderOptIn';
import { useUpdateMyEmail } from '../hooks/useUpdateMyEmail';
import { Field } from '../../../ui/Field';
import { useSite } from '../site-context';

const MyPageQuery = graphql(`
  query MyPage($siteCode: String!) {
    site(code: $siteCode) {
      id
      bookingMode
      bookingOpensAt
      cancellationCutoffHours
      timeZone
      emailField
    }
    me {
      siteCode
      ticketNumber
      registered
      familyNameKana
      givenNameKana
      email
      reminderOptIn
    }
    myReservations {
      id
      dose
      status
      pairId
      slot {
        id
        startsAt
        vaccine {
          id
          doses
        }
      }
      ...ReservationCard_reservation
    }
  }
`);

export type Flash = 'booked' | 'cancelled';

/** My page: reservations (newest dose first among the active), cancel, reminder setting, next booking. */
export function MyPageRoute() {
  const { t, language } = useI18n();
  const site = useSite();
  const location = useLocation();
  const flash = (location.state as { flash?: Flash } | null)?.flash;
  const { data, error } = useQuery(MyPageQuery, {
    variables: { siteCode: site.code },
    fetchPolicy: 'cache-and-network',
  });
  const { cancel, loading: cancelling } = useCancelReservation();
  const { setOptIn, loading: savingReminder } = useReminderOptIn();
  const { save: saveEmail, loading: savingEmail } = useUpdateMyEmail();
  const [emailDraft, setEmailDraft] = useState<string | null>(null);
  const [emailError, setEmailError] = useState(false);
  const [pending, setPending] = useState<{ id: string; isSet: boolean } | null>(null);
  const [message, setMessage] = useState<(Message & { kind: 'success' | 'error' }) | null>(null);

  if (error && !data) return <Alert kind="error">{t('error.generic')}</Alert>;
  if (!data) return <Loading />;
  if (!data.me.registered) return <Navigate to={`/s/${site.code}/register`} replace />;

  const { me, myReservations: reservations } = data;
  const hours = data.site.cancellationCutoffHours;
  const next = nextBooking(
    reservations.map((r) => ({
      dose: r.dose,
      status: r.status,
      startsAt: r.slot.startsAt,
      vaccineId: r.slot.vaccine.id,
      vaccineDoses: r.slot.vaccine.doses,
    })),
  );
  const opensAt = data.site.bookingOpensAt;
  const notOpen = opensAt !== null && Date.parse(opensAt) > Date.now();
  // Dose order, and within a dose the active one first.
  const ordered = [...reservations].sort(
    (a, b) => a.dose - b.dose || Number(a.status !== 'BOOKED') - Number(b.status !== 'BOOKED'),
  );

  // A set is cancelled as a whole, so its earliest booked dose decides whether the cut-off has passed.
  const earliestOfPair = new Map<string, string>();
  for (const r of reservations) {
    if (!r.pairId || r.status !== 'BOOKED') continue;
    const current = earliestOfPair.get(r.pairId);
    if (!current || r.slot.startsAt < current) earliestOfPair.set(r.pairId, r.slot.startsAt);
  }

  const confirmCancel = async () => {
    if (!pending) return;
    try {
      const outcome = await cancel(pending.id);
      setMessage(
        outcome.ok
          ? { kind: 'success', key: 'my.cancelled' }
          : {
              kind: 'error',
              key: `reservation.cancel.error.${outcome.code satisfies CancellationErrorCode}`,
              params: { hours },
            },
      );
    } catch {
      setMessage({ kind: 'error', key: 'error.network' });
    } finally {
      setPending(null);
    }
  };

  const toggleReminder = async (enabled: boolean) => {
    try {
      await setOptIn(enabled);
      setMessage({ kind: 'success', key: 'my.reminder.saved' });
    } catch {
      setMessage({ kind: 'error', key: 'error.generic' });
    }
  };

  const submitEmail = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const outcome = await saveEmail(emailDraft ?? me.email ?? '');
      setEmailError(outcome === 'invalid');
      if (outcome === 'saved') {
        setEmailDraft(null);
        setMessage({ kind: 'success', key: 'my.email.saved' });
      }
    } catch {
      setMessage({ kind: 'error', key: 'error.generic' });
    }
  };

  const shownFlash = message ? null : flash;
  return (
    <div className="page">
      <PageHeading>{t('my.title')}</PageHeading>
      <p className="my__who">
        <span>
          {t('my.greeting', { name: `${me.familyNameKana ?? ''} ${me.givenNameKana ?? ''}`.trim() })}
        </span>
        <span className="my__ticket">{t('my.ticket', { number: me.ticketNumber })}</span>
      </p>
      {shownFlash && (
        <Alert kind="success">{t(shownFlash === 'booked' ? 'my.booked' : 'my.cancelled')}</Alert>
      )}
      {message && (
        <Alert kind={message.kind} focus>
          {t(message.key, message.params)}
        </Alert>
      )}

      <section className="section" aria-labelledby="reservations-heading">
        <h2 id="reservations-heading">{t('my.reservations')}</h2>
        {ordered.length === 0 ? (
          <p>{t('my.noReservations')}</p>
        ) : (
          <div className="reservation-list">
            {ordered.map((reservation) => (
              <ReservationCard
                key={reservation.id}
                reservation={reservation}
                timeZone={data.site.timeZone}
                cancellationCutoffHours={hours}
                onCancel={(id, isSet) => setPending({ id, isSet })}
                cutoffFrom={reservation.pairId ? earliestOfPair.get(reservation.pairId) : undefined}
              />
            ))}
          </div>
        )}
        <p className="hint">{t('my.cutoff', { hours })}</p>
        {notOpen ? (
          <Alert kind="info">
            {t('error.notOpen.body', { time: formatDateTime(opensAt, data.site.timeZone, language) })}
          </Alert>
        ) : next.kind === 'done' ? (
          <p>{t('my.allBooked')}</p>
        ) : (
          <Link className="button button--primary button--block" to={`/s/${site.code}/book`}>
            {next.kind === 'first' ? t('my.newReservation') : t('my.nextDose', { dose: next.dose })}
          </Link>
        )}
      </section>

      <section className="section" aria-labelledby="reminder-heading">
        <h2 id="reminder-heading">{t('my.reminder.title')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={me.reminderOptIn}
            disabled={!me.email || savingReminder}
            aria-describedby={!me.email ? 'reminder-note' : undefined}
            onChange={(event) => void toggleReminder(event.target.checked)}
          />
          {t('my.reminder.label')}
        </label>
        {!me.email && (
          <p id="reminder-note" className="hint">
            {t('my.reminder.noEmail')}
          </p>
        )}
        {data.site.emailField !== 'HIDDEN' && (
          <form className="my__email" onSubmit={(event) => void submitEmail(event)} noValidate>
            <Field
              label={t('my.email.label')}
              hint={t('my.email.hint')}
              type="email"
              autoComplete="email"
              value={emailDraft ?? me.email ?? ''}
              onChange={(event) => setEmailDraft(event.target.value)}
              error={emailError ? t('my.email.invalid') : null}
            />
            <button type="submit" className="button button--secondary" disabled={savingEmail}>
              {t('my.email.save')}
            </button>
          </form>
        )}
      </section>

      <ConfirmDialog
        open={pending !== null}
        title={t('reservation.cancel.confirmTitle')}
        confirmLabel={t('reservation.cancel.yes')}
        cancelLabel={t('reservation.cancel.no')}
        busy={cancelling}
        danger
        onConfirm={() => void confirmCancel()}
        onCancel={() => setPending(null)}
      >
        <p>{pending?.isSet ? t('reservation.cancel.confirmBodySet') : t('reservation.cancel.confirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
