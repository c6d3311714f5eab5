import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import {
  ASK_FAQ,
  BOOK,
  CREATE_FAQ_ENTRY,
  FAQ_COMMON_ENTRIES,
  FAQ_SITE_ENTRIES,
  FAQ_SUGGESTIONS,
  FAQ_UNANSWERED,
  REORDER_FAQ_ENTRIES,
  SET_FAQ_COMMON_ENTRY_HIDDEN,
  SET_FAQ_CONTACT,
  FAQ_CONTACT,
  UPDATE_FAQ_ENTRY,
  UPDATE_SITE_SETTINGS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

const ask = (campaign: Campaign, question: string, language: 'JA' | 'EN' = 'JA', caller = server.caller()) =>
  caller.data(ASK_FAQ, { input: { siteCode: campaign.site.code, question, language } }).then((r) => r.askFaq);

const entry = {
  questionJa: '駐車場はありますか',
  answerJa: '会場の駐車場は20台分です。',
  keywordsJa: '車 パーキング 停める',
  questionEn: 'Is there parking?',
  answerEn: 'The venue has 20 parking spaces.',
  keywordsEn: 'car park parking',
  link: null,
};

describe('the FAQ assistant, anonymous', () => {
  it('answers a Japanese question from the common entry, with the site’s current cut-off filled in', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 48 });
    const first = await ask(campaign, 'キャンセルはいつまでできますか');
    expect(first.answered).toBe(true);
    expect(first.answer?.entry).toMatchObject({ id: 'cancel-deadline', source: 'COMMON' });
    expect(first.answer?.text).toContain('48時間前');
    await campaign.operator.data(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, cancellationCutoffHours: 12 },
    });
    expect((await ask(campaign, 'キャンセルはいつまでできますか')).answer?.text).toContain('12時間前');
  });

  it('answers in English with a link into the app, and words the booking mode from the site', async () => {
    const set = await Campaign.create(server, { bookingMode: 'SET' });
    const login = await ask(set, 'How do I log in?', 'EN');
    expect(login.answer).toMatchObject({
      link: 'LOGIN',
      entry: { id: 'login-how', question: 'How do I log in?' },
    });
    expect(login.answer?.text).toContain('ticket number');
    expect((await ask(set, 'このサイトの予約方式は?')).answer?.text).toContain('セット予約');
    const separate = await Campaign.create(server, { bookingMode: 'SEPARATE' });
    expect((await ask(separate, 'このサイトの予約方式は?')).answer?.text).toContain('個別予約');
  });

  it('says it does not know an out-of-scope question, with the three nearest entries and the site’s contact', async () => {
    const campaign = await Campaign.create(server);
    const operator = campaign.operator;
    // None set: the admins read null, and the assistant names the site's office.
    expect((await operator.data(FAQ_CONTACT, { siteId: campaign.site.id })).faqContact).toBeNull();
    await operator.data(SET_FAQ_CONTACT, {
      input: {
        siteId: campaign.site.id,
        contactJa: '予約センター 0120-111-222',
        contactEn: 'Booking centre 0120-111-222',
      },
    });
    expect((await operator.data(FAQ_CONTACT, { siteId: campaign.site.id })).faqContact).toEqual({
      siteId: campaign.site.id,
      contactJa: '予約センター 0120-111-222',
      contactEn: 'Booking centre 0120-111-222',
    });
    const reply = await ask(campaign, 'おすすめのラーメン屋はどこ');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toBeNull();
    expect(reply.nearest).toHaveLength(3);
    expect(reply.contact).toBe('予約センター 0120-111-222');
    expect((await ask(campaign, 'what is the capital of france', 'EN')).contact).toBe(
      'Booking centre 0120-111-222',
    );
  });

  it('gives no medical advice: a side-effect question points to the contact and a doctor', async () => {
    const campaign = await Campaign.create(server, { siteName: '北市' });
    const reply = await ask(campaign, '副反応が心配です');
    expect(reply.answer?.medical).toBe(true);
    expect(reply.answer?.text).toContain('医学的な助言はできません');
    expect(reply.answer?.text).toContain('医師');
    expect(reply.answer?.text).toContain('北市の窓口');
  });

  it('suggests questions to start with, in the language asked, and answers a picked entry', async () => {
    const campaign = await Campaign.create(server);
    const { faqSuggestions } = await server
      .caller()
      .data(FAQ_SUGGESTIONS, { siteCode: campaign.site.code, language: 'EN' });
    expect(faqSuggestions.map((s) => s.id)).toEqual(['login-how', 'booking-how', 'change-date', 'bring']);
    const picked = await server.caller().data(ASK_FAQ, {
      input: { siteCode: campaign.site.code, language: 'EN', entryId: 'bring' },
    });
    expect(picked.askFaq.answer?.text).toContain('identity document');
  });

  it('refuses an empty or over-long question as bad input, and an unknown site as not found', async () => {
    const campaign = await Campaign.create(server);
    const caller = server.caller();
    const input = { siteCode: campaign.site.code, language: 'JA' as const };
    expect(await caller.errorCode(ASK_FAQ, { input: { ...input, question: 'あ'.repeat(301) } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await caller.errorCode(ASK_FAQ, { input: { ...input, question: '   ' } })).toBe('BAD_USER_INPUT');
    expect(
      await caller.errorCode(ASK_FAQ, { input: { ...input, siteCode: 'no-such-site', question: '持ち物' } }),
    ).toBe('NOT_FOUND');
  });
});

describe('the FAQ assistant, logged in', () => {
  it('answers "いつ予約していますか" with the person’s own booked appointments; anonymous gets none', async () => {
    const campaign = await Campaign.create(server, { venueName: '中央公民館' });
    const startsAt = tokyoAt(10, '10:00');
    const slotId = await campaign.slot(startsAt, 5);
    const recipient = await campaign.recipient();
    expect((await recipient.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
    const mine = await ask(campaign, 'いつ予約していますか', 'JA', recipient);
    expect(mine.answer?.entry.id).toBe('own-reservations');
    expect(mine.answer?.reservations).toEqual([
      expect.objectContaining({ dose: 1, venueName: '中央公民館', startsAt: startsAt.toISOString() }),
    ]);
    const cancel = await ask(campaign, 'キャンセルしたい', 'JA', recipient);
    expect(cancel.answer).toMatchObject({ link: 'MY_PAGE', entry: { id: 'cancel-how' } });
    expect(cancel.answer?.reservations).toHaveLength(1);
    expect((await ask(campaign, 'いつ予約していますか')).answer?.reservations).toBeNull();
  });
});

describe('site entries', () => {
  it('a site admin adds an entry that is answered, outranks a common one, and can be disabled', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { createFaqEntry } = await admin.data(CREATE_FAQ_ENTRY, {
      input: { siteId: campaign.site.id, ...entry },
    });
    expect(createFaqEntry).toMatchObject({ position: 1, enabled: true });
    const parking = await ask(campaign, '車を停める場所はある?');
    expect(parking.answer).toMatchObject({ text: '会場の駐車場は20台分です。', entry: { source: 'SITE' } });

    await admin.data(CREATE_FAQ_ENTRY, {
      input: {
        siteId: campaign.site.id,
        ...entry,
        questionJa: '当日の持ち物は何ですか',
        answerJa: '接種券と本人確認書類、それに上履きをお持ちください。',
        keywordsJa: '持ち物 持っていくもの 上履き',
        questionEn: 'What should I bring on the day?',
        answerEn: 'Your ticket, ID and indoor shoes.',
      },
    });
    const bring = await ask(campaign, '持ち物は何ですか');
    expect(bring.answer?.entry.source).toBe('SITE');
    expect(bring.answer?.text).toContain('上履き');

    await admin.data(UPDATE_FAQ_ENTRY, { input: { id: createFaqEntry.id, enabled: false } });
    expect((await ask(campaign, '駐車場はありますか')).answer?.entry.source).not.toBe('SITE');
  });

  it('a site admin hides a common entry; it is no longer answered for that site only', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await admin.data(SET_FAQ_COMMON_ENTRY_HIDDEN, {
      input: { siteId: campaign.site.id, entryId: 'cost', hidden: true },
    });
    const { faqCommonEntries } = await admin.data(FAQ_COMMON_ENTRIES, { siteId: campaign.site.id });
    expect(faqCommonEntries.find((e) => e.id === 'cost')?.hidden).toBe(true);
    expect((await ask(campaign, '接種に費用はかかりますか')).answer?.entry.id).not.toBe('cost');
    expect((await ask(other, '接種に費用はかかりますか')).answer?.entry.id).toBe('cost');
  });

  it('reorders the site’s entries; a list that misses one is refused and changes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const ids: string[] = [];
    for (const q of ['一つ目', '二つ目', '三つ目'])
      ids.push(
        (await admin.data(CREATE_FAQ_ENTRY, { input: { siteId: campaign.site.id, ...entry, questionJa: q } }))
          .createFaqEntry.id,
      );
    const reordered = await admin.data(REORDER_FAQ_ENTRIES, {
      input: { siteId: campaign.site.id, entryIds: [ids[2]!, ids[0]!, ids[1]!] },
    });
    expect(reordered.reorderFaqEntries.map((e) => e.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(
      await admin.errorCode(REORDER_FAQ_ENTRIES, {
        input: { siteId: campaign.site.id, entryIds: [ids[0]!, ids[1]!] },
      }),
    ).toBe('BAD_USER_INPUT');
    const { faqSiteEntries } = await admin.data(FAQ_SITE_ENTRIES, { siteId: campaign.site.id });
    expect(faqSiteEntries.map((e) => e.id)).toEqual([ids[2], ids[0], ids[1]]);
  });

  it('is denied to anonymous callers, recipients, venue staff and admins of another site', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const owner = await adminOf(campaign, 'SITE_ADMIN');
    const { createFaqEntry } = await owner.data(CREATE_FAQ_ENTRY, {
      input: { siteId: campaign.site.id, ...entry },
    });
    const stranger = await adminOf(other, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const recipient = await campaign.recipient();
    const siteId = campaign.site.id;
    const create = { input: { siteId, ...entry } };

    expect(await server.caller().errorCode(FAQ_SITE_ENTRIES, { siteId })).toBe('UNAUTHENTICATED');
    expect(await recipient.errorCode(CREATE_FAQ_ENTRY, create)).toBe('FORBIDDEN');
    expect(await staff.errorCode(CREATE_FAQ_ENTRY, create)).toBe('FORBIDDEN');
    expect(await stranger.errorCode(CREATE_FAQ_ENTRY, create)).toBe('NOT_FOUND');
    expect(
      await stranger.errorCode(UPDATE_FAQ_ENTRY, { input: { id: createFaqEntry.id, enabled: false } }),
    ).toBe('NOT_FOUND');
    expect(await stranger.errorCode(FAQ_UNANSWERED, { siteId })).toBe('NOT_FOUND');
    expect(
      await stranger.errorCode(SET_FAQ_COMMON_ENTRY_HIDDEN, {
        input: { siteId, entryId: 'cost', hidden: true },
      }),
    ).toBe('NOT_FOUND');
    expect(
      await stranger.errorCode(SET_FAQ_CONTACT, { input: { siteId, contactJa: 'x', contactEn: 'x' } }),
    ).toBe('NOT_FOUND');
    expect(
      await stranger.errorCode(REORDER_FAQ_ENTRIES, { input: { siteId, entryIds: [createFaqEntry.id] } }),
    ).toBe('NOT_FOUND');
    const { faqSiteEntries } = await owner.data(FAQ_SITE_ENTRIES, { siteId });
    expect(faqSiteEntries).toEqual([expect.objectContaining({ id: createFaqEntry.id, enabled: true })]);
  });
});

describe('unanswered questions', () => {
  it('are counted per site without digits, mail addresses, phone numbers or birth dates', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await ask(campaign, '駐輪場 hanako@example.jp 090-1234-5678 1980/05/05 に 3 台');
    await ask(campaign, '駐輪場 taro@example.jp 080-9999-0000 1975/01/02 に 7 台');
    await ask(campaign, 'where can I buy bitcoin', 'EN');
    const { faqUnansweredQuestions } = await admin.data(FAQ_UNANSWERED, {
      siteId: campaign.site.id,
      first: 1,
    });
    expect(faqUnansweredQuestions.edges.map((e) => e.node)).toEqual([
      { question: '駐輪場 [mail] [phone] [date] に 台', language: 'JA', count: 2 },
    ]);
    const next = await admin.data(FAQ_UNANSWERED, {
      siteId: campaign.site.id,
      first: 10,
      after: faqUnansweredQuestions.pageInfo.endCursor,
    });
    expect(next.faqUnansweredQuestions.edges.map((e) => e.node.question)).toEqual([
      'where can I buy bitcoin',
    ]);
  });

  it('are deleted by the periodic job once not asked within the retention', async () => {
    const isolated = await TestServer.startIsolated({ jobs: true, faqUnansweredRetentionDays: 30 });
    try {
      const campaign = await Campaign.create(isolated);
      const askHere = (q: string) =>
        isolated
          .caller()
          .data(ASK_FAQ, { input: { siteCode: campaign.site.code, question: q, language: 'JA' } });
      await askHere('古い質問 ラーメン');
      await askHere('新しい質問 カラオケ');
      await isolated.query(
        `update faq_unanswered set last_asked_at = now() - interval '31 days' where question like '古い%'`,
      );
      await isolated.app.reminders!.runJobNow('faq-unanswered-cleanup');
      let left: string[] = [];
      for (let i = 0; i < 100; i++) {
        left = (await isolated.query<{ question: string }>(`select question from faq_unanswered`)).map(
          (r) => r.question,
        );
        if (left.length === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(left).toEqual(['新しい質問 カラオケ']);
    } finally {
      await isolated.close();
    }
  });
});

describe('anonymous use is rate limited like every other request', () => {
  it('an address that floods the assistant gets RATE_LIMITED', async () => {
    const limited = await TestServer.start({ rateLimitPerAddress: 1, rateLimitBurstPerAddress: 5 });
    try {
      const campaign = await Campaign.create(limited);
      const caller = limited.caller();
      const codes = await Promise.all(
        Array.from({ length: 12 }, () =>
          caller.errorCode(ASK_FAQ, {
            input: { siteCode: campaign.site.code, question: '持ち物', language: 'JA' },
          }),
        ),
      );
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(0);
      expect(codes.filter((c) => c === undefined).length).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
