import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import {
  ADMIN_LOGIN,
  CREATE_ADMIN_USER,
  CREATE_SITE,
  CREATE_SLOT,
  CREATE_VENUE,
  GENERATE_SLOTS,
  LOGOUT,
  MY_RESERVATIONS,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
  REGISTER_TICKETS,
  SELF_REGISTER_TICKET,
} from '../testkit/operations.js';
import { Caller } from '../testkit/graphql-client.js';
import { TestServer } from '../testkit/server.js';
import { graphql } from '../testkit/generated/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ loginFailuresPerAccount: 5, loginFailuresPerClient: 12 });
});
afterAll(() => server.close());

describe('recipient login', () => {
  it('first login uses the birth date; after registration only the password works', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const caller = server.caller();
    const first = await caller.data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
    });
    expect(first.recipientLogin).toMatchObject({ ok: true, registrationRequired: true });
    await server.caller(first.recipientLogin.token).data(REGISTER_RECIPIENT, {
      input: {
        familyNameKana: 'スズキ',
        givenNameKana: 'イチロウ',
        password: 'a-good-password',
        acceptTerms: true,
      },
    });

    const byBirthDate = await caller.data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
    });
    expect(byBirthDate.recipientLogin.error?.code).toBe('INVALID_CREDENTIALS');
    const byPassword = await caller.data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, password: 'a-good-password' },
    });
    expect(byPassword.recipientLogin).toMatchObject({ ok: true, registrationRequired: false });
  });

  it('a ticket registered on another site does not log in here', async () => {
    const home = await Campaign.create(server);
    const elsewhere = await Campaign.create(server);
    const [number] = await home.tickets(1);
    const result = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: elsewhere.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
    });
    expect(result.recipientLogin.error?.code).toBe('INVALID_CREDENTIALS');
  });

  it('after 5 failures a ticket is locked with a retry-after, even for the right birth date', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const attempt = (caller = server.caller(), birthDate = '1999-01-01') =>
      caller.data(RECIPIENT_LOGIN, {
        input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate },
      });
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push((await attempt()).recipientLogin.error?.code);
    expect(failures).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'TOO_MANY_ATTEMPTS',
    ]);
    const locked = await attempt(server.caller(), BIRTH_DATE);
    expect(locked.recipientLogin.ok).toBe(false);
    expect(locked.recipientLogin.error?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.recipientLogin.error?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('one client address guessing many ticket numbers is locked out', async () => {
    const campaign = await Campaign.create(server);
    const guesser = server.caller();
    const codes = [];
    for (let i = 0; i < 13; i++) {
      const result = await guesser.data(RECIPIENT_LOGIN, {
        input: {
          siteCode: campaign.site.code,
          ticketNumber: String(5_000_000_000 + i),
          birthDate: BIRTH_DATE,
        },
      });
      codes.push(result.recipientLogin.error?.code);
    }
    expect(codes.slice(0, 11).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes.slice(11)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });

  it('with no trusted proxies (the default), rotating X-Forwarded-For does not escape the address’s lock', async () => {
    const campaign = await Campaign.create(server);
    const direct = await TestServer.start({ trustedProxies: [], loginFailuresPerClient: 12 });
    try {
      const codes = [];
      for (let i = 0; i < 13; i++) {
        const result = await new Caller(direct.url).fromAddress(`203.0.113.${i}`).data(RECIPIENT_LOGIN, {
          input: {
            siteCode: campaign.site.code,
            ticketNumber: String(5_100_000_000 + i),
            birthDate: BIRTH_DATE,
          },
        });
        codes.push(result.recipientLogin.error?.code);
      }
      expect(codes.slice(0, 11).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
      expect(codes.slice(11)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    } finally {
      await direct.close();
    }
  });

  it('logout revokes the token at once', async () => {
    const campaign = await Campaign.create(server);
    const [recipient] = await campaign.recipients(1);
    expect(await recipient!.data(LOGOUT)).toEqual({ logout: true });
    expect(await recipient!.errorCode(MY_RESERVATIONS)).toBe('UNAUTHENTICATED');
  });
});

describe('clinic self-registration', () => {
  it('accepts a valid municipality code; the person then logs in; the same ticket again changes nothing', async () => {
    const clinic = await Campaign.create(server, { plan: 'CLINIC' });
    const input = {
      siteCode: clinic.site.code,
      municipalityCode: '131016',
      ticketNumber: '７７７７７７７７７７',
      birthDate: '1950-01-02',
    };
    const first = await server.caller().data(SELF_REGISTER_TICKET, { input });
    expect(first.selfRegisterTicket.ok).toBe(true);
    const login = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: clinic.site.code, ticketNumber: input.ticketNumber, birthDate: input.birthDate },
    });
    expect(login.recipientLogin.ok).toBe(true);
    const me = await server.caller(login.recipientLogin.token).data(
      graphql(`
        query MyTicket {
          me {
            ticketNumber
            registered
          }
        }
      `),
    );
    expect(me.me).toEqual({ ticketNumber: '7777777777', registered: false });
    const again = await server
      .caller()
      .data(SELF_REGISTER_TICKET, { input: { ...input, birthDate: '1960-05-05' } });
    expect(again).toEqual(first);
    const [row] = await server.query<{ n: number; birth: string }>(
      `select count(*)::int as n, max(to_char(birth_date, 'YYYY-MM-DD')) as birth from ticket where site_id = ?`,
      [clinic.site.id],
    );
    expect(row).toEqual({ n: 1, birth: '1950-01-02' });
  });

  it('refuses a wrong check digit and sites of other plans, writing no ticket', async () => {
    const clinic = await Campaign.create(server, { plan: 'CLINIC' });
    const municipal = await Campaign.create(server, { plan: 'MUNICIPAL' });
    const wrongDigit = await server.caller().data(SELF_REGISTER_TICKET, {
      input: {
        siteCode: clinic.site.code,
        municipalityCode: '131017',
        ticketNumber: '7777777778',
        birthDate: '1950-01-02',
      },
    });
    const wrongPlan = await server.caller().data(SELF_REGISTER_TICKET, {
      input: {
        siteCode: municipal.site.code,
        municipalityCode: '131016',
        ticketNumber: '7777777778',
        birthDate: '1950-01-02',
      },
    });
    expect(wrongDigit.selfRegisterTicket.error?.code).toBe('INVALID_MUNICIPALITY_CODE');
    expect(wrongPlan.selfRegisterTicket.error?.code).toBe('NOT_ALLOWED_FOR_SITE');
    const [row] = await server.query<{ n: number }>(
      `select count(*)::int as n from ticket where site_id in (?, ?)`,
      [clinic.site.id, municipal.site.id],
    );
    expect(row!.n).toBe(0);
  });
});

describe('permissions', () => {
  it('anonymous callers get UNAUTHENTICATED and recipients get FORBIDDEN on admin operations', async () => {
    const campaign = await Campaign.create(server);
    const [recipient] = await campaign.recipients(1);
    const createVenue = { input: { siteId: campaign.site.id, name: 'X', address: '', vaccineIds: [] } };
    expect(await server.caller().errorCode(CREATE_VENUE, createVenue)).toBe('UNAUTHENTICATED');
    expect(await recipient!.errorCode(CREATE_VENUE, createVenue)).toBe('FORBIDDEN');
    expect(await recipient!.errorCode(CREATE_SITE, { input: { name: 'X', plan: 'CLINIC' } })).toBe(
      'FORBIDDEN',
    );
  });

  it('a site admin manages their own site; another site’s objects answer NOT_FOUND, operator work FORBIDDEN', async () => {
    const own = await Campaign.create(server);
    const other = await Campaign.create(server);
    await own.operator.data(CREATE_ADMIN_USER, {
      input: {
        email: `admin-${own.site.code}@test.example`,
        displayName: 'A',
        password: 'site-admin-pass-1',
        role: 'SITE_ADMIN',
        siteId: own.site.id,
      },
    });
    const { adminLogin } = await server.caller().data(ADMIN_LOGIN, {
      input: { email: `admin-${own.site.code}@test.example`, password: 'site-admin-pass-1' },
    });
    const siteAdmin = server.caller(adminLogin.token);

    const slot = (c: Campaign) => ({
      input: {
        venueId: c.venueId,
        vaccineId: c.vaccineId,
        startsAt: tokyoAt(5, '10:00').toISOString(),
        endsAt: tokyoAt(5, '10:30').toISOString(),
        capacity: 3,
      },
    });
    expect((await siteAdmin.request(CREATE_SLOT, slot(own))).errors).toBeUndefined();
    expect(await siteAdmin.errorCode(CREATE_SLOT, slot(other))).toBe('NOT_FOUND');
    expect(
      await siteAdmin.errorCode(REGISTER_TICKETS, {
        input: {
          siteId: other.site.id,
          kind: 'REAL',
          tickets: [{ number: '1234567890', birthDate: '1990-01-01' }],
        },
      }),
    ).toBe('NOT_FOUND');
    expect(await siteAdmin.errorCode(CREATE_SITE, { input: { name: 'X', plan: 'CLINIC' } })).toBe(
      'FORBIDDEN',
    );
    expect(
      await siteAdmin.errorCode(CREATE_ADMIN_USER, {
        input: {
          email: 'x@test.example',
          displayName: 'X',
          password: 'xxxxxxxxxxxx',
          role: 'SITE_ADMIN',
          siteId: other.site.id,
        },
      }),
    ).toBe('NOT_FOUND');
    expect(
      await siteAdmin.errorCode(GENERATE_SLOTS, {
        input: {
          venueId: other.venueId,
          vaccineId: other.vaccineId,
          fromDate: '2030-01-01',
          toDate: '2030-01-02',
          weekdays: [1],
          dayStart: '09:00',
          dayEnd: '10:00',
          slotMinutes: 30,
          capacity: 1,
        },
      }),
    ).toBe('NOT_FOUND');
    const [row] = await server.query<{ n: number }>(`select count(*)::int as n from slot where site_id = ?`, [
      other.site.id,
    ]);
    expect(row!.n).toBe(0);
  });

  it('ids that name nothing are NOT_FOUND or BAD_USER_INPUT, never an internal error', async () => {
    const campaign = await Campaign.create(server);
    const availability = await server.caller().request(
      graphql(`
        query AvailabilityOfNothing {
          availability(venueId: "x", vaccineId: "y", from: "2026-01-01", to: "2026-01-02") {
            days {
              date
            }
          }
        }
      `),
    );
    expect(availability.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missingSite = await campaign.operator.errorCode(CREATE_VENUE, {
      input: { siteId: '00000000-0000-4000-8000-000000000000', name: 'X', address: '', vaccineIds: [] },
    });
    expect(missingSite).toBe('NOT_FOUND');
    const malformed = await campaign.operator.errorCode(CREATE_VENUE, {
      input: { siteId: 'S0001', name: 'X', address: '', vaccineIds: [] },
    });
    expect(malformed).toBe('BAD_USER_INPUT');
  });
});

describe('availability costs a constant number of SQL statements', () => {
  it('a week and two months of slots take the same number of statements', async () => {
    const campaign = await Campaign.create(server);
    await campaign.operator.data(GENERATE_SLOTS, {
      input: {
        venueId: campaign.venueId,
        vaccineId: campaign.vaccineId,
        fromDate: '2030-04-01',
        toDate: '2030-05-31',
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        dayStart: '09:00',
        dayEnd: '17:00',
        slotMinutes: 15,
        capacity: 4,
      },
    });
    const ask = (to: string) =>
      server.caller().request(
        graphql(`
          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {
            availability(venueId: $venueId, vaccineId: $vaccineId, from: "2030-04-01", to: $to) {
              days {
                date
                remaining
                bookable
              }
              slots {
                id
                remaining
                venue {
                  name
                }
                vaccine {
                  name
                }
              }
            }
          }
        `),
        { venueId: campaign.venueId, vaccineId: campaign.vaccineId, to },
      );
    const week = await ask('2030-04-07');
    const twoMonths = await ask('2030-05-31');
    expect(week.data!.availability.slots).toHaveLength(7 * 32);
    expect(twoMonths.data!.availability.slots).toHaveLength(61 * 32);
    expect(twoMonths.data!.availability.days).toHaveLength(61);
    expect(week.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(twoMonths.extensions?.sqlStatements).toBe(week.extensions?.sqlStatements);
    console.log(
      `availability SQL statements: 7 days/224 slots → ${week.extensions?.sqlStatements}, 61 days/1952 slots → ${twoMonths.extensions?.sqlStatements}`,
    );
  });
});
