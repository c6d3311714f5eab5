import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import { graphql } from '../testkit/generated/index.js';
import {
  BOOK,
  CREATE_API_KEY,
  MAILBOX,
  PROXY_BOOK,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
  RESERVATIONS,
  RESET_PASSWORD_WITH_LINK,
  REVOKE_TICKET,
  ROSTER,
  UPSERT_TICKETS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

const RESEND = graphql(`
  mutation ResendLoginInformation($input: ResendLoginInformationInput!) {
    resendLoginInformation(input: $input) {
      ok
      sentTo
      method
      withResetLink
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

const AUDIT_FILTERED = graphql(`
  query AuditFiltered(
    $siteId: ID
    $action: String
    $actorKind: AuditActorKind
    $actorAdminUserId: ID
    $actorApiKeyId: ID
    $from: DateTimeISO
    $to: DateTimeISO
    $first: Int
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
          siteId
          action
          actorAdminUserId
          actorApiKeyId
          actorRole
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

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

const DAY = 86_400_000;

async function ticketId(campaign: Campaign, number: string): Promise<string> {
  const { tickets } = await campaign.operator.data(ROSTER, {
    siteId: campaign.site.id,
    filter: { search: number },
  });
  const found = tickets.edges.find((e) => e.node.number === number);
  if (!found) throw new Error(`no ticket ${number}`);
  return found.node.id;
}

/** A roster ticket with (or without) an address on file, not registered: the first login takes the birth date. */
async function rosterTicket(
  campaign: Campaign,
  email: string | null,
): Promise<{ number: string; id: string }> {
  const [number] = await campaign.tickets(1);
  if (email) {
    const { upsertTickets } = await campaign.operator.data(UPSERT_TICKETS, {
      input: { siteId: campaign.site.id, rows: [{ ticketNumber: number!, birthDate: BIRTH_DATE, email }] },
    });
    expect(upsertTickets.failed).toBe(0);
  }
  return { number: number!, id: await ticketId(campaign, number!) };
}

async function mailsTo(campaign: Campaign, to: string) {
  const { mailbox } = await campaign.operator.data(MAILBOX, { siteId: campaign.site.id });
  return mailbox.filter((m) => m.to === to);
}

describe('resendLoginInformation', () => {
  it('mails a registered person the login page, ticket number and a single-use reset link, never a password; audited', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const caller = await campaign.login(number!);
    await caller.data(REGISTER_RECIPIENT, {
      input: {
        familyNameKana: 'サトウ',
        givenNameKana: 'ケイコ',
        password: 'secret-password-9',
        acceptTerms: true,
        email: 'keiko@test.example',
      },
    });
    const id = await ticketId(campaign, number!);

    const { resendLoginInformation } = await campaign.operator.data(RESEND, { input: { ticketId: id } });
    expect(resendLoginInformation).toEqual({
      ok: true,
      sentTo: 'keiko@test.example',
      method: 'PASSWORD',
      withResetLink: true,
      error: null,
    });
    const [mail, ...others] = await mailsTo(campaign, 'keiko@test.example');
    expect(others).toEqual([]);
    expect(mail!.subject).toBe('[Test campaign] ワクチン接種予約のログイン方法のご案内');
    expect(mail!.text).toContain(`ログインページ: http://localhost/s/${campaign.site.code}\n`);
    expect(mail!.text).toContain(`接種券番号: ${number}`);
    expect(mail!.text).not.toContain('secret-password-9');
    expect(mail!.text).not.toContain(BIRTH_DATE);
    const token = /\/password\/new#token=([A-Za-z0-9_-]+)/.exec(mail!.text ?? '')![1]!;

    // The link works once.
    const reset = await server
      .caller()
      .data(RESET_PASSWORD_WITH_LINK, { input: { token, newPassword: 'new-password-10' } });
    expect(reset.resetPasswordWithLink).toEqual({ ok: true, error: null });
    const again = await server
      .caller()
      .data(RESET_PASSWORD_WITH_LINK, { input: { token, newPassword: 'new-password-11' } });
    expect(again.resetPasswordWithLink.error?.code).toBe('INVALID_LINK');
    const login = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, password: 'new-password-10' },
    });
    expect(login.recipientLogin.ok).toBe(true);

    const { auditLog } = await campaign.operator.data(AUDIT_FILTERED, {
      siteId: campaign.site.id,
      action: 'resendLoginInformation',
    });
    expect(auditLog.edges.map((e) => e.node)).toMatchObject([
      { action: 'resendLoginInformation', targetId: id, actorRole: 'OPERATOR' },
    ]);
  });

  it('tells a person not registered yet to log in first with the ticket number and birth date, without a link', async () => {
    const campaign = await Campaign.create(server);
    const ticket = await rosterTicket(campaign, 'new-hire@test.example');
    const { resendLoginInformation } = await campaign.operator.data(RESEND, {
      input: { ticketId: ticket.id },
    });
    expect(resendLoginInformation).toMatchObject({ ok: true, method: 'BIRTH_DATE', withResetLink: false });
    const [mail] = await mailsTo(campaign, 'new-hire@test.example');
    expect(mail!.text).toContain(`接種券番号: ${ticket.number}`);
    expect(mail!.text).toContain('接種券番号と生年月日を入力してください');
    expect(mail!.text).not.toContain('#token=');
    expect(mail!.text).not.toContain(BIRTH_DATE);
  });

  it('answers NO_EMAIL when no address is on file, and queues nothing', async () => {
    const campaign = await Campaign.create(server);
    const ticket = await rosterTicket(campaign, null);
    const { resendLoginInformation } = await campaign.operator.data(RESEND, {
      input: { ticketId: ticket.id },
    });
    expect(resendLoginInformation).toMatchObject({ ok: false, sentTo: null, error: { code: 'NO_EMAIL' } });
    const { mailbox } = await campaign.operator.data(MAILBOX, { siteId: campaign.site.id });
    expect(mailbox).toEqual([]);
  });

  it('sends at most one mail per ticket in 10 minutes, also when asked five times at once', async () => {
    const campaign = await Campaign.create(server);
    const ticket = await rosterTicket(campaign, 'busy@test.example');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => campaign.operator.data(RESEND, { input: { ticketId: ticket.id } })),
    );
    const results = answers.map((a) => a.resendLoginInformation);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(4);
    for (const r of refused) {
      expect(r.error?.code).toBe('TOO_SOON');
      expect(r.error?.retryAfterSeconds).toBeGreaterThan(500);
      expect(r.error?.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
    expect(await mailsTo(campaign, 'busy@test.example')).toHaveLength(1);
    // Another ticket is not held back by this one.
    const other = await rosterTicket(campaign, 'other@test.example');
    const { resendLoginInformation } = await campaign.operator.data(RESEND, {
      input: { ticketId: other.id },
    });
    expect(resendLoginInformation.ok).toBe(true);
  });

  it('refuses a revoked ticket with TICKET_REVOKED', async () => {
    const campaign = await Campaign.create(server);
    const ticket = await rosterTicket(campaign, 'gone@test.example');
    await campaign.operator.data(REVOKE_TICKET, { input: { ticketId: ticket.id, reason: 'left' } });
    const { resendLoginInformation } = await campaign.operator.data(RESEND, {
      input: { ticketId: ticket.id },
    });
    expect(resendLoginInformation.error?.code).toBe('TICKET_REVOKED');
  });

  it('is for the site’s admins: venue staff, recipients and another site’s admin are refused', async () => {
    const campaign = await Campaign.create(server);
    const ticket = await rosterTicket(campaign, 'scoped@test.example');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const staffAnswer = await staff.request(RESEND, { input: { ticketId: ticket.id } });
    expect(staffAnswer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const recipient = await campaign.recipient();
    const recipientAnswer = await recipient.request(RESEND, { input: { ticketId: ticket.id } });
    expect(recipientAnswer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await adminOf(await Campaign.create(server), 'SITE_ADMIN');
    const elsewhereAnswer = await elsewhere.request(RESEND, { input: { ticketId: ticket.id } });
    expect(elsewhereAnswer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await mailsTo(campaign, 'scoped@test.example')).toEqual([]);
    // The site's own site admin may.
    const siteAdmin = await adminOf(campaign, 'SITE_ADMIN');
    const { resendLoginInformation } = await siteAdmin.data(RESEND, { input: { ticketId: ticket.id } });
    expect(resendLoginInformation.ok).toBe(true);
  });
});

describe('reservation list filters on the server', () => {
  it('dose and made-by return exactly the matching reservations of the site, page by page', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    // Three hours of one Tokyo day (now + 3 days could run past midnight and shift the dose-2 interval).
    const base = tokyoAt(3, '10:00').getTime();
    const slots = await Promise.all([0, 1, 2].map((k) => campaign.slot(new Date(base + k * 3_600_000), 20)));
    const secondSlot = await campaign.slot(new Date(base + 21 * DAY), 20);
    const otherSlot = await other.slot(new Date(base), 20);

    // SELF: five recipients book dose 1 themselves.
    const recipients = await campaign.recipients(5);
    const self = await Promise.all(
      recipients.map((r, i) => r.data(BOOK, { input: { slotId: slots[i % 3]!, dose: 1 } })),
    );
    const selfIds = self.map((b) => b.bookReservation.reservations[0]!.id);
    // ADMIN: dose 2 for two of them, dose 1 for three new tickets.
    const admin: string[] = [];
    const admin2: string[] = [];
    for (const r of recipients.slice(0, 2)) {
      const { proxyBookReservation } = await campaign.operator.data(PROXY_BOOK, {
        input: { ticketId: await ticketId(campaign, r.ticketNumber), slotId: secondSlot, dose: 2 },
      });
      expect(proxyBookReservation.ok).toBe(true);
      admin2.push(proxyBookReservation.reservations[0]!.id);
    }
    for (const number of await campaign.tickets(3)) {
      const { proxyBookReservation } = await campaign.operator.data(PROXY_BOOK, {
        input: { ticketId: await ticketId(campaign, number), slotId: slots[1]!, dose: 1 },
      });
      admin.push(proxyBookReservation.reservations[0]!.id);
    }
    // API: one through an HR system's key.
    const { createApiKey } = await campaign.operator.data(CREATE_API_KEY, {
      input: {
        siteId: campaign.site.id,
        name: 'HR',
        scopes: ['BOOK_ON_BEHALF', 'ROSTER_READ'],
        expiresAt: null,
      },
    });
    const [apiNumber] = await campaign.tickets(1);
    const key = server.caller(createApiKey.secret);
    const { proxyBookReservation: viaApi } = await key.data(PROXY_BOOK, {
      input: { ticketId: await ticketId(campaign, apiNumber!), slotId: slots[2]!, dose: 1 },
    });
    expect(viaApi.ok).toBe(true);
    // Another site's reservations made the same ways never show.
    const [otherRecipient] = await other.recipients(1);
    await otherRecipient!.data(BOOK, { input: { slotId: otherSlot, dose: 1 } });

    async function all(filter: Record<string, unknown>, first = 2): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const { reservations }: ResultOf<typeof RESERVATIONS> = await campaign.operator.data(RESERVATIONS, {
          siteId: campaign.site.id,
          filter,
          first,
          after,
        });
        ids.push(...reservations.edges.map((e) => e.node.id));
        if (!reservations.pageInfo.hasNextPage) return ids;
        after = reservations.pageInfo.endCursor;
      }
      throw new Error('more pages than reservations');
    }
    const sorted = (ids: string[]) => [...ids].sort();
    expect(sorted(await all({ madeBy: 'SELF' }))).toEqual(sorted(selfIds));
    expect(sorted(await all({ madeBy: 'ADMIN' }))).toEqual(sorted([...admin, ...admin2]));
    expect(sorted(await all({ madeBy: 'API' }))).toEqual([viaApi.reservations[0]!.id]);
    expect(sorted(await all({ dose: 2 }))).toEqual(sorted(admin2));
    expect(sorted(await all({ dose: 1, madeBy: 'ADMIN' }))).toEqual(sorted(admin));
    expect(await all({ madeBy: 'BULK' })).toEqual([]);
    const everything = await all({}, 3);
    expect(everything).toHaveLength(11);
    expect(new Set(everything).size).toBe(11);
    // Pages come in (slot start, id) order.
    const { reservations } = await campaign.operator.data(RESERVATIONS, {
      siteId: campaign.site.id,
      first: 50,
    });
    const keys = reservations.edges.map((e) => `${e.node.startsAt}|${e.node.id}`);
    expect(keys).toEqual([...keys].sort());

    const bad = await campaign.operator.request(RESERVATIONS, {
      siteId: campaign.site.id,
      filter: { dose: 4 },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('audit log filters on the server', () => {
  it('who (admin user, API key, recipients), when and what return exactly the matching entries of the site', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const siteAdmin = await adminOf(campaign, 'SITE_ADMIN');
    const mark = async () => {
      // Entries are stamped with the database's clock: wait past a millisecond boundary on both sides.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const at = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return at;
    };
    const t0 = await mark();
    const byOperator = await rosterTicket(campaign, 'a@test.example');
    await campaign.operator.data(RESEND, { input: { ticketId: byOperator.id } });
    const t1 = await mark();
    const bySiteAdmin = await rosterTicket(campaign, 'b@test.example');
    await siteAdmin.data(RESEND, { input: { ticketId: bySiteAdmin.id } });
    await siteAdmin.data(REVOKE_TICKET, { input: { ticketId: bySiteAdmin.id, reason: null } });
    const t2 = await mark();
    const { createApiKey } = await campaign.operator.data(CREATE_API_KEY, {
      input: { siteId: campaign.site.id, name: 'HR', scopes: ['ROSTER_WRITE'], expiresAt: null },
    });
    const key = server.caller(createApiKey.secret);
    const revokedByKey = await rosterTicket(campaign, null);
    await key.data(REVOKE_TICKET, { input: { ticketId: revokedByKey.id, reason: 'left' } });
    // A recipient's own self-service: a password reset link asked for (no admin, no key).
    const [selfNumber] = await campaign.tickets(1);
    await (
      await campaign.login(selfNumber!)
    ).data(REGISTER_RECIPIENT, {
      input: {
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        password: 'recipient-pass-1',
        acceptTerms: true,
        email: 'self@test.example',
      },
    });
    await server.caller().data(
      graphql(`
        mutation AskReset($input: RequestPasswordResetInput!) {
          requestPasswordReset(input: $input) {
            ok
          }
        }
      `),
      { input: { siteCode: campaign.site.code, ticketNumber: selfNumber!, birthDate: BIRTH_DATE } },
    );
    // The other site's admin writes too; none of it may show.
    const otherTicket = await rosterTicket(other, 'c@test.example');
    await other.operator.data(RESEND, { input: { ticketId: otherTicket.id } });

    async function all(args: Record<string, unknown>): Promise<
      {
        action: string;
        actorRole: string;
        siteId: string | null;
        targetId: string | null;
        actorAdminUserId: string | null;
        actorApiKeyId: string | null;
        createdAt: string;
      }[]
    > {
      const nodes = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const { auditLog }: ResultOf<typeof AUDIT_FILTERED> = await campaign.operator.data(AUDIT_FILTERED, {
          siteId: campaign.site.id,
          first: 2,
          after,
          ...args,
        });
        nodes.push(...auditLog.edges.map((e) => e.node));
        if (!auditLog.pageInfo.hasNextPage) return nodes;
        after = auditLog.pageInfo.endCursor;
      }
      throw new Error('too many pages');
    }
    const everything = await all({});
    expect(everything.every((n) => n.siteId === campaign.site.id)).toBe(true);

    const bySiteAdminOnly = await all({ actorAdminUserId: siteAdmin.adminUserId });
    expect(bySiteAdminOnly.map((n) => n.action).sort()).toEqual(['resendLoginInformation', 'revokeTicket']);
    expect(bySiteAdminOnly.every((n) => n.actorAdminUserId === siteAdmin.adminUserId)).toBe(true);

    const byKey = await all({ actorApiKeyId: createApiKey.apiKey.id });
    expect(byKey.map((n) => [n.action, n.actorApiKeyId])).toEqual([['revokeTicket', createApiKey.apiKey.id]]);
    expect(await all({ actorKind: 'API_KEY' })).toEqual(byKey);

    const byRecipients = await all({ actorKind: 'RECIPIENT' });
    expect(byRecipients.length).toBeGreaterThan(0);
    expect(byRecipients.every((n) => ['RECIPIENT', 'ANONYMOUS'].includes(n.actorRole))).toBe(true);
    expect(byRecipients.map((n) => n.action)).toContain('requestPasswordReset');

    const byAdmins = await all({ actorKind: 'ADMIN_USER' });
    expect(byAdmins.length + byKey.length + byRecipients.length).toBe(everything.length);
    expect(byAdmins.every((n) => ['OPERATOR', 'SITE_ADMIN', 'VENUE_STAFF'].includes(n.actorRole))).toBe(true);

    // When: [from, to) picks exactly the entries written between the marks.
    const window = await all({ from: t1, to: t2 });
    expect(window.map((n) => n.action)).toEqual(
      expect.arrayContaining(['resendLoginInformation', 'revokeTicket']),
    );
    expect(window.every((n) => n.createdAt >= t1 && n.createdAt < t2)).toBe(true);
    expect(window).toEqual(everything.filter((n) => n.createdAt >= t1 && n.createdAt < t2));
    const sinceT0ToT1 = await all({ from: t0, to: t1, action: 'resendLoginInformation' });
    expect(sinceT0ToT1.map((n) => n.targetId)).toEqual([byOperator.id]);
    expect(await all({ from: t2, action: 'resendLoginInformation' })).toEqual([]);
    const combined = await all({ action: 'revokeTicket', actorKind: 'ADMIN_USER' });
    expect(combined.map((n) => n.actorAdminUserId)).toEqual([siteAdmin.adminUserId]);

    // A site admin of another site cannot read this site's log, with or without filters.
    const stranger = await adminOf(other, 'SITE_ADMIN');
    const refused = await stranger.request(AUDIT_FILTERED, {
      siteId: campaign.site.id,
      actorKind: 'API_KEY',
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const backwards = await campaign.operator.request(AUDIT_FILTERED, {
      siteId: campaign.site.id,
      from: t2,
      to: t1,
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
