import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { CancellationErrorCode } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useI18n, type Message, type MessageKey } from '../../../i18n/i18n';
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
import { SiteContact } from '../../../ui/SiteContact';

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
        venue {
          id
          name
        }
        vaccine {
          id
          doses
        }
      }
      ...ReservationCard_reservation
    }
  }
`);

export type Flash = 'booked' | 'bookedMailSent' | 'cancelled' | 'changed' | 'registered' | 'resumedBooked';

const FLASH_MESSAGES = {
  booked: 'my.booked',
  bookedMailSent: 'my.booked.mailSent',
  cancelled: 'my.cancelled',
  changed: 'change.done',
  registered: 'my.registered',
  resumedBooked: 'my.resumedBooked',
} as const satisfies Record<Flash, MessageKey>;

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
  // Said in the reminder section itself, where the person just tapped, not at the top of the page.
  const [reminderMessage, setReminderMessage] = useState<(Message & { kind: 'success' | 'error' }) | null>(
    null,
  );

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

  const current = ordered.filter((r) => r.status !== 'CANCELLED');
  const cancelled = ordered.filter((r) => r.status === 'CANCELLED');

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
      setReminderMessage({ kind: 'success', key: 'my.reminder.saved' });
    } catch {
      setReminderMessage({ kind: 'error', key: 'error.generic' });
    }
  };

  const submitEmail = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const outcome = await saveEmail(emailDraft ?? me.email ?? '');
      setEmailError(outcome === 'invalid');
      if (outcome === 'saved') {
        setEmailDraft(null);
        setReminderMessage({ kind: 'success', key: 'my.email.saved' });
      }
    } catch {
      setReminderMessage({ kind: 'error', key: 'error.generic' });
    }
  };

  // Cancelling a dose cancels the later booked doses with it (the server's rule): the dialog says which.
  const pendingReservation = pending ? reservations.find((r) => r.id === pending.id) : undefined;
  const laterDoses = pendingReservation
    ? reservations
        .filter(
          (r) =>
            r.status === 'BOOKED' &&
            r.dose > pendingReservation.dose &&
            !(pendingReservation.pairId && r.pairId === pendingReservation.pairId),
        )
        .map((r) => r.dose)
        .sort()
    : [];

  const card = (reservation: (typeof reservations)[number]) => (
    <ReservationCard
      key={reservation.id}
      reservation={reservation}
      timeZone={data.site.timeZone}
      cancellationCutoffHours={hours}
      onCancel={(id, isSet) => setPending({ id, isSet })}
      cutoffFrom={reservation.pairId ? earliestOfPair.get(reservation.pairId) : undefined}
      changeTo={`/s/${site.code}/change/${reservation.id}`}
      contact={site}
    />
  );

  const shownFlash = message ? null : flash;
  // The cancel dialog names the dose and date it cancels (and both dates of a set).
  const pendingNamed = pendingReservation && {
    dose: pendingReservation.dose,
    date: formatDateTime(pendingReservation.slot.startsAt, data.site.timeZone, language),
    venue: pendingReservation.slot.venue.name,
  };
  const pendingSetDates = reservations
    .filter(
      (r) => pendingReservation?.pairId && r.pairId === pendingReservation.pairId && r.status === 'BOOKED',
    )
    .map(
      (r) =>
        `${t('reservation.dose', { dose: r.dose })} ${formatDateTime(r.slot.startsAt, data.site.timeZone, language)}`,
    )
    .join(language === 'ja' ? '、' : ', ');
  return (
    <div className="page">
      <PageHeading>{t('my.title')}</PageHeading>
      <p className="my__who">
        <span>
          {t('my.greeting', { name: `${me.familyNameKana ?? ''} ${me.givenNameKana ?? ''}`.trim() })}
        </span>
        <span className="my__ticket">{t('my.ticket', { number: me.ticketNumber })}</span>
      </p>
      {shownFlash && <Alert kind="success">{t(FLASH_MESSAGES[shownFlash])}</Alert>}
      {(flash === 'booked' || flash === 'bookedMailSent') && (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('my.print')}
          </button>
        </p>
      )}
      {message && (
        <Alert kind={message.kind} focus>
          {t(message.key, message.params)}
          {message.key === 'reservation.cancel.error.CUTOFF_PASSED' && <SiteContact contact={site} />}
        </Alert>
      )}

      <section className="section" aria-labelledby="reservations-heading">
        <h2 id="reservations-heading">{t('my.reservations')}</h2>
        {current.length === 0 ? (
          <p>{t('my.noReservations')}</p>
        ) : (
          <div className="reservation-list">{current.map(card)}</div>
        )}
        {cancelled.length > 0 && (
          // Folded away: what was cancelled stays findable without pushing what is booked down the page.
          <details className="cancelled-reservations no-print">
            <summary>{t('my.cancelledFolded', { count: cancelled.length })}</summary>
            <div className="reservation-list">{cancelled.map(card)}</div>
          </details>
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

      <section className="section no-print" aria-labelledby="reminder-heading">
        <h2 id="reminder-heading">{t('my.reminder.title')}</h2>
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
        {/* The switch after the address it needs */}
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
        <div className="my__reminder-status" role="status">
          {reminderMessage && (
            <p className={`inline-message inline-message--${reminderMessage.kind}`}>
              {t(reminderMessage.key, reminderMessage.params)}
            </p>
          )}
        </div>
      </section>

      <ConfirmDialog
        open={pending !== null}
        title={pendingNamed ? t('cancelDialog.title', pendingNamed) : t('reservation.cancel.confirmTitle')}
        confirmLabel={t('cancelDialog.yes')}
        cancelLabel={t('cancelDialog.no')}
        busy={cancelling}
        danger
        onConfirm={() => void confirmCancel()}
        onCancel={() => setPending(null)}
      >
        {pendingNamed && <p>{t('cancelDialog.body', pendingNamed)}</p>}
        {pending?.isSet && <p>{t('cancelDialog.bodySet', { dates: pendingSetDates })}</p>}
        {laterDoses.length > 0 && (
          <p className="dialog__warning">
            {t('reservation.cancel.laterDoses', {
              doses: laterDoses.map((dose) => t('reservation.cancel.laterDose', { dose })).join('・'),
            })}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
