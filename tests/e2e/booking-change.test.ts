import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectNoSeriousA11yViolations,
  loggedInPage,
  newContext,
  screenshot,
} from '../testkit/browser.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import { BOOK, CREATE_SLOT, CREATE_VENUE } from '../testkit/operations.js';
import { japaneseDate, pickDate, serverAndBrowser, slotButton, waitForHeading } from './pages.js';

const e2e = serverAndBrowser({ availabilityCoalesceMs: 30 });

/** The width of a common phone today (iPhone 12–15). */
const PHONE_390 = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

/** Phone, tablet and desktop screenshots of one state, back at phone width after. */
async function shootAll(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(TABLET);
  await screenshot(page, `${name}-tablet`);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE_390);
}

async function reservedSlots(campaign: Campaign, ticketNumber: string): Promise<[number, string][]> {
  const rows = await e2e.server.query<{ dose: number; starts_at: Date }>(
    `select r.dose, s.starts_at from reservation r join ticket t on t.id = r.ticket_id join slot s on s.id = r.slot_id
      where t.site_id = ? and t.number = ? and r.status = 'BOOKED' order by r.dose`,
    [campaign.site.id, ticketNumber],
  );
  return rows.map((r) => [r.dose, new Date(r.starts_at).toISOString()]);
}

async function slotIdAt(venueId: string, startsAt: Date): Promise<string> {
  const [row] = await e2e.server.query<{ id: string }>(
    `select id from slot where venue_id = ? and starts_at = ?`,
    [venueId, startsAt.toISOString()],
  );
  return row!.id;
}

/** A site with two venues that have addresses, as a person would choose between them. */
async function twoVenueCampaign(options: { bookingMode?: 'SEPARATE' | 'SET' } = {}) {
  const campaign = await Campaign.create(e2e.server, {
    siteName: '千代田区 新型コロナワクチン接種',
    venueName: '区民会館',
    ...options,
  });
  const { createVenue } = await campaign.operator.data(CREATE_VENUE, {
    input: {
      siteId: campaign.site.id,
      name: '駅前クリニック',
      address: '東京都千代田区丸の内1-1-1（東京駅 丸の内北口 徒歩3分）',
      vaccineIds: [campaign.vaccineId],
    },
  });
  return { campaign, otherVenueId: createVenue.id };
}

async function openMyPage(campaign: Campaign, person: Caller, blockWebSocket = false) {
  const context = await newContext(e2e.browser, PHONE_390);
  // No WebSocket: a refusal then has to come from the change itself, not from a live count.
  if (blockWebSocket) await context.routeWebSocket(/\/graphql$/, (ws) => ws.close());
  const page = await loggedInPage(context, campaign.site.code, person.token!);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/my`);
  await waitForHeading(page, 'マイページ');
  return { context, page, pageErrors };
}

describe('changing a booking (予約変更) in the browser', () => {
  it('from my page a person picks a new day and time, sees before → after, confirms, and my page shows the new time; back and forward step through', async () => {
    const { campaign } = await twoVenueCampaign();
    await campaign.slot(tokyoAt(3, '10:00'), 5);
    await campaign.slot(tokyoAt(6, '14:00'), 5);
    const [person] = await campaign.recipients(1);
    await person!.data(BOOK, { input: { slotId: await slotIdAt(campaign.venueId, tokyoAt(3, '10:00')) } });
    const { context, page, pageErrors } = await openMyPage(campaign, person!);

    await page.getByRole('link', { name: '予約を変更する (1回目)' }).click();
    await waitForHeading(page, '1回目の予約の変更');
    expect(await page.getByRole('radio', { name: /区民会館/ }).isChecked()).toBe(true);
    expect(await page.getByText('東京都千代田区丸の内1-1-1（東京駅 丸の内北口 徒歩3分）').count()).toBe(1);
    await pickDate(page, tokyoDate(6));
    await slotButton(page, '14:00〜14:30').waitFor();
    await expectNoSeriousA11yViolations(page, 'change: choose a new time');
    await shootAll(page, '30-change-choose');
    await slotButton(page, '14:00〜14:30').click();

    await waitForHeading(page, '内容の確認');
    const before = page.locator('.change-compare__side').first();
    expect(await before.textContent()).toContain(`${japaneseDate(tokyoDate(3))}`);
    expect(await before.textContent()).toContain('10:00〜10:30');
    expect(await page.getByTestId('change-new-dose').textContent()).toContain(
      `${japaneseDate(tokyoDate(6))}`,
    );
    expect(await page.getByTestId('change-new-dose').textContent()).toContain('14:00〜14:30');
    await expectNoSeriousA11yViolations(page, 'change: before → after');
    await shootAll(page, '31-change-confirm');

    // The steps are in the URL: back returns to the times of that day, forward to the confirmation.
    await page.goBack();
    await waitForHeading(page, '1回目の予約の変更');
    await slotButton(page, '14:00〜14:30').waitFor();
    await page.goForward();
    await waitForHeading(page, '内容の確認');
    expect(await reservedSlots(campaign, person!.ticketNumber)).toEqual([
      [1, tokyoAt(3, '10:00').toISOString()],
    ]);

    await page.getByRole('button', { name: 'この内容で変更する' }).click();
    await waitForHeading(page, 'マイページ');
    await page.getByText('予約を変更しました。').waitFor();
    expect(await page.locator('article.reservation').first().textContent()).toContain(
      japaneseDate(tokyoDate(6)),
    );
    await expectNoSeriousA11yViolations(page, 'my page after a change');
    await shootAll(page, '33-change-done');
    expect(await reservedSlots(campaign, person!.ticketNumber)).toEqual([
      [1, tokyoAt(6, '14:00').toISOString()],
    ]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a change that races another booking for the new slot keeps the old place and says so clearly', async () => {
    const { campaign } = await twoVenueCampaign();
    await campaign.slot(tokyoAt(3, '11:00'), 5);
    await campaign.slot(tokyoAt(7, '09:00'), 1);
    await campaign.slot(tokyoAt(7, '09:30'), 2);
    const [person, rival] = await campaign.recipients(2);
    await person!.data(BOOK, { input: { slotId: await slotIdAt(campaign.venueId, tokyoAt(3, '11:00')) } });
    const { context, page } = await openMyPage(campaign, person!, true);

    await page.getByRole('link', { name: '予約を変更する (1回目)' }).click();
    await waitForHeading(page, '1回目の予約の変更');
    await pickDate(page, tokyoDate(7));
    await slotButton(page, '09:00〜09:30').click();
    await waitForHeading(page, '内容の確認');
    // Someone else books the last place of the new slot while the person reads the summary.
    const contested = await slotIdAt(campaign.venueId, tokyoAt(7, '09:00'));
    expect((await rival!.data(BOOK, { input: { slotId: contested } })).bookReservation.ok).toBe(true);

    await page.getByRole('button', { name: 'この内容で変更する' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '他の方の予約で埋まりました' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`今のご予約（1回目 ${japaneseDate(tokyoDate(3))}`);
    expect(await alert.textContent()).toContain('はそのまま残っています');
    await waitForHeading(page, '1回目の予約の変更');
    await expect.poll(() => slotButton(page, '09:00〜09:30').isDisabled()).toBe(true);
    expect(await slotButton(page, '09:30〜10:00').textContent()).toContain('残り 2 人');
    await expectNoSeriousA11yViolations(page, 'change refused: the new place was taken');
    await shootAll(page, '32-change-taken');
    expect(await reservedSlots(campaign, person!.ticketNumber)).toEqual([
      [1, tokyoAt(3, '11:00').toISOString()],
    ]);
    const [counts] = await e2e.server.query<{ old: number; contested: number }>(
      `select (select reserved from slot where id = ?) as old, (select reserved from slot where id = ?) as contested`,
      [await slotIdAt(campaign.venueId, tokyoAt(3, '11:00')), contested],
    );
    expect(counts).toEqual({ old: 1, contested: 1 });
    await context.close();
  });

  it('a set moves whole: dose 2 is picked on its own calendar, preset at the interval, and both doses change', async () => {
    const { campaign } = await twoVenueCampaign({ bookingMode: 'SET' });
    await campaign.slot(tokyoAt(3, '10:00'), 5);
    await campaign.slot(tokyoAt(24, '10:00'), 5);
    await campaign.slot(tokyoAt(8, '15:00'), 5);
    await campaign.slot(tokyoAt(29, '15:00'), 5);
    await campaign.slot(tokyoAt(31, '15:00'), 5);
    const [person] = await campaign.recipients(1);
    await person!.data(BOOK, { input: { slotId: await slotIdAt(campaign.venueId, tokyoAt(3, '10:00')) } });
    const { context, page } = await openMyPage(campaign, person!);

    await page.getByRole('link', { name: '予約を変更する (1回目)' }).click();
    await waitForHeading(page, '予約の変更（1回目・2回目）');
    await pickDate(page, tokyoDate(8));
    await slotButton(page, '15:00〜15:30').click();
    await waitForHeading(page, '内容の確認');
    await expect
      .poll(() => page.getByTestId('change-new-dose2').textContent())
      .toContain(japaneseDate(tokyoDate(29)));
    expect(await page.getByRole('heading', { name: '2回目の日時' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'change a set: dose 2 calendar');
    await shootAll(page, '35-change-set-confirm');
    // Another day in dose 2's window, on the calendar.
    await page.locator(`.second-dose [data-date="${tokyoDate(31)}"]`).click();
    await page.locator('.second-dose .slot', { hasText: '15:00〜15:30' }).click();
    await expect
      .poll(() => page.getByTestId('change-new-dose2').textContent())
      .toContain(japaneseDate(tokyoDate(31)));
    await page.getByRole('button', { name: 'この内容で変更する' }).click();
    await page.getByText('予約を変更しました。').waitFor();
    expect(await reservedSlots(campaign, person!.ticketNumber)).toEqual([
      [1, tokyoAt(8, '15:00').toISOString()],
      [2, tokyoAt(31, '15:00').toISOString()],
    ]);
    await context.close();
  });

  it('booking a set shows dose 2 on a calendar with its slot preselected, and venues with their address', async () => {
    const { campaign, otherVenueId } = await twoVenueCampaign({ bookingMode: 'SET' });
    for (const [days, time] of [
      [4, '13:00'],
      [25, '13:00'],
    ] as const) {
      await campaign.operator.data(CREATE_SLOT, {
        input: {
          venueId: otherVenueId,
          vaccineId: campaign.vaccineId,
          startsAt: tokyoAt(days, time).toISOString(),
          endsAt: new Date(tokyoAt(days, time).getTime() + 30 * 60_000).toISOString(),
          capacity: 4,
        },
      });
    }
    const [person] = await campaign.recipients(1);
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, person!.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約する');
    // The venue lives in the URL (the booking's steps): the radio turns checked once the navigation lands.
    await page.getByRole('radio', { name: /駅前クリニック/ }).click();
    await page.getByRole('radio', { name: /駅前クリニック/, checked: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'venues with their address');
    await shootAll(page, '36-venues');
    await pickDate(page, tokyoDate(4));
    await slotButton(page, '13:00〜13:30').click();
    await waitForHeading(page, '内容の確認');
    await expect
      .poll(() => page.getByTestId('confirm-dose2').textContent())
      .toContain(japaneseDate(tokyoDate(25)));
    expect(
      await page.locator(`.second-dose [data-date="${tokyoDate(25)}"]`).getAttribute('aria-disabled'),
    ).toBe('false');
    expect(await page.locator('.second-dose .slot.is-selected').textContent()).toContain('13:00〜13:30');
    await expectNoSeriousA11yViolations(page, 'set confirmation with dose 2 calendar');
    await shootAll(page, '37-book-set-dose2-calendar');
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await waitForHeading(page, 'マイページ');
    expect(await reservedSlots(campaign, person!.ticketNumber)).toEqual([
      [1, tokyoAt(4, '13:00').toISOString()],
      [2, tokyoAt(25, '13:00').toISOString()],
    ]);
    await context.close();
  });

  it('booking dose 2 on its own starts at the venue of dose 1, shown with its address', async () => {
    const { campaign, otherVenueId } = await twoVenueCampaign();
    const { createSlot } = await campaign.operator.data(CREATE_SLOT, {
      input: {
        venueId: otherVenueId,
        vaccineId: campaign.vaccineId,
        startsAt: tokyoAt(3, '10:00').toISOString(),
        endsAt: tokyoAt(3, '10:30').toISOString(),
        capacity: 4,
      },
    });
    const [person] = await campaign.recipients(1);
    await person!.data(BOOK, { input: { slotId: createSlot.id } });
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, person!.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '2回目の予約');
    await expect.poll(() => page.getByRole('radio', { name: /駅前クリニック/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /区民会館/ }).isChecked()).toBe(false);
    await expectNoSeriousA11yViolations(page, 'dose 2 with the venue of dose 1');
    await context.close();
  });

  it('the cancel dialog names the dose and date; キャンセルしない keeps the booking', async () => {
    const { campaign } = await twoVenueCampaign();
    await campaign.slot(tokyoAt(5, '10:00'), 5);
    const [person] = await campaign.recipients(1);
    await person!.data(BOOK, { input: { slotId: await slotIdAt(campaign.venueId, tokyoAt(5, '10:00')) } });
    const { context, page } = await openMyPage(campaign, person!);

    await page.getByRole('button', { name: 'キャンセルする (1回目)' }).click();
    const dialog = page.getByRole('dialog', {
      name: new RegExp(`^1回目（${japaneseDate(tokyoDate(5))}\\(.\\) 10:00）の予約をキャンセルしますか？$`),
    });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('区民会館');
    expect(await dialog.getByRole('button', { name: 'キャンセルする', exact: true }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'cancel dialog');
    await shootAll(page, '34-cancel-dialog');
    await dialog.getByRole('button', { name: 'キャンセルしない' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await reservedSlots(campaign, person!.ticketNumber)).toEqual([
      [1, tokyoAt(5, '10:00').toISOString()],
    ]);
    await context.close();
  });
});
