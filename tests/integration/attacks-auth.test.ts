import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyScryptHash } from '../../server/src/shared/password.js';
import { adminOf } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign } from '../testkit/campaign.js';
import { Caller } from '../testkit/graphql-client.js';
import {
  ADMIN_LOGIN,
  AUDIT_LOG,
  CLEAR_LOGIN_LOCK,
  CREATE_ADMIN_USER,
  LOGIN_LOCKS,
  MY_RESERVATIONS,
  RECIPIENT_LOGIN,
  REGISTER_TICKETS,
  SELF_REGISTER_TICKET,
  UPDATE_SITE_SETTINGS,
} from '../testkit/operations.js';
import type { AdminRole, RecipientLoginInput } from '../testkit/generated/graphql.js';
import { TestServer } from '../testkit/server.js';

// Attacks on logins, tried as an attacker would, against a real server. The test server trusts loopback as
// its proxy, so each caller names its client address in X-Forwarded-For (see TestServer.caller).
const PER_CLIENT = 12;
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ loginFailuresPerAccount: 5, loginFailuresPerClient: PER_CLIENT });
});
afterAll(() => server.close());

function recipientLogin(caller: Caller, input: RecipientLoginInput) {
  return caller.request(RECIPIENT_LOGIN, { input });
}

function adminLogin(caller: Caller, email: string, password: string) {
  return caller.request(ADMIN_LOGIN, { input: { email, password } });
}

/** An admin user created through the API, with its email and password. */
async function siteAdmin(campaign: Campaign) {
  const email = `admin-${randomUUID()}@test.example`;
  const password = 'the-right-password-1';
  await campaign.operator.data(CREATE_ADMIN_USER, {
    input: { email, displayName: 'A', password, role: 'SITE_ADMIN', siteId: campaign.site.id },
  });
  return { email, password };
}

function wrongBirthDate(i: number): string {
  return `19${String(10 + (i % 80)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
}

describe('parallel guesses', () => {
  it('60 parallel birth-date guesses for one ticket, the right one last: not logged in, and no 500', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    // Each guess from an address of its own: only the ticket's count can stop them.
    const guesses = Array.from({ length: 60 }, (_, i) => (i === 59 ? BIRTH_DATE : wrongBirthDate(i)));
    const answers = await Promise.all(
      guesses.map((birthDate) =>
        recipientLogin(server.caller(), { siteCode: campaign.site.code, ticketNumber: number!, birthDate }),
      ),
    );

    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(answers.some((a) => a.data!.recipientLogin.ok)).toBe(false);
    const codes = answers.map((a) => a.data!.recipientLogin.error!.code);
    expect(new Set(codes)).toEqual(new Set(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']));
    // Five attempts were checked; the fifth set the lock and says so.
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(4);
    const [row] = await server.query<{ attempts: number }>(
      `select attempts from login_throttle where key = ?`,
      [`ticket:${campaign.site.id}:${number}`],
    );
    expect(row!.attempts).toBe(5);
  });

  it('60 parallel password guesses for one admin, the right one last: not logged in, and no 500', async () => {
    const campaign = await Campaign.create(server);
    const { email, password } = await siteAdmin(campaign);
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        adminLogin(server.caller(), email, i === 59 ? password : `wrong-password-${i}`),
      ),
    );

    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(answers.some((a) => a.data!.adminLogin.ok)).toBe(false);
    const codes = answers.map((a) => a.data!.adminLogin.error!.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(4);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(56);
  });

  it('a lock grows with each attempt after it and its length never overflows', async () => {
    const campaign = await Campaign.create(server);
    const key = `ticket:${campaign.site.id}:5550000001`;
    // A key that has been guessed at for a long time: 10,000 attempts, last lock over.
    await server.query(
      `insert into login_throttle (key, kind, site_id, subject, attempts, last_attempt_at, locked_until)
       values (?, 'TICKET', ?, '5550000001', 10000, now(), now() - interval '1 second')`,
      [key, campaign.site.id],
    );
    const answer = await recipientLogin(server.caller(), {
      siteCode: campaign.site.code,
      ticketNumber: '5550000001',
      birthDate: BIRTH_DATE,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recipientLogin.error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    // Capped at LOGIN_ACCOUNT_DELAY_MAX_SECONDS (900 in tests), not a day.
    expect(answer.data!.recipientLogin.error!.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(answer.data!.recipientLogin.error!.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('a right login resets its ticket’s count', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const input = { siteCode: campaign.site.code, ticketNumber: number! };
    for (let i = 0; i < 3; i++)
      await recipientLogin(server.caller(), { ...input, birthDate: wrongBirthDate(i) });
    expect(
      (await recipientLogin(server.caller(), { ...input, birthDate: BIRTH_DATE })).data!.recipientLogin.ok,
    ).toBe(true);
    const rows = await server.query(`select 1 from login_throttle where key = ?`, [
      `ticket:${campaign.site.id}:${number}`,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('a right login gives its address the attempt back: only the failures count there', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const input = { siteCode: campaign.site.code, ticketNumber: number! };
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const office = new Caller(server.url).fromAddress(address);
    for (let i = 0; i < 2; i++) await recipientLogin(office, { ...input, birthDate: wrongBirthDate(i) });
    const right = await recipientLogin(office, { ...input, birthDate: BIRTH_DATE });
    expect(right.data!.recipientLogin.ok).toBe(true);
    // The session it got works.
    expect(
      (await server.caller(right.data!.recipientLogin.token).request(MY_RESERVATIONS)).errors,
    ).toBeUndefined();
    const rows = await server.query<{ attempts: number }>(
      `select attempts from login_throttle where key = ?`,
      [`address:recipient:${campaign.site.id}:${address}`],
    );
    expect(rows).toEqual([{ attempts: 2 }]);
  });
});

describe('separate buckets', () => {
  it('recipients’ failures from one address do not lock admin login from that address', async () => {
    const campaign = await Campaign.create(server);
    const { email, password } = await siteAdmin(campaign);
    const office = server.caller();
    const codes = [];
    for (let i = 0; i <= PER_CLIENT; i++) {
      const answer = await recipientLogin(office, {
        siteCode: campaign.site.code,
        ticketNumber: String(6_000_000_000 + i),
        birthDate: BIRTH_DATE,
      });
      codes.push(answer.data!.recipientLogin.error!.code);
    }
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');

    const admin = await adminLogin(office, email, password);
    expect(admin.data!.adminLogin.ok).toBe(true);
  });

  it('a forged X-Forwarded-For prefix behind the trusted proxy does not escape the address’s login lock', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const realClient = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const codes = [];
    for (let i = 0; i <= PER_CLIENT; i++) {
      // The client writes any prefix it likes; the proxy (loopback) appends the address it saw.
      const forged = new Caller(server.url).fromAddress(`203.0.113.${i}, ${realClient}`);
      const answer = await recipientLogin(forged, {
        siteCode: campaign.site.code,
        ticketNumber: String(6_100_000_000 + i),
        birthDate: BIRTH_DATE,
      });
      codes.push(answer.data!.recipientLogin.error!.code);
    }
    expect(codes.slice(0, PER_CLIENT - 1).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes.slice(PER_CLIENT - 1)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    // Even the right birth date of a real ticket is refused from that client for now.
    const forged = new Caller(server.url).fromAddress(`192.0.2.77, ${realClient}`);
    const locked = await recipientLogin(forged, {
      siteCode: campaign.site.code,
      ticketNumber: number!,
      birthDate: BIRTH_DATE,
    });
    expect(locked.data!.recipientLogin.error?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('selfRegisterTicket', () => {
  const ticket = (siteCode: string, ticketNumber: string, birthDate = '1950-01-02') => ({
    siteCode,
    municipalityCode: '131016',
    ticketNumber,
    birthDate,
  });

  it('200 aliases in one request are refused before anything is written', async () => {
    const clinic = await Campaign.create(server, { plan: 'CLINIC' });
    const registrations = (count: number) =>
      Array.from(
        { length: count },
        (_, i) =>
          `r${i}: selfRegisterTicket(input: { siteCode: "${clinic.site.code}", municipalityCode: "131016", ticketNumber: "${8_000_000_000 + i}", birthDate: "1950-01-02" }) { ok }`,
      ).join('\n');

    // 200 are over the document limits already; two are within them, and one login per request refuses them.
    const bomb = await server.caller().rawRequest(`mutation { ${registrations(200)} }`);
    expect(bomb.data).toBeUndefined();
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(
      bomb.errors?.[0]?.extensions?.code,
    );
    const two = await server.caller().rawRequest(`mutation { ${registrations(2)} }`);
    expect(two.data).toBeUndefined();
    expect(two.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(two.errors?.[0]?.message).toMatch(/selfRegisterTicket/);
    const [row] = await server.query<{ n: number }>(
      `select count(*)::int as n from ticket where site_id = ?`,
      [clinic.site.id],
    );
    expect(row!.n).toBe(0);
  });

  it('each registration counts for its address: past the limit, TOO_MANY_ATTEMPTS and nothing written', async () => {
    const clinic = await Campaign.create(server, { plan: 'CLINIC' });
    const caller = server.caller();
    const answers = [];
    for (let i = 0; i <= PER_CLIENT; i++) {
      const { selfRegisterTicket } = await caller.data(SELF_REGISTER_TICKET, {
        input: ticket(clinic.site.code, String(8_100_000_000 + i)),
      });
      answers.push(selfRegisterTicket.ok ? 'ok' : selfRegisterTicket.error!.code);
    }
    expect(answers.slice(0, PER_CLIENT).every((a) => a === 'ok')).toBe(true);
    expect(answers[PER_CLIENT]).toBe('TOO_MANY_ATTEMPTS');
    const [row] = await server.query<{ n: number }>(
      `select count(*)::int as n from ticket where site_id = ?`,
      [clinic.site.id],
    );
    expect(row!.n).toBe(PER_CLIENT);
  });

  it('the answer for an existing number equals the answer for a new one, and the holder can still log in', async () => {
    const clinic = await Campaign.create(server, { plan: 'CLINIC' });
    const holder = await server.caller().data(SELF_REGISTER_TICKET, {
      input: ticket(clinic.site.code, '8200000001', '1950-01-02'),
    });
    expect(holder.selfRegisterTicket.ok).toBe(true);

    const stranger = server.caller();
    const existing = await stranger.data(SELF_REGISTER_TICKET, {
      input: ticket(clinic.site.code, '8200000001', '1990-09-09'),
    });
    const fresh = await stranger.data(SELF_REGISTER_TICKET, {
      input: ticket(clinic.site.code, '8200000002', '1990-09-09'),
    });
    expect(existing).toEqual(fresh);
    expect(existing).toEqual(holder);

    const holderLogin = await recipientLogin(server.caller(), {
      siteCode: clinic.site.code,
      ticketNumber: '8200000001',
      birthDate: '1950-01-02',
    });
    expect(holderLogin.data!.recipientLogin.ok).toBe(true);
    const strangerLogin = await recipientLogin(stranger, {
      siteCode: clinic.site.code,
      ticketNumber: '8200000001',
      birthDate: '1990-09-09',
    });
    expect(strangerLogin.data!.recipientLogin.error?.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('secrets stay secret', () => {
  it('the audit log keeps no birth date of registered tickets', async () => {
    const campaign = await Campaign.create(server);
    await campaign.operator.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'REAL',
        tickets: [{ number: '7310000001', birthDate: '1977-07-17' }],
      },
    });
    const log = await campaign.operator.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'registerTickets',
    });
    const text = JSON.stringify(log);
    expect(log.auditLog.edges).toHaveLength(1);
    expect(text).toContain('7310000001');
    expect(text).not.toContain('1977-07-17');
    expect(text).not.toMatch(/birth/i);
  });

  it('a password never comes back in any error', async () => {
    const campaign = await Campaign.create(server);
    const secret = 'Very-secret-password-42';
    const answers = [
      // A 9-digit ticket: class-validator refuses the input object that carries the password.
      await server.caller().request(RECIPIENT_LOGIN, {
        input: { siteCode: campaign.site.code, ticketNumber: '123456789', password: secret },
      }),
      await server.caller().request(ADMIN_LOGIN, { input: { email: 'not an email', password: secret } }),
      // A required field missing: graphql-js would quote the whole input object.
      await server.caller().rawRequest(ADMIN_LOGIN, { input: { password: secret } }),
      // A value of the wrong type: graphql-js would quote it.
      await server
        .caller()
        .rawRequest(ADMIN_LOGIN, { input: { email: 'a@b.example', password: 4242424242 } }),
      await server
        .caller()
        .rawRequest(`mutation { adminLogin(input: { email: "x@y.example", password: 4242424242 }) { ok } }`),
    ];
    for (const answer of answers) {
      expect(answer.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(answer);
      expect(text).not.toContain(secret);
      expect(text).not.toContain('4242424242');
    }
    // The errors still say where the problem is.
    expect(answers[0]!.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      validationErrors: [{ property: 'ticketNumber' }],
    });
    expect(answers[2]!.errors![0]!.message).toContain('email');
  });
});

describe('locks an admin can lift', () => {
  async function lockTicket(campaign: Campaign): Promise<string> {
    const [number] = await campaign.tickets(1);
    for (let i = 0; i < 5; i++)
      await recipientLogin(server.caller(), {
        siteCode: campaign.site.code,
        ticketNumber: number!,
        birthDate: wrongBirthDate(i),
      });
    return number!;
  }

  it('a site admin sees and clears a ticket lock of their site; the holder logs in at once; it is audited', async () => {
    const campaign = await Campaign.create(server);
    const number = await lockTicket(campaign);
    const admin = await adminOf(campaign, 'SITE_ADMIN');

    const { loginLocks } = await admin.data(LOGIN_LOCKS, { siteId: campaign.site.id });
    const lock = loginLocks.edges.find((e) => e.node.kind === 'TICKET' && e.node.subject === number);
    expect(lock).toBeDefined();
    const cleared = await admin.data(CLEAR_LOGIN_LOCK, {
      input: { id: lock!.node.id },
    });
    expect(cleared.clearLoginLock.ok).toBe(true);

    const login = await recipientLogin(server.caller(), {
      siteCode: campaign.site.code,
      ticketNumber: number,
      birthDate: BIRTH_DATE,
    });
    expect(login.data!.recipientLogin.ok).toBe(true);
    const log = await admin.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'clearLoginLock',
    });
    expect(log.auditLog.edges.map((e) => e.node.actorAdminUserId)).toEqual([admin.adminUserId]);
  });

  it('a site admin clears an address lock of their site', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const client = new Caller(server.url).fromAddress(address);
    for (let i = 0; i < PER_CLIENT; i++)
      await recipientLogin(client, {
        siteCode: campaign.site.code,
        ticketNumber: String(6_200_000_000 + i),
        birthDate: BIRTH_DATE,
      });
    const { loginLocks } = await admin.data(LOGIN_LOCKS, { siteId: campaign.site.id });
    const lock = loginLocks.edges.find((e) => e.node.kind === 'RECIPIENT_ADDRESS');
    expect(lock?.node.subject).toBe(address);
    await admin.data(CLEAR_LOGIN_LOCK, { input: { id: lock!.node.id } });

    const [number] = await campaign.tickets(1);
    const login = await recipientLogin(client, {
      siteCode: campaign.site.code,
      ticketNumber: number!,
      birthDate: BIRTH_DATE,
    });
    expect(login.data!.recipientLogin.ok).toBe(true);
  });

  it('another site’s admin, a recipient and a stranger can neither see nor clear a site’s locks', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const number = await lockTicket(campaign);
    const ownAdmin = await adminOf(campaign, 'SITE_ADMIN');
    const otherAdmin = await adminOf(other, 'SITE_ADMIN');
    const [recipient] = await campaign.recipients(1);
    const { loginLocks } = await ownAdmin.data(LOGIN_LOCKS, { siteId: campaign.site.id });
    const lockId = loginLocks.edges.find((e) => e.node.subject === number)!.node.id;

    // Another site's locks answer like ids that do not exist; all sites' locks are operator work.
    expect(await otherAdmin.errorCode(LOGIN_LOCKS, { siteId: campaign.site.id })).toBe('NOT_FOUND');
    expect(await otherAdmin.errorCode(LOGIN_LOCKS, {})).toBe('FORBIDDEN');
    expect(await otherAdmin.errorCode(CLEAR_LOGIN_LOCK, { input: { id: lockId } })).toBe('NOT_FOUND');
    expect(await recipient!.errorCode(LOGIN_LOCKS, { siteId: campaign.site.id })).toBe('FORBIDDEN');
    expect(await recipient!.errorCode(CLEAR_LOGIN_LOCK, { input: { id: lockId } })).toBe('FORBIDDEN');
    expect(await server.caller().errorCode(CLEAR_LOGIN_LOCK, { input: { id: lockId } })).toBe(
      'UNAUTHENTICATED',
    );

    const still = await ownAdmin.data(LOGIN_LOCKS, { siteId: campaign.site.id });
    expect(still.loginLocks.edges.map((e) => e.node.id)).toContain(lockId);
    // The operator may clear any.
    const byOperator = await campaign.operator.data(CLEAR_LOGIN_LOCK, {
      input: { id: lockId },
    });
    expect(byOperator.clearLoginLock.ok).toBe(true);
  });
});

describe('site admins and admin users', () => {
  it('a site admin creates venue staff but not another site admin, unless the operator allows it for the site', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const newUser = (role: AdminRole) => ({
      input: {
        email: `new-${randomUUID()}@test.example`,
        displayName: 'N',
        password: 'new-user-password-1',
        role,
        siteId: campaign.site.id,
      },
    });

    expect(await admin.errorCode(CREATE_ADMIN_USER, newUser('SITE_ADMIN'))).toBe('FORBIDDEN');
    expect((await admin.request(CREATE_ADMIN_USER, newUser('VENUE_STAFF'))).errors).toBeUndefined();
    expect(
      await admin.errorCode(UPDATE_SITE_SETTINGS, {
        input: { siteId: campaign.site.id, siteAdminsCreateSiteAdmins: true },
      }),
    ).toBe('FORBIDDEN');
    const [count] = await server.query<{ n: number }>(
      `select count(*)::int as n from admin_user where site_id = ? and role = 'SITE_ADMIN'`,
      [campaign.site.id],
    );
    expect(count!.n).toBe(1);

    await campaign.operator.data(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, siteAdminsCreateSiteAdmins: true },
    });
    expect((await admin.request(CREATE_ADMIN_USER, newUser('SITE_ADMIN'))).errors).toBeUndefined();
  });
});

describe('password hashes', () => {
  it('an old-format (scrypt) hash is rehashed to argon2id at the next login, which keeps working', async () => {
    const campaign = await Campaign.create(server);
    const { email, password } = await siteAdmin(campaign);
    // The one row written directly: no API makes a hash of the old format any more.
    await server.query(`update admin_user set password_hash = ? where email = ?`, [
      await legacyScryptHash(password),
      email,
    ]);

    expect((await adminLogin(server.caller(), email, password)).data!.adminLogin.ok).toBe(true);
    const [row] = await server.query<{ password_hash: string }>(
      `select password_hash from admin_user where email = ?`,
      [email],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect((await adminLogin(server.caller(), email, password)).data!.adminLogin.ok).toBe(true);
    expect((await adminLogin(server.caller(), email, 'not-the-password')).data!.adminLogin.ok).toBe(false);
  });

  it('a recipient’s old-format password is rehashed to argon2id at login', async () => {
    const campaign = await Campaign.create(server);
    const [recipient] = await campaign.recipients(1);
    const [ticket] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [campaign.site.id, recipient!.ticketNumber],
    );
    await server.query(`update recipient set password_hash = ? where ticket_id = ?`, [
      await legacyScryptHash('recipient-pass-1'),
      ticket!.id,
    ]);
    const login = await recipientLogin(server.caller(), {
      siteCode: campaign.site.code,
      ticketNumber: recipient!.ticketNumber,
      password: 'recipient-pass-1',
    });
    expect(login.data!.recipientLogin.ok).toBe(true);
    const [row] = await server.query<{ password_hash: string }>(
      `select password_hash from recipient where ticket_id = ?`,
      [ticket!.id],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
  });
});
