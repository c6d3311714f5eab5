import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  AUDIT_LOG,
  MAILBOX,
  MY_RESERVATIONS,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD_WITH_FACTS,
  RESET_PASSWORD_WITH_LINK,
  RESET_RECIPIENT_PASSWORD,
  UPDATE_SITE_SETTINGS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ loginFailuresPerAccount: 5, loginFailuresPerClient: 40 });
});
afterAll(() => server.close());

const PASSWORD = 'old-password-1';

/** A registered recipient with the given profile; returns the ticket number and the logged-in caller. */
async function registered(
  campaign: Campaign,
  profile: { email?: string; phone?: string } = {},
): Promise<{ number: string; caller: Caller }> {
  const [number] = await campaign.tickets(1);
  const caller = await campaign.login(number!);
  await caller.data(REGISTER_RECIPIENT, {
    input: {
      familyNameKana: 'サトウ',
      givenNameKana: 'ケイコ',
      password: PASSWORD,
      acceptTerms: true,
      ...profile,
    },
  });
  return { number: number!, caller };
}

function login(campaign: Campaign, ticketNumber: string, secret: { password?: string; birthDate?: string }) {
  return server
    .caller()
    .data(RECIPIENT_LOGIN, { input: { siteCode: campaign.site.code, ticketNumber, ...secret } })
    .then((r) => r.recipientLogin);
}

async function mails(campaign: Campaign) {
  return (await campaign.operator.data(MAILBOX, { siteId: campaign.site.id })).mailbox;
}

function tokenIn(text: string | null | undefined): string {
  const match = /\/password\/new#token=([A-Za-z0-9_-]+)/.exec(text ?? '');
  if (!match) throw new Error(`no link in ${text}`);
  return match[1]!;
}

describe('password reset by mail link', () => {
  it('a link mailed to the address on file sets a new password once; the old password and the link stop working', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { email: 'keiko@test.example' });
    const asked = await server.caller().data(REQUEST_PASSWORD_RESET, {
      input: { siteCode: campaign.site.code, ticketNumber: number, birthDate: BIRTH_DATE },
    });
    expect(asked.requestPasswordReset).toEqual({ ok: true, error: null });
    const [mail] = await mails(campaign);
    expect(mail).toMatchObject({ to: 'keiko@test.example', subject: '[Test campaign] パスワードの再設定' });
    const token = tokenIn(mail!.text);
    expect(mail!.text).toContain(`/s/${campaign.site.code}/password/new#token=`);

    const reset = await server.caller().data(RESET_PASSWORD_WITH_LINK, {
      input: { token, newPassword: 'new-password-2' },
    });
    expect(reset.resetPasswordWithLink).toEqual({ ok: true, error: null });
    expect(await login(campaign, number, { password: 'new-password-2' })).toMatchObject({ ok: true });
    expect((await login(campaign, number, { password: PASSWORD })).error?.code).toBe('INVALID_CREDENTIALS');

    const again = await server.caller().data(RESET_PASSWORD_WITH_LINK, {
      input: { token, newPassword: 'third-password-3' },
    });
    expect(again.resetPasswordWithLink.error?.code).toBe('INVALID_LINK');
    expect(await login(campaign, number, { password: 'new-password-2' })).toMatchObject({ ok: true });
    // Only the token's hash is stored.
    const stored = await server.query<{ token_hash: string }>(
      `select token_hash from password_reset where site_id = ?`,
      [campaign.site.id],
    );
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });

  it('answers the same for an unknown ticket, a wrong birth date and a ticket without an address, and mails only the real one', async () => {
    const campaign = await Campaign.create(server);
    const withMail = await registered(campaign, { email: 'real@test.example' });
    const withoutMail = await registered(campaign);
    const ask = (ticketNumber: string, birthDate = BIRTH_DATE) =>
      server
        .caller()
        .data(REQUEST_PASSWORD_RESET, { input: { siteCode: campaign.site.code, ticketNumber, birthDate } })
        .then((r) => r.requestPasswordReset);
    const answers = [
      await ask('9999999999'),
      await ask(withMail.number, '1970-01-01'),
      await ask(withoutMail.number),
      await ask(withMail.number),
    ];
    expect(answers).toEqual(Array(4).fill({ ok: true, error: null }));
    expect((await mails(campaign)).map((m) => m.to)).toEqual(['real@test.example']);
  });

  it('an expired link and a made-up one set nothing', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { email: 'late@test.example' });
    await server.caller().data(REQUEST_PASSWORD_RESET, {
      input: { siteCode: campaign.site.code, ticketNumber: number, birthDate: BIRTH_DATE },
    });
    const token = tokenIn((await mails(campaign))[0]!.text);
    // An hour passes.
    await server.query(
      `update password_reset set expires_at = now() - interval '1 second' where site_id = ?`,
      [campaign.site.id],
    );
    for (const t of [token, 'x'.repeat(43)]) {
      const result = await server.caller().data(RESET_PASSWORD_WITH_LINK, {
        input: { token: t, newPassword: 'new-password-2' },
      });
      expect(result.resetPasswordWithLink.error?.code).toBe('INVALID_LINK');
    }
    expect(await login(campaign, number, { password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('of two concurrent uses of one link exactly one sets its password', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { email: 'twice@test.example' });
    await server.caller().data(REQUEST_PASSWORD_RESET, {
      input: { siteCode: campaign.site.code, ticketNumber: number, birthDate: BIRTH_DATE },
    });
    const token = tokenIn((await mails(campaign))[0]!.text);
    const results = await Promise.all(
      ['first-password-1', 'second-password-2'].map((newPassword) =>
        server.caller().data(RESET_PASSWORD_WITH_LINK, { input: { token, newPassword } }),
      ),
    );
    const winners = results.filter((r) => r.resetPasswordWithLink.ok);
    expect(winners).toHaveLength(1);
    const logins = await Promise.all(
      ['first-password-1', 'second-password-2'].map((password) => login(campaign, number, { password })),
    );
    expect(logins.filter((l) => l.ok)).toHaveLength(1);
  });

  it('a site with mail switched off sends no link but answers the same', async () => {
    const campaign = await Campaign.create(server, { mailEnabled: false });
    const { number } = await registered(campaign, { email: 'off@test.example' });
    const asked = await server.caller().data(REQUEST_PASSWORD_RESET, {
      input: { siteCode: campaign.site.code, ticketNumber: number, birthDate: BIRTH_DATE },
    });
    expect(asked.requestPasswordReset).toEqual({ ok: true, error: null });
    expect(await mails(campaign)).toEqual([]);
  });
});

describe('password reset with ticket number, birth date and a second fact', () => {
  it('the phone number on file (typed with full-width digits and hyphens) sets a new password and ends old sessions', async () => {
    const campaign = await Campaign.create(server);
    const { number, caller } = await registered(campaign, { phone: '090-1234-5678' });
    const result = await server.caller().data(RESET_PASSWORD_WITH_FACTS, {
      input: {
        siteCode: campaign.site.code,
        ticketNumber: number,
        birthDate: BIRTH_DATE,
        fact: '０９０ー１２３４ー５６７８',
        newPassword: 'phone-password-9',
      },
    });
    expect(result.resetPasswordWithFacts).toEqual({ ok: true, error: null });
    expect(await login(campaign, number, { password: 'phone-password-9' })).toMatchObject({ ok: true });
    expect(await caller.errorCode(MY_RESERVATIONS)).toBe('UNAUTHENTICATED');
  });

  it('wrong facts count toward the same lock as logins, and a locked ticket is refused even with the right facts', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { phone: '09011112222' });
    const caller = server.caller();
    const attempt = (fact: string) =>
      caller
        .data(RESET_PASSWORD_WITH_FACTS, {
          input: {
            siteCode: campaign.site.code,
            ticketNumber: number,
            birthDate: BIRTH_DATE,
            fact,
            newPassword: 'phone-password-9',
          },
        })
        .then((r) => r.resetPasswordWithFacts.error?.code);
    const codes = [await attempt('09000000000'), await attempt('09000000001')];
    // Three wrong logins on the same ticket: five failures in all.
    for (const birthDate of ['1970-01-01', '1970-01-02', '1970-01-03'])
      codes.push((await login(campaign, number, { birthDate })).error!.code);
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'TOO_MANY_ATTEMPTS',
    ]);
    expect(await attempt('09011112222')).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(campaign, number, { password: PASSWORD })).error?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('answers an unknown ticket exactly like a wrong fact', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { phone: '09011112222' });
    const answer = (ticketNumber: string, fact: string) =>
      server
        .caller()
        .data(RESET_PASSWORD_WITH_FACTS, {
          input: {
            siteCode: campaign.site.code,
            ticketNumber,
            birthDate: BIRTH_DATE,
            fact,
            newPassword: 'x'.repeat(10),
          },
        })
        .then((r) => r.resetPasswordWithFacts);
    expect(await answer('9999999998', '09011112222')).toEqual(await answer(number, '09099999999'));
  });

  it('a site asking for the employee id no longer takes the phone; a site with no second fact answers NOT_AVAILABLE', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { phone: '09011112222' });
    const reset = (fact: string) =>
      server
        .caller()
        .data(RESET_PASSWORD_WITH_FACTS, {
          input: {
            siteCode: campaign.site.code,
            ticketNumber: number,
            birthDate: BIRTH_DATE,
            fact,
            newPassword: 'new-password-2',
          },
        })
        .then((r) => r.resetPasswordWithFacts.error?.code ?? 'OK');
    await campaign.operator.data(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, passwordResetFact: 'EMPLOYEE_ID' },
    });
    // The phone is no longer the fact this site asks for.
    expect(await reset('09011112222')).toBe('INVALID_CREDENTIALS');
    await campaign.operator.data(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, passwordResetFact: 'NONE' },
    });
    expect(await reset('09011112222')).toBe('NOT_AVAILABLE');
    expect(await login(campaign, number, { password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('a too short new password is refused as BAD_USER_INPUT and nothing changes', async () => {
    const campaign = await Campaign.create(server);
    const { number } = await registered(campaign, { phone: '09011112222' });
    const code = await server.caller().errorCode(RESET_PASSWORD_WITH_FACTS, {
      input: {
        siteCode: campaign.site.code,
        ticketNumber: number,
        birthDate: BIRTH_DATE,
        fact: '09011112222',
        newPassword: 'short',
      },
    });
    expect(code).toBe('BAD_USER_INPUT');
    expect(await login(campaign, number, { password: PASSWORD })).toMatchObject({ ok: true });
  });
});

describe('password reset by the site admin', () => {
  it('gives a temporary password that logs in, lifts the ticket’s lock and ends its sessions; the audit log keeps no password', async () => {
    const campaign = await Campaign.create(server);
    const { number, caller } = await registered(campaign);
    for (let i = 0; i < 5; i++) await login(campaign, number, { password: 'wrong-password' });
    expect((await login(campaign, number, { password: PASSWORD })).error?.code).toBe('TOO_MANY_ATTEMPTS');

    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { resetRecipientPassword } = await admin.data(RESET_RECIPIENT_PASSWORD, {
      input: { siteId: campaign.site.id, ticketNumber: number },
    });
    expect(resetRecipientPassword).toMatchObject({ ok: true, error: null });
    const temporary = resetRecipientPassword.temporaryPassword!;
    expect(temporary).toMatch(/^[A-Z2-9]{10}$/);
    expect(await login(campaign, number, { password: temporary })).toMatchObject({ ok: true });
    expect(await caller.errorCode(MY_RESERVATIONS)).toBe('UNAUTHENTICATED');

    const { auditLog } = await admin.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'resetRecipientPassword',
    });
    expect(auditLog.edges).toHaveLength(1);
    expect(JSON.stringify(auditLog.edges[0]!.node)).not.toContain(temporary);
  });

  it('answers TICKET_NOT_FOUND and NOT_REGISTERED for tickets it cannot reset', async () => {
    const campaign = await Campaign.create(server);
    const [unregistered] = await campaign.tickets(1);
    const reset = (ticketNumber: string) =>
      campaign.operator
        .data(RESET_RECIPIENT_PASSWORD, { input: { siteId: campaign.site.id, ticketNumber } })
        .then((r) => r.resetRecipientPassword.error?.code);
    expect(await reset('9999999997')).toBe('TICKET_NOT_FOUND');
    expect(await reset(unregistered!)).toBe('NOT_REGISTERED');
  });

  it('venue staff, recipients, strangers and another site’s admin may not reset a password', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const { number, caller } = await registered(campaign);
    const input = { input: { siteId: campaign.site.id, ticketNumber: number } };
    expect(
      await (
        await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId])
      ).errorCode(RESET_RECIPIENT_PASSWORD, input),
    ).toBe('FORBIDDEN');
    expect(await caller.errorCode(RESET_RECIPIENT_PASSWORD, input)).toBe('FORBIDDEN');
    expect(await server.caller().errorCode(RESET_RECIPIENT_PASSWORD, input)).toBe('UNAUTHENTICATED');
    expect(await (await adminOf(other, 'SITE_ADMIN')).errorCode(RESET_RECIPIENT_PASSWORD, input)).toBe(
      'NOT_FOUND',
    );
    expect(await login(campaign, number, { password: PASSWORD })).toMatchObject({ ok: true });
  });
});

describe('birth dates that cannot be right', () => {
  it('year 0041 (昭和35年 misread) is refused as BAD_USER_INPUT and never counts toward the lock', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const caller = server.caller();
    for (let i = 0; i < 8; i++) {
      const code = await caller.errorCode(RECIPIENT_LOGIN, {
        input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: '0041-04-01' },
      });
      expect(code).toBe('BAD_USER_INPUT');
    }
    for (const malformed of ['1960/4/1', '19600401', '2999-01-01']) {
      expect(
        await caller.errorCode(RECIPIENT_LOGIN, {
          input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: malformed },
        }),
      ).toBe('BAD_USER_INPUT');
    }
    expect(await login(campaign, number!, { birthDate: BIRTH_DATE })).toMatchObject({ ok: true });
    const counted = await server.query(`select 1 from login_throttle where key = ?`, [
      `ticket:${campaign.site.id}:${number}`,
    ]);
    expect(counted).toEqual([]);
  });
});
