import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, laterToday, tokyoAt } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import { graphql } from '../testkit/generated/index.js';
import {
  AUDIT_LOG,
  BOOK,
  EXPORT_RESERVATIONS,
  RECIPIENT_LOGIN,
  RESERVATIONS,
  REGISTER_RECIPIENT,
  ROSTER,
} from '../testkit/operations.js';
import { VENUE_DAY_SEARCH } from '../testkit/records-operations.js';
import { TestServer } from '../testkit/server.js';
import { localDateOf } from '../../server/src/shared/time.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

const SITE_NAMES_POLICY = graphql(`
  query LatinNamesSitePolicy($code: String!) {
    site(code: $code) {
      plan
      allowLatinNames
    }
  }
`);
const CREATE_SITE_WITH_NAMES = graphql(`
  mutation LatinNamesCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      code
      plan
      allowLatinNames
    }
  }
`);
const SET_LATIN_NAMES = graphql(`
  mutation LatinNamesUpdateSite($input: UpdateSiteSettingsInput!) {
    updateSiteSettings(input: $input) {
      id
      allowLatinNames
    }
  }
`);
const MY_NAMES = graphql(`
  query LatinNamesMe {
    me {
      registered
      familyNameKana
      givenNameKana
    }
  }
`);

const PASSWORD = 'latin-pass-1';

/** A campaign whose site takes Latin names (switched on by its operator). */
async function latinCampaign(plan: 'MUNICIPAL' | 'WORKPLACE' | 'CLINIC'): Promise<Campaign> {
  const campaign = await Campaign.create(server, { plan });
  await campaign.operator.data(SET_LATIN_NAMES, {
    input: { siteId: campaign.site.id, allowLatinNames: true },
  });
  return campaign;
}

/** A fresh ticket of the campaign, logged in with its birth date (not registered yet). */
async function firstLogin(campaign: Campaign): Promise<Caller> {
  const [number] = await campaign.tickets(1);
  return campaign.login(number!);
}

function register(caller: Caller, familyNameKana: string, givenNameKana: string) {
  return caller.request(REGISTER_RECIPIENT, {
    input: { familyNameKana, givenNameKana, password: PASSWORD, acceptTerms: true },
  });
}

describe('names in Latin letters (a site setting)', () => {
  it('a new site of any plan takes katakana only unless created with Latin names allowed', async () => {
    const operator = await server.operator();
    const made = [];
    for (const plan of ['MUNICIPAL', 'WORKPLACE', 'CLINIC'] as const) {
      const { createSite } = await operator.data(CREATE_SITE_WITH_NAMES, { input: { name: plan, plan } });
      made.push(createSite);
      const { site } = await server.caller().data(SITE_NAMES_POLICY, { code: createSite.code });
      expect(site).toEqual({ plan, allowLatinNames: false });
    }
    const explicit = await operator.data(CREATE_SITE_WITH_NAMES, {
      input: { name: 'explicit', plan: 'WORKPLACE', allowLatinNames: true },
    });
    expect(explicit.createSite.allowLatinNames).toBe(true);
    const municipalOn = await operator.data(CREATE_SITE_WITH_NAMES, {
      input: { name: 'explicit', plan: 'MUNICIPAL', allowLatinNames: true },
    });
    expect(municipalOn.createSite.allowLatinNames).toBe(true);
    expect(made).toHaveLength(3);
  });

  it('where the site does not allow them, a Latin name is refused with BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const campaign = await Campaign.create(server, { plan: 'MUNICIPAL' });
    const { site } = await server.caller().data(SITE_NAMES_POLICY, { code: campaign.site.code });
    expect(site.allowLatinNames).toBe(false);
    const caller = await firstLogin(campaign);

    for (const [family, given, field] of [
      ['Smith', 'ジョン', 'familyNameKana'],
      ['スミス', 'John', 'givenNameKana'],
      ['Ｓｍｉｔｈ', 'ジョン', 'familyNameKana'],
    ] as const) {
      const refused = await register(caller, family, given);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(refused.errors?.[0]?.message).toBe('Write the name in katakana');
    }
    // No partial write: still unregistered, and the birth date still logs in.
    expect((await caller.data(MY_NAMES)).me).toEqual({
      registered: false,
      familyNameKana: null,
      givenNameKana: null,
    });

    const kana = await register(caller, 'ｽﾐｽ', 'ジョン');
    expect(kana.errors).toBeUndefined();
    expect(kana.data?.registerRecipient).toMatchObject({ familyNameKana: 'スミス', givenNameKana: 'ジョン' });
  });

  it('once a site admin allows them, Latin names are stored as typed, full-width ones as ASCII, and kana still works', async () => {
    const campaign = await Campaign.create(server, { plan: 'MUNICIPAL' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { updateSiteSettings } = await admin.data(SET_LATIN_NAMES, {
      input: { siteId: campaign.site.id, allowLatinNames: true },
    });
    expect(updateSiteSettings.allowLatinNames).toBe(true);
    const { auditLog } = await admin.data(AUDIT_LOG, { siteId: campaign.site.id, first: 1 });
    expect(auditLog.edges[0]?.node).toMatchObject({
      action: 'updateSiteSettings',
      before: { allowLatinNames: false },
      after: { allowLatinNames: true },
    });

    const cases = [
      [
        ["O'Brien", 'Mary Ann'],
        ["O'Brien", 'Mary Ann'],
      ],
      [
        ['Smith-Jones', 'J. R.'],
        ['Smith-Jones', 'J. R.'],
      ],
      [
        ['Ｍｕｌｌｅｒ', 'ｊｏｈｎ'],
        ['Muller', 'john'],
      ],
      [
        ['O’Neil', ' Anne '],
        ["O'Neil", 'Anne'],
      ],
      [
        ['ヤマダ', 'ﾊﾅｺ'],
        ['ヤマダ', 'ハナコ'],
      ],
    ] as const;
    for (const [[family, given], [storedFamily, storedGiven]] of cases) {
      const caller = await firstLogin(campaign);
      const answer = await register(caller, family, given);
      expect(answer.errors, `${family} ${given}`).toBeUndefined();
      expect(answer.data?.registerRecipient).toMatchObject({
        registered: true,
        familyNameKana: storedFamily,
        givenNameKana: storedGiven,
      });
      expect((await caller.data(MY_NAMES)).me).toEqual({
        registered: true,
        familyNameKana: storedFamily,
        givenNameKana: storedGiven,
      });
    }

    // Still refused: a mix of scripts, kanji, digits, a name that starts like a formula.
    const caller = await firstLogin(campaign);
    for (const [family, given, field] of [
      ['Smith スミス', 'John', 'familyNameKana'],
      ['Smith', '太郎', 'givenNameKana'],
      ['-Smith', 'John', 'familyNameKana'],
      ['Smith', 'John3', 'givenNameKana'],
    ] as const) {
      const refused = await register(caller, family, given);
      expect(refused.errors?.[0]?.extensions, family).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(refused.errors?.[0]?.message).toBe('Write the name in katakana or in Latin letters');
    }
    expect((await caller.data(MY_NAMES)).me.registered).toBe(false);
  });

  it('switched off again, new Latin names are refused and those already registered stay and still log in', async () => {
    const campaign = await latinCampaign('WORKPLACE');
    const registered = await firstLogin(campaign);
    expect((await register(registered, 'Smith', 'John')).errors).toBeUndefined();

    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await admin.data(SET_LATIN_NAMES, { input: { siteId: campaign.site.id, allowLatinNames: false } });
    const refused = await register(await firstLogin(campaign), 'Smith', 'Jane');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'familyNameKana',
    });

    expect((await registered.data(MY_NAMES)).me).toMatchObject({
      familyNameKana: 'Smith',
      givenNameKana: 'John',
    });
    const { tickets } = await admin.data(ROSTER, { siteId: campaign.site.id, first: 10 });
    expect(tickets.edges.map((e) => [e.node.familyNameKana, e.node.givenNameKana])).toContainEqual([
      'Smith',
      'John',
    ]);
  });

  it('only admins of the site change the setting (another site’s admin sees no such site; a recipient is refused)', async () => {
    const campaign = await Campaign.create(server, { plan: 'MUNICIPAL' });
    const other = await Campaign.create(server, { plan: 'MUNICIPAL' });
    const otherAdmin = await adminOf(other, 'SITE_ADMIN');
    const recipient = await firstLogin(campaign);
    const input = { siteId: campaign.site.id, allowLatinNames: true };
    expect(await otherAdmin.errorCode(SET_LATIN_NAMES, { input })).toBe('NOT_FOUND');
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(await recipient.errorCode(SET_LATIN_NAMES, { input }));
    const { site } = await server.caller().data(SITE_NAMES_POLICY, { code: campaign.site.code });
    expect(site.allowLatinNames).toBe(false);
  });

  it('a Latin name goes out in the reservation export as typed, in UTF-8 and in CP932', async () => {
    const campaign = await latinCampaign('CLINIC');
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(3, '10:00'), 3);
    const [number] = await campaign.tickets(1);
    const { recipientLogin } = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
    });
    if (!recipientLogin.ok) throw new Error('login failed');
    const person = server.caller(recipientLogin.token);
    expect((await register(person, "O'Brien", 'Mary-Jane')).errors).toBeUndefined();
    const { bookReservation } = await person.data(BOOK, { input: { slotId: slot } });
    expect(bookReservation.ok).toBe(true);

    for (const encoding of ['UTF8_BOM', 'CP932'] as const) {
      const { exportReservations } = await admin.data(EXPORT_RESERVATIONS, {
        input: { siteId: campaign.site.id, encoding },
      });
      expect(exportReservations.rowCount).toBe(1);
      const raw = Buffer.from(exportReservations.base64, 'base64');
      const text = encoding === 'CP932' ? iconv.decode(raw, 'cp932') : raw.subarray(3).toString('utf8');
      expect(text.split('\r\n')[1]).toContain(`,O'Brien,Mary-Jane,`);
    }
  });

  it('staff find a Latin-named person by name in any case: roster search, reservation list and venue-day desk', async () => {
    const campaign = await latinCampaign('WORKPLACE');
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const startsAt = await laterToday();
    const slot = await campaign.slot(startsAt, 5);
    const people: [string, string][] = [
      ["O'Brien", 'Mary Ann'],
      ['Obama', 'Ken'],
      ['オブライエン', 'メアリー'],
    ];
    for (const [family, given] of people) {
      const caller = await firstLogin(campaign);
      expect((await register(caller, family, given)).errors).toBeUndefined();
      const { bookReservation } = await caller.data(BOOK, { input: { slotId: slot } });
      expect(bookReservation.ok).toBe(true);
    }
    const names = (rows: { familyNameKana: string | null }[]) => rows.map((r) => r.familyNameKana).sort();

    // The roster: a prefix of family then given name, spaces ignored, any case; kana as before.
    const roster = async (search: string) =>
      (
        await admin.data(ROSTER, { siteId: campaign.site.id, first: 20, filter: { search } })
      ).tickets.edges.map((e) => e.node);
    expect(names(await roster('ob'))).toEqual(["O'Brien", 'Obama']);
    expect(names(await roster("o'brienmarya"))).toEqual(["O'Brien"]);
    expect(names(await roster('obrien m'))).toEqual(["O'Brien"]);
    expect(names(await roster('Ｏ’ＢＲＩＥＮ Ｍ'))).toEqual(["O'Brien"]);
    expect(names(await roster('おぶらい'))).toEqual(['オブライエン']);
    expect(await roster('brien')).toEqual([]);

    // The reservation list: part of the name, any case.
    const listed = async (name: string) =>
      (
        await admin.data(RESERVATIONS, { siteId: campaign.site.id, filter: { name }, first: 20 })
      ).reservations.edges.map((e) => e.node);
    expect(names(await listed('brien'))).toEqual(["O'Brien"]);
    expect(names(await listed("o'brien"))).toEqual(["O'Brien"]);
    expect(names(await listed('ANN'))).toEqual(["O'Brien"]);
    expect(names(await listed('ライエン'))).toEqual(['オブライエン']);

    // The venue-day desk.
    const desk = (query: string) =>
      staff.request(VENUE_DAY_SEARCH, {
        venueId: campaign.venueId,
        date: localDateOf(startsAt, 'Asia/Tokyo'),
        query,
      });
    expect((await desk('obama ken')).data?.venueDaySearch).toHaveLength(1);
    expect((await desk('mary ann')).data?.venueDaySearch).toHaveLength(1);
    expect((await desk('obama;--')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
  });
});
