import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_DATE, Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import { CANCEL, MY_RESERVATIONS, RECIPIENT_LOGIN } from '../testkit/operations.js';
import { graphql } from '../testkit/generated/index.js';
import { TestServer } from '../testkit/server.js';

// Issue 17: answers that came from memory (a refusal of a slot known full, a kept month view) are kept as
// bytes and served again while that memory holds. Two instances on one database: a change on A retires
// B's kept answers as soon as its event has arrived.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  [a, b] = await TestServer.startPair();
});
afterAll(() => Promise.all([a.close(), b.close()]));

// Plain strings: the request bytes are the key of a kept answer.
const BOOK = `mutation Book($input: BookReservationInput!) {
  bookReservation(input: $input) { ok error { code message __typename } reservations { id dose } __typename }
}`;
const MONTH = `query Month($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
  availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
    slots { id startsAt endsAt remaining status ...Picker __typename }
    __typename
  }
}
fragment Picker on Slot { capacity remaining }`;

/** One POST as a browser sends it; the answer's status, content type and exact bytes. */
async function post(server: TestServer, caller: Caller | undefined, body: Record<string, unknown>) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(caller?.token ? { authorization: `Bearer ${caller.token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

const codeOf = (answer: { text: string }) =>
  (
    JSON.parse(answer.text) as {
      data?: { bookReservation?: { ok: boolean; error: { code: string } | null } };
    }
  ).data?.bookReservation;

/** Every hub has pushed what it heard, and the bus has had time to deliver it (loopback: milliseconds). */
async function settle() {
  await Promise.all([a.app.services.availability.settle(), b.app.services.availability.settle()]);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await Promise.all([a.app.services.availability.settle(), b.app.services.availability.settle()]);
}

describe('answers kept while the memory they came from holds', () => {
  it('a kept refusal is the executed answer byte for byte, shared by the site, and retired by a cancellation on the other instance', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 1);
    const [holder, late, later] = await campaign.recipients(3);
    const book = { query: BOOK, variables: { input: { slotId, dose: 1 } } };
    const booked = codeOf(await post(a, holder, book));
    expect(booked?.ok).toBe(true);
    await expect
      .poll(() => b.app.services.availabilityView.knownFull(slotId, campaign.site.id), { timeout: 5000 })
      .toBe(true);
    // Each recipient's session is known to B, so every answer below costs the same statements (none).
    for (const r of [late!, later!]) await post(b, r, { query: '{ __typename }' });

    // B's first refusal may come from the database (it has not seen this site's booking mode yet); from then
    // on the view answers, and that answer is kept: one answer for the request, whoever of the site sends it.
    const before = b.app.answers.size();
    expect(codeOf(await post(b, late, book))?.error?.code).toBe('SLOT_FULL');
    const executed = await post(b, late, book);
    expect(codeOf(executed)?.error?.code).toBe('SLOT_FULL');
    expect(b.app.answers.size()).toBe(before + 1);
    // Another recipient of the site gets the kept bytes; the same request forced through execution (an
    // `extensions` member is never answered from the cache) gives the same bytes.
    const served = await post(b, later, book);
    const forced = await post(b, later, { ...book, extensions: {} });
    expect(b.app.answers.size()).toBe(before + 1);
    expect(served).toEqual(forced);
    expect(executed).toEqual(forced);
    expect(executed.text).toContain('"sqlStatements":0');

    // A place freed on A: once its event has arrived, B books it, though it kept a refusal for this request.
    const reservationId = (
      JSON.parse((await post(a, holder, { query: `{ myReservations { id } }` })).text) as {
        data: { myReservations: { id: string }[] };
      }
    ).data.myReservations[0]!.id;
    expect(
      (await holder!.withUrl(a.url).data(CANCEL, { input: { reservationId } })).cancelReservation.ok,
    ).toBe(true);
    await expect
      .poll(async () => codeOf(await post(b, late, book))?.ok, { timeout: 2000, interval: 20 })
      .toBe(true);
  });

  it('a kept month view is the executed answer byte for byte, and a booking on A retires it on B', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(6, '10:00'), 3);
    const [recipient] = await campaign.recipients(1);
    await settle();
    const month = {
      query: MONTH,
      variables: {
        venueId: campaign.venueId,
        vaccineId: campaign.vaccineId,
        from: tokyoDate(0),
        to: tokyoDate(30),
      },
    };
    // The first read fills the month-view cache; the next is executed from it and kept; then served.
    const before = b.app.answers.size();
    await post(b, undefined, month);
    const executed = await post(b, undefined, month);
    expect(b.app.answers.size()).toBe(before + 1);
    const served = await post(b, undefined, month);
    expect(b.app.answers.size()).toBe(before + 1);
    expect(served).toEqual(executed);
    expect(await post(b, undefined, { ...month, extensions: {} })).toEqual(executed);
    expect(executed.text).toContain(`"id":"${slotId}"`);
    expect(executed.text).toContain('"remaining":3');

    expect(
      codeOf(await post(a, recipient, { query: BOOK, variables: { input: { slotId, dose: 1 } } }))?.ok,
    ).toBe(true);
    await expect
      .poll(async () => (await post(b, undefined, month)).text.includes('"remaining":2'), {
        timeout: 2000,
        interval: 20,
      })
      .toBe(true);
  });

  it('keeps nothing that depends on more than the memory: another root field, the clock-dependent days', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(7, '10:00'), 1);
    const [first, second] = await campaign.recipients(2);
    await settle();
    const variables = {
      venueId: campaign.venueId,
      vaccineId: campaign.vaccineId,
      from: tokyoDate(0),
      to: tokyoDate(30),
    };
    const withMine = `query ($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
      availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) { slots { id remaining } }
      myReservations { id }
    }`;
    const withDays = `query ($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
      availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) { days { date bookable } }
    }`;
    expect(codeOf(await post(a, first, { query: BOOK, variables: { input: { slotId, dose: 1 } } }))?.ok).toBe(
      true,
    );
    const before = b.app.answers.size();
    for (let i = 0; i < 3; i++) {
      await post(b, first, { query: withMine, variables });
      await post(b, first, { query: withDays, variables });
    }
    expect(b.app.answers.size()).toBe(before);
    // Two recipients of one site asking the same document each see their own reservations.
    const mine = (caller: Caller) =>
      post(b, caller, { query: withMine, variables }).then(
        (r) => (JSON.parse(r.text) as { data: { myReservations: unknown[] } }).data.myReservations.length,
      );
    expect(await mine(first!)).toBe(1);
    expect(await mine(second!)).toBe(0);
  });
});

const RENAME_SITE = graphql(`
  mutation AnswerCacheRenameSite($input: UpdateSiteSettingsInput!) {
    updateSiteSettings(input: $input) {
      id
      name
    }
  }
`);
const CREATE_SITE = graphql(`
  mutation AnswerCacheCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
    }
  }
`);

describe("a site's public settings kept by code", () => {
  // The booking app's first request (SiteShell), as a plain string.
  const SHELL = `query SiteShell($siteCode: String!) {
    site(code: $siteCode) { id code name contactPhone passwordResetFact __typename }
  }`;
  const shellOf = (answer: { text: string }) =>
    (JSON.parse(answer.text) as { data: { site: { name: string; contactPhone: string | null } } | null }).data
      ?.site ?? null;

  it('is read once, kept as bytes, and retired at once by a change through the API on either instance or by SQL', async () => {
    const campaign = await Campaign.create(a);
    const shell = { query: SHELL, variables: { siteCode: campaign.site.code } };
    await settle();
    // The first read fills the instance's memory; the next is executed from it (no statement) and kept.
    const before = b.app.answers.size();
    const first = await post(b, undefined, shell);
    expect(first.text).toContain('"sqlStatements":1');
    const executed = await post(b, undefined, shell);
    expect(executed.text).toContain('"sqlStatements":0');
    expect(b.app.answers.size()).toBe(before + 1);
    const served = await post(b, undefined, shell);
    expect(served).toEqual(executed);
    expect(await post(b, undefined, { ...shell, extensions: {} })).toEqual(executed);

    // An admin renames the site on A: B's kept answer goes as soon as the database's notice arrives.
    const renamed = await campaign.operator.data(RENAME_SITE, {
      input: { siteId: campaign.site.id, name: 'Renamed on A' },
    });
    expect(renamed.updateSiteSettings.name).toBe('Renamed on A');
    await expect
      .poll(async () => shellOf(await post(b, undefined, shell))?.name, { timeout: 2000, interval: 20 })
      .toBe('Renamed on A');

    // On the instance that answered the change, the next request already sees it (no wait for the notice).
    await post(b, undefined, shell);
    await post(b, undefined, shell);
    const onB = await campaign.operator.withUrl(b.url).data(RENAME_SITE, {
      input: { siteId: campaign.site.id, name: 'Renamed on B' },
    });
    expect(onB.updateSiteSettings.name).toBe('Renamed on B');
    expect(shellOf(await post(b, undefined, shell))?.name).toBe('Renamed on B');

    // A write that is no API call at all (a script, a migration) is announced by the database too.
    await post(a, undefined, shell);
    await post(a, undefined, shell);
    await a.query(`update site set contact_phone = '045-000-0000' where id = ?`, [campaign.site.id]);
    await expect
      .poll(async () => shellOf(await post(a, undefined, shell))?.contactPhone, {
        timeout: 2000,
        interval: 20,
      })
      .toBe('045-000-0000');
  });

  it('a login takes the site from memory and costs two statements (count and read the ticket, then the session), the next page finds the session cached', async () => {
    const campaign = await Campaign.create(a);
    const [number] = await campaign.tickets(1);
    await post(b, undefined, { query: SHELL, variables: { siteCode: campaign.site.code } });
    const login = (birthDate: string) =>
      b.caller().request(RECIPIENT_LOGIN, {
        input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate },
      });
    // An instance's first login also sweeps old throttle rows (once per ten minutes): not counted here.
    await login('1961-02-04');
    const wrong = await login('1961-02-03');
    expect(wrong.data?.recipientLogin.error?.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.extensions?.sqlStatements).toBe(1);
    const right = await login(BIRTH_DATE);
    expect(right.data?.recipientLogin.ok).toBe(true);
    expect(right.extensions?.sqlStatements).toBe(2);
    // The page it leads to finds the new session in the instance's cache (no lookup), and it works.
    const token = right.data!.recipientLogin.token!;
    expect(b.app.services.auth.principals.get(token)).toMatchObject({
      kind: 'recipient',
      siteId: campaign.site.id,
    });
    expect((await b.caller(token).request(MY_RESERVATIONS)).errors).toBeUndefined();
    // The count the failures left on the ticket went with the success, in the session's statement.
    expect(
      await a.query(`select 1 from login_throttle where key = ?`, [`ticket:${campaign.site.id}:${number}`]),
    ).toHaveLength(0);
  });

  it('an unknown code is NOT_FOUND every time, and a site created with it is found at once', async () => {
    const campaign = await Campaign.create(a);
    const code = `K${Date.now().toString(36).slice(-6).toUpperCase()}`;
    const shell = { query: SHELL, variables: { siteCode: code } };
    for (let i = 0; i < 2; i++) {
      const missing = await post(b, undefined, shell);
      expect(missing.text).toContain('NOT_FOUND');
      expect(shellOf(missing)).toBeNull();
    }
    await campaign.operator.data(CREATE_SITE, {
      input: { code, name: 'Created later', plan: 'MUNICIPAL' },
    });
    await expect
      .poll(async () => shellOf(await post(b, undefined, shell))?.name, { timeout: 2000, interval: 20 })
      .toBe('Created later');
  });
});

const RENAME_VENUE = graphql(`
  mutation AnswerCacheRenameVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      id
      name
    }
  }
`);

describe("a site's venue list kept per site", () => {
  // The venue list every booking page asks for, as a plain string.
  const VENUES = `query Venues($siteCode: String!) {
    venues(siteCode: $siteCode) { id name address vaccines { id name doses doseIntervalDays } }
  }`;
  type Listed = { id: string; name: string; vaccines: { id: string; name: string }[] };
  const venuesOf = (answer: { text: string }) =>
    (JSON.parse(answer.text) as { data: { venues: Listed[] } }).data.venues;

  it('is read once per instance, and forgotten at once when a venue or a vaccine changes through the API on either instance or by SQL', async () => {
    const campaign = await Campaign.create(a);
    const list = { query: VENUES, variables: { siteCode: campaign.site.code } };
    await settle();
    // The first read fills the memory (the site may be read too); the next costs no statement.
    const first = await post(b, undefined, list);
    expect(venuesOf(first)).toEqual([
      expect.objectContaining({
        id: campaign.venueId,
        vaccines: [expect.objectContaining({ id: campaign.vaccineId })],
      }),
    ]);
    const kept = await post(b, undefined, list);
    expect(kept.text).toContain('"sqlStatements":0');
    expect(venuesOf(kept)).toEqual(venuesOf(first));

    // A venue renamed through A: B forgets its list as soon as the database's notice arrives.
    await campaign.operator.data(RENAME_VENUE, { input: { venueId: campaign.venueId, name: '港北会場' } });
    await expect
      .poll(async () => venuesOf(await post(b, undefined, list))[0]?.name, { timeout: 2000, interval: 20 })
      .toBe('港北会場');

    // Renamed through B itself: the next read already sees it.
    await post(b, undefined, list);
    await campaign.operator
      .withUrl(b.url)
      .data(RENAME_VENUE, { input: { venueId: campaign.venueId, name: '都筑会場' } });
    expect(venuesOf(await post(b, undefined, list))[0]?.name).toBe('都筑会場');

    // A vaccine renamed, and a venue's vaccine withdrawn, by SQL (a script): announced by the database too.
    await post(b, undefined, list);
    await a.query(`update vaccine set name = 'Renamed by SQL' where id = ?`, [campaign.vaccineId]);
    await expect
      .poll(async () => venuesOf(await post(b, undefined, list))[0]?.vaccines[0]?.name, {
        timeout: 2000,
        interval: 20,
      })
      .toBe('Renamed by SQL');
    await a.query(`delete from venue_vaccine where venue_id = ?`, [campaign.venueId]);
    await expect
      .poll(async () => venuesOf(await post(b, undefined, list))[0]?.vaccines, {
        timeout: 2000,
        interval: 20,
      })
      .toEqual([]);
  });
});
