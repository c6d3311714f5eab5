import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { BookOnBehalf } from '../people/BookOnBehalf';
import { auditActionLabel } from '../people/audit-actions';
import { auditRoleKey, siteDateTime } from '../people/format';
import { useAdminSite } from '../site-context';

const PersonPageQuery = graphql(`
  query PersonPage($siteId: ID!, $siteCode: String!, $number: String!) {
    site(code: $siteCode) {
      id
      contactPhone
      contactHours
      contactEmail
    }
    tickets(siteId: $siteId, filter: { search: $number }, first: 5) {
      edges {
        node {
          id
          number
          externalId
          familyNameKana
          givenNameKana
          department
          email
          status
          booking {
            state
            dosesBooked
            dosesVaccinated
            dosesInSeries
          }
        }
      }
    }
    reservations(siteId: $siteId, filter: { ticketNumber: $number }, first: 100) {
      edges {
        node {
          id
          dose
          status
          startsAt
          venueName
          vaccineName
          madeBy
          cancelReason
          createdAt
        }
      }
    }
    mailbox(siteId: $siteId, first: 200) {
      id
      kind
      to
      subject
      text
      status
      createdAt
    }
    auditLog(siteId: $siteId, first: 500) {
      edges {
        node {
          id
          action
          actorName
          actorRole
          targetType
          targetId
          createdAt
          before
          after
        }
      }
    }
  }
`);

const ProxyCancel = graphql(`
  mutation ProxyCancel($input: ProxyCancelReservationInput!) {
    proxyCancelReservation(input: $input) {
      ok
      error {
        code
        message
      }
      cancelled {
        id
      }
    }
  }
`);

const RevokePersonTicket = graphql(`
  mutation RevokePersonTicket($input: RevokeTicketInput!) {
    revokeTicket(input: $input) {
      revoked
      cancelledReservations
    }
  }
`);

const ResetPersonPassword = graphql(`
  mutation ResetPersonPassword($input: ResetRecipientPasswordInput!) {
    resetRecipientPassword(input: $input) {
      ok
      temporaryPassword
      error {
        code
        message
      }
    }
  }
`);

const ResendPersonLoginInformation = graphql(`
  mutation ResendPersonLoginInformation($input: ResendLoginInformationInput!) {
    resendLoginInformation(input: $input) {
      ok
      sentTo
      withResetLink
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

type Dialog =
  | { kind: 'cancel'; reservationId: string }
  | { kind: 'revoke' }
  | { kind: 'reset' }
  | { kind: 'resend' }
  | null;

/**
 * One person (a ticket) of the roster: who they are, their reservations (cancel on their behalf), a form
 * to book for them, the mail sent to them and their history from the audit log; mail their login
 * information again (no address on file: print it or phone them, the site's contact shown), revoke the
 * ticket and reset the password (the temporary one shown once).
 */
export function PersonRoute() {
  const { t, language } = useAdminI18n();
  const site = useAdminSite();
  const { ticketNumber = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PersonPageQuery, {
    variables: { siteId: site.id, siteCode: site.code, number: ticketNumber },
    fetchPolicy: 'cache-and-network',
  });
  const [cancel, cancelState] = useMutation(ProxyCancel);
  const [revoke, revokeState] = useMutation(RevokePersonTicket);
  const [reset, resetState] = useMutation(ResetPersonPassword);
  const [resend, resendState] = useMutation(ResendPersonLoginInformation);
  const [noEmail, setNoEmail] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const roleLabel = (role: string) => {
    const key = auditRoleKey(role);
    return key ? t(key) : role;
  };

  if (!data && loading) return <AdminLoading />;
  const person = data?.tickets.edges.map((e) => e.node).find((p) => p.number === ticketNumber);
  if (error || !data || !person)
    return (
      <div className="page admin-page">
        <PageHeading>{error ? t('admin.error.generic') : t('person.notFound')}</PageHeading>
        <p>
          <Link to={`/admin/sites/${site.code}/people`}>{t('person.back')}</Link>
        </p>
      </div>
    );

  const reservations = data.reservations.edges.map((e) => e.node);
  const ids = new Set([person.id, ...reservations.map((r) => r.id)]);
  const mails = data.mailbox.filter(
    (m) => (person.email && m.to === person.email) || (m.text ?? '').includes(person.number),
  );
  const history = data.auditLog.edges
    .map((e) => e.node)
    .filter(
      (a) =>
        (a.targetId && ids.has(a.targetId)) ||
        JSON.stringify([a.before, a.after]).includes(person.id) ||
        JSON.stringify([a.before, a.after]).includes(person.number),
    );
  const name = [person.familyNameKana, person.givenNameKana].filter(Boolean).join(' ');
  const revoked = person.status === 'REVOKED';
  const closeDialog = () => {
    setDialog(null);
    setReason('');
  };
  const done = (message: string) => {
    setFailure(null);
    setNotice(message);
    void refetch();
  };

  const onConfirm = async () => {
    if (!dialog) return;
    setFailure(null);
    setNotice(null);
    setNoEmail(false);
    if (dialog.kind === 'cancel') {
      if (!reason.trim()) return;
      const result = await cancel({
        variables: { input: { reservationId: dialog.reservationId, reason: reason.trim() } },
      }).catch(() => null);
      const answer = result?.data?.proxyCancelReservation;
      closeDialog();
      if (answer?.ok) done(t('person.cancel.done', { count: answer.cancelled.length }));
      else
        setFailure(
          answer?.error
            ? t(`person.cancel.error.${answer.error.code}` as AdminMessageKey)
            : t('admin.error.network'),
        );
    } else if (dialog.kind === 'revoke') {
      const result = await revoke({
        variables: { input: { ticketId: person.id, reason: reason.trim() || null } },
      }).catch(() => null);
      closeDialog();
      if (result?.data)
        done(t('person.revoke.done', { count: result.data.revokeTicket.cancelledReservations }));
      else setFailure(t('admin.error.network'));
    } else if (dialog.kind === 'resend') {
      const result = await resend({ variables: { input: { ticketId: person.id } } }).catch(() => null);
      closeDialog();
      const answer = result?.data?.resendLoginInformation;
      if (answer?.ok) {
        done(
          t(answer.withResetLink ? 'person.resend.doneWithLink' : 'person.resend.done', {
            email: answer.sentTo ?? '',
          }),
        );
      } else if (answer?.error?.code === 'NO_EMAIL') {
        setNoEmail(true);
      } else if (answer?.error) {
        setFailure(
          t(`person.resend.error.${answer.error.code}` as AdminMessageKey, {
            minutes: Math.ceil((answer.error.retryAfterSeconds ?? 60) / 60),
          }),
        );
      } else setFailure(t('admin.error.network'));
    } else {
      const result = await reset({
        variables: { input: { siteId: site.id, ticketNumber: person.number } },
      }).catch(() => null);
      closeDialog();
      const answer = result?.data?.resetRecipientPassword;
      if (answer?.ok && answer.temporaryPassword) {
        setNotice(null);
        setTemporaryPassword(answer.temporaryPassword);
      } else
        setFailure(
          answer?.error
            ? t(`person.reset.error.${answer.error.code}` as AdminMessageKey)
            : t('admin.error.network'),
        );
    }
  };

  return (
    <div className="page admin-page admin-page--wide">
      <p className="admin-breadcrumb">
        <Link to={`/admin/sites/${site.code}/people`}>{t('person.back')}</Link>
      </p>
      <PageHeading>{t('person.title', { number: person.number })}</PageHeading>
      <div aria-live="polite">
        {notice && <Alert kind="success">{notice}</Alert>}
        {failure && <Alert kind="error">{failure}</Alert>}
        {noEmail && (
          <Alert kind="warning">
            <p>{t('person.resend.noEmail')}</p>
            <p>{t('person.resend.contact')}</p>
            <ul className="admin-contact">
              {data.site.contactPhone && (
                <li>
                  {t('person.resend.contactPhone', { phone: data.site.contactPhone })}
                  {data.site.contactHours &&
                    (language === 'ja' ? `（${data.site.contactHours}）` : ` (${data.site.contactHours})`)}
                </li>
              )}
              {data.site.contactEmail && (
                <li>{t('person.resend.contactEmail', { email: data.site.contactEmail })}</li>
              )}
              {!data.site.contactPhone && !data.site.contactEmail && <li>{t('person.resend.noContact')}</li>}
            </ul>
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              {t('person.resend.print')}
            </button>
          </Alert>
        )}
      </div>
      {temporaryPassword && (
        <div className="admin-secret" role="region" aria-label={t('person.reset.shownTitle')}>
          <h2 className="admin-section-title">{t('person.reset.shownTitle')}</h2>
          <p>{t('person.reset.shownBody')}</p>
          <p>
            <code className="admin-secret__value" data-testid="temporary-password">
              {temporaryPassword}
            </code>
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setTemporaryPassword(null)}
          >
            {t('person.reset.hide')}
          </button>
        </div>
      )}
      <dl className="summary admin-summary">
        <dt>{t('people.name')}</dt>
        <dd>{name || t('person.noName')}</dd>
        <dt>{t('people.externalId')}</dt>
        <dd>{person.externalId ?? '—'}</dd>
        <dt>{t('people.department')}</dt>
        <dd>{person.department ?? '—'}</dd>
        <dt>{t('people.statusColumn')}</dt>
        <dd>{t(`people.status.${person.status}`)}</dd>
        <dt>{t('people.bookingColumn')}</dt>
        <dd>
          {t(`people.booking.${person.booking.state}`, {
            booked: person.booking.dosesBooked,
            series: person.booking.dosesInSeries ?? '—',
            given: person.booking.dosesVaccinated,
          })}
        </dd>
      </dl>
      <div className="admin-actions">
        {!revoked && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDialog({ kind: 'resend' })}
          >
            {t('person.resend.button')}
          </button>
        )}
        {person.status === 'REGISTERED' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDialog({ kind: 'reset' })}
          >
            {t('person.reset.button')}
          </button>
        )}
        {!revoked && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setDialog({ kind: 'revoke' })}
          >
            {t('person.revoke.button')}
          </button>
        )}
      </div>
      {person.status === 'NOT_REGISTERED' && <p className="hint">{t('person.reset.notRegistered')}</p>}

      <section aria-labelledby="person-reservations">
        <h2 id="person-reservations" className="admin-section-title">
          {t('person.reservations')}
        </h2>
        {reservations.length === 0 ? (
          <p className="admin-empty">{t('person.reservations.empty')}</p>
        ) : (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="visually-hidden">{t('person.reservations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reservations.dose')}</th>
                  <th scope="col">{t('reservations.when')}</th>
                  <th scope="col">{t('reservations.venue')}</th>
                  <th scope="col">{t('reservations.status')}</th>
                  <th scope="col">{t('reservations.madeBy')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('reservations.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {reservations.map((r) => (
                  <tr key={r.id}>
                    <td className="admin-nowrap">{t('person.dose', { dose: r.dose })}</td>
                    <td className="admin-nowrap">{siteDateTime(r.startsAt, site.timeZone)}</td>
                    <td>
                      {r.venueName}
                      <br />
                      <span className="hint">{r.vaccineName}</span>
                    </td>
                    <td>
                      {t(`reservations.status.${r.status}`)}
                      {r.cancelReason && (
                        <span className="hint">
                          {language === 'ja' ? `（${r.cancelReason}）` : ` (${r.cancelReason})`}
                        </span>
                      )}
                    </td>
                    <td className="admin-nowrap">{t(`reservations.madeBy.${r.madeBy}`)}</td>
                    <td>
                      {r.status === 'BOOKED' && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => setDialog({ kind: 'cancel', reservationId: r.id })}
                          aria-label={t('person.cancel.buttonFor', { dose: r.dose })}
                        >
                          {t('person.cancel.button')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {!revoked && (
        <BookOnBehalf
          key={person.booking.dosesBooked}
          ticketId={person.id}
          nextDose={Math.min(person.booking.dosesBooked + 1, 5)}
          onBooked={done}
        />
      )}

      <section aria-labelledby="person-mails">
        <h2 id="person-mails" className="admin-section-title">
          {t('person.mails')}
        </h2>
        {mails.length === 0 ? (
          <p className="admin-empty">{t('person.mails.empty')}</p>
        ) : (
          <ul className="admin-list">
            {mails.map((m) => (
              <li key={m.id}>
                <span className="admin-list__when">{siteDateTime(m.createdAt, site.timeZone)}</span>{' '}
                {t(`mail.kind.${m.kind}`)}: {m.subject} ({t(`mail.status.${m.status}`)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="person-history">
        <h2 id="person-history" className="admin-section-title">
          {t('person.history')}
        </h2>
        {history.length === 0 ? (
          <p className="admin-empty">{t('person.history.empty')}</p>
        ) : (
          <ul className="admin-list">
            {history.map((a) => (
              <li key={a.id}>
                <span className="admin-list__when">{siteDateTime(a.createdAt, site.timeZone)}</span>{' '}
                {auditActionLabel(a.action, language)} — {a.actorName ?? roleLabel(a.actorRole)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ConfirmDialog
        open={dialog !== null}
        title={
          dialog?.kind === 'cancel'
            ? t('person.cancel.title')
            : dialog?.kind === 'revoke'
              ? t('person.revoke.title', { number: person.number })
              : dialog?.kind === 'resend'
                ? t('person.resend.title', { number: person.number })
                : t('person.reset.title', { number: person.number })
        }
        confirmLabel={
          dialog?.kind === 'cancel'
            ? t('person.cancel.confirm')
            : dialog?.kind === 'revoke'
              ? t('person.revoke.confirm')
              : dialog?.kind === 'resend'
                ? t('person.resend.confirm')
                : t('person.reset.confirm')
        }
        cancelLabel={t('person.dialog.back')}
        danger={dialog?.kind === 'cancel' || dialog?.kind === 'revoke'}
        busy={
          cancelState.loading ||
          revokeState.loading ||
          resetState.loading ||
          resendState.loading ||
          (dialog?.kind === 'cancel' && !reason.trim())
        }
        onCancel={closeDialog}
        onConfirm={() => void onConfirm()}
      >
        {dialog?.kind === 'reset' ? (
          <p>{t('person.reset.body')}</p>
        ) : dialog?.kind === 'resend' ? (
          <p>{t(person.status === 'REGISTERED' ? 'person.resend.bodyRegistered' : 'person.resend.body')}</p>
        ) : (
          <>
            <p>{dialog?.kind === 'cancel' ? t('person.cancel.body') : t('person.revoke.body')}</p>
            <div className="field">
              <label htmlFor="dialog-reason" className="field__label">
                {dialog?.kind === 'cancel' ? t('person.reason.required') : t('person.reason.optional')}
              </label>
              <textarea
                id="dialog-reason"
                className="field__input admin-textarea"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
