import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../ui/Alert';
import { addDays } from '../../../ui/dates';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import type { AuditActorKind, AuditPageQuery, MailPageQuery } from '../gql/graphql';
import { useAdminI18n } from '../i18n/admin-i18n';
import { AUDIT_ACTIONS, auditActionLabel, auditTargetLabel } from '../people/audit-actions';
import { auditRoleKey, siteDateTime, startOfSiteDay } from '../people/format';
import { useAdminSite } from '../site-context';
import { LoadError } from '../components/LoadError';

const AuditPageQueryDocument = graphql(`
  query AuditPage(
    $siteId: ID!
    $action: String
    $actorKind: AuditActorKind
    $actorAdminUserId: ID
    $actorApiKeyId: ID
    $from: DateTimeISO
    $to: DateTimeISO
    $first: Int!
    $after: String
  ) {
    auditLog(
      siteId: $siteId
      action: $action
      actorKind: $actorKind
      actorAdminUserId: $actorAdminUserId
      actorApiKeyId: $actorApiKeyId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      edges {
        node {
          id
          action
          actorName
          actorRole
          targetType
          targetId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Who may be chosen in the "who" filter: the site's admin users and API keys. */
const AuditActorsQuery = graphql(`
  query AuditActors($siteId: ID!) {
    adminUsers(siteId: $siteId, first: 200) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
    apiKeys(siteId: $siteId, first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type Entry = AuditPageQuery['auditLog']['edges'][number]['node'];
const PAGE = 500;

/** The "who" choice as the query's variables: a kind of actor, one admin user or one API key. */
function actorVariables(who: string): {
  actorKind: AuditActorKind | null;
  actorAdminUserId: string | null;
  actorApiKeyId: string | null;
} {
  const [kind, id] = who.split(':');
  return {
    actorKind: kind === 'kind' ? (id as AuditActorKind) : null,
    actorAdminUserId: kind === 'admin' ? id! : null,
    actorApiKeyId: kind === 'key' ? id! : null,
  };
}

/**
 * The site's audit log, newest first, 500 at a time with a button for more: what (the action), who (a kind
 * of actor, one admin user or one API key) and when (dates on the site's calendar) filter on the server.
 */
export function AuditRoute() {
  const { t, language } = useAdminI18n();
  const site = useAdminSite();
  const [draft, setDraft] = useState({ action: '', who: '', from: '', to: '' });
  const [applied, setApplied] = useState(draft);
  const actors = useQuery(AuditActorsQuery, { variables: { siteId: site.id } });
  const { data, error, loading, fetchMore, refetch } = useQuery(AuditPageQueryDocument, {
    variables: {
      siteId: site.id,
      action: applied.action.trim() || null,
      ...actorVariables(applied.who),
      from: applied.from ? startOfSiteDay(applied.from, site.timeZone).toISOString() : null,
      to: applied.to ? startOfSiteDay(addDays(applied.to, 1), site.timeZone).toISOString() : null,
      first: PAGE,
    },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const roleLabel = (role: string) => {
    const key = auditRoleKey(role);
    return key ? t(key) : role;
  };
  // 管理 花子（サイト管理者） / Hanako Kanri (Site admin)
  const withRole = (name: string, role: string) =>
    language === 'ja' ? `${name}（${role}）` : `${name} (${role})`;
  const entries = data?.auditLog.edges.map((e) => e.node) ?? [];
  const more = () =>
    void fetchMore({
      variables: { after: data?.auditLog.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: {
          ...fetchMoreResult.auditLog,
          edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges],
        },
      }),
    });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const columns: ListColumn<Entry>[] = [
    { id: 'when', accessorFn: (a) => siteDateTime(a.createdAt, site.timeZone), header: t('audit.when') },
    {
      id: 'who',
      accessorFn: (a) => {
        const role = roleLabel(a.actorRole);
        return a.actorName ? withRole(a.actorName, role) : role;
      },
      header: t('audit.who'),
    },
    { id: 'action', accessorFn: (a) => auditActionLabel(a.action, language), header: t('audit.what') },
    {
      id: 'target',
      accessorFn: (a) => auditTargetLabel(a.targetType, a.targetId, language),
      header: t('audit.target'),
    },
  ];
  const adminUsers = actors.data?.adminUsers.edges.map((e) => e.node) ?? [];
  const apiKeys = actors.data?.apiKeys.edges.map((e) => e.node) ?? [];
  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('audit.title')}</PageHeading>
      <form className="admin-filters" role="search" onSubmit={onSubmit}>
        <div className="admin-filters__field">
          <label htmlFor="audit-action" className="field__label">
            {t('audit.filter.what')}
          </label>
          <select
            id="audit-action"
            className="field__input"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          >
            <option value="">{t('audit.filter.whatAll')}</option>
            {Object.keys(AUDIT_ACTIONS).map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-filters__field">
          <label htmlFor="audit-who" className="field__label">
            {t('audit.filter.who')}
          </label>
          <select
            id="audit-who"
            className="field__input"
            value={draft.who}
            onChange={(e) => setDraft({ ...draft, who: e.target.value })}
          >
            <option value="">{t('audit.filter.whoAll')}</option>
            <option value="kind:ADMIN_USER">{t('audit.filter.whoAdmins')}</option>
            {adminUsers.map((u) => (
              <option key={u.id} value={`admin:${u.id}`}>
                {withRole(u.displayName, roleLabel(u.role))}
              </option>
            ))}
            <option value="kind:API_KEY">{t('audit.filter.whoApiKeys')}</option>
            {apiKeys.map((k) => (
              <option key={k.id} value={`key:${k.id}`}>
                {withRole(k.name, t('audit.role.API_KEY'))}
              </option>
            ))}
            <option value="kind:RECIPIENT">{t('audit.filter.whoRecipients')}</option>
          </select>
        </div>
        {(
          [
            ['from', 'audit.filter.from'],
            ['to', 'audit.filter.to'],
          ] as const
        ).map(([key, label]) => (
          <div className="admin-filters__field" key={key}>
            <label htmlFor={`audit-${key}`} className="field__label">
              {t(label)}
            </label>
            <input
              id={`audit-${key}`}
              className="field__input"
              type="date"
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          </div>
        ))}
        <div className="admin-filters__buttons">
          <button type="submit" className="button button--secondary">
            {t('audit.filter.apply')}
          </button>
        </div>
      </form>
      {error && <LoadError onRetry={() => void refetch()} />}
      {!data && loading ? (
        <AdminLoading />
      ) : (
        <>
          <p className="hint" role="status">
            {data?.auditLog.pageInfo.hasNextPage
              ? t('audit.countMore', { count: entries.length })
              : t('audit.count', { count: entries.length })}
          </p>
          <DataTable caption={t('audit.title')} columns={columns} data={entries} empty={t('audit.empty')} />
          {data?.auditLog.pageInfo.hasNextPage && (
            <button type="button" className="button button--secondary" onClick={more} disabled={loading}>
              {t('people.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

const MailPageQueryDocument = graphql(`
  query MailPage($siteId: ID!, $before: DateTimeISO, $first: Int!) {
    mailbox(siteId: $siteId, before: $before, first: $first) {
      id
      kind
      to
      subject
      text
      status
      attempts
      transport
      createdAt
      sentAt
    }
  }
`);

type Mail = MailPageQuery['mailbox'][number];
const MAIL_PAGE = 100;

/** The outgoing mail of the site, newest first (the development mailbox when no SMTP server is set). */
export function MailRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const { data, error, loading, fetchMore, refetch } = useQuery(MailPageQueryDocument, {
    variables: { siteId: site.id, first: MAIL_PAGE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<string | null>(null);
  const mails = data?.mailbox ?? [];
  const dev = mails.some((m) => m.transport === 'DEV_MAILBOX');
  const more = () =>
    void fetchMore({
      variables: { before: mails.at(-1)?.createdAt },
      updateQuery: (previous, { fetchMoreResult }) => ({
        mailbox: [...previous.mailbox, ...fetchMoreResult.mailbox],
      }),
    });
  const shown = mails.find((m) => m.id === open);
  const columns: ListColumn<Mail>[] = [
    { id: 'when', accessorFn: (m) => siteDateTime(m.createdAt, site.timeZone), header: t('audit.when') },
    { accessorKey: 'to', header: t('mail.to') },
    { id: 'kind', accessorFn: (m) => t(`mail.kind.${m.kind}`), header: t('mail.kind') },
    {
      accessorKey: 'subject',
      header: t('mail.subject'),
      cell: (info) => (
        <button
          type="button"
          className="button button--link"
          aria-expanded={open === info.row.original.id}
          onClick={() => setOpen(open === info.row.original.id ? null : info.row.original.id)}
        >
          {info.row.original.subject}
        </button>
      ),
    },
    { id: 'status', accessorFn: (m) => t(`mail.status.${m.status}`), header: t('mail.status') },
  ];
  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('mail.title')}</PageHeading>
      {dev && <Alert kind="info">{t('mail.devMailbox')}</Alert>}
      {error && <LoadError onRetry={() => void refetch()} />}
      {!data && loading ? (
        <AdminLoading />
      ) : (
        <>
          <p className="hint" role="status">
            {t('mail.count', { count: mails.length })}
          </p>
          <DataTable caption={t('mail.title')} columns={columns} data={mails} empty={t('mail.empty')} />
          {shown && (
            <section className="admin-fieldset" aria-label={shown.subject}>
              <h2 className="admin-section-title">{shown.subject}</h2>
              <p className="hint">
                {shown.to} · {siteDateTime(shown.sentAt ?? shown.createdAt, site.timeZone)} ·{' '}
                {shown.transport ?? '—'}
              </p>
              <pre className="admin-mail-body">{shown.text ?? t('mail.textDropped')}</pre>
            </section>
          )}
          {mails.length >= MAIL_PAGE && mails.length % MAIL_PAGE === 0 && (
            <button type="button" className="button button--secondary" onClick={more} disabled={loading}>
              {t('people.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
