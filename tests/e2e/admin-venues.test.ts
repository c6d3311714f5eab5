import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { BOOK, SITE_VENUES } from '../testkit/operations.js';
import { VENUE_BOARD } from '../testkit/venue-slot-operations.js';
import { adminAccount, adminLogIn, checkAdminPage, tabTo, waitForAdminHeading, WIDE } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser({ availabilityCoalesceMs: 30 });

async function openAsSiteAdmin(campaign: Campaign, path: string): Promise<Page> {
  const admin = await adminAccount(campaign, 'SITE_ADMIN');
  const context = await newContext(e2e.browser, WIDE);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await adminLogIn(page, e2e.server.baseUrl, admin);
  await waitForAdminHeading(page, 'サイト一覧');
  await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}${path}`);
  return page;
}

/** A slot button of the week calendar, going to the following weeks until it shows. */
async function slotChip(page: Page, name: RegExp): Promise<Locator> {
  const chip = page.locator('.admin-week').getByRole('button', { name });
  for (let week = 0; week < 3 && (await chip.count()) === 0; week++) {
    await page.getByRole('button', { name: '次の週' }).click();
    await page.waitForTimeout(300);
  }
  await chip.waitFor();
  return chip;
}

async function bookedBy(campaign: Campaign, slotId: string, people: number): Promise<void> {
  for (let i = 0; i < people; i++) {
    const recipient = await campaign.recipient();
    const { bookReservation } = await recipient.data(BOOK, { input: { slotId } });
    expect(bookReservation.ok).toBe(true);
  }
}

describe('venues, vaccines and the slot calendar', () => {
  it('a capacity below what is booked is refused, the server’s message at the field naming the booked places; by keyboard alone', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '市民会館 大ホール' });
    const date = tokyoDate(3);
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 3);
    await campaign.slot(tokyoAt(3, '10:30'), 3);
    await bookedBy(campaign, slotId, 2);
    const page = await openAsSiteAdmin(campaign, `/venues/${campaign.venueId}`);
    await waitForAdminHeading(page, '市民会館 大ホール');
    const chip = await slotChip(page, /10:00〜10:30 予約 2\/3 人/);
    await checkAdminPage(page, 'calendar-week');

    // Keyboard: focus the slot, open it, Tab to the capacity, type, Enter
    await chip.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /10:00〜10:30 の枠/ });
    await dialog.waitFor();
    await tabTo(page, '3');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    const field = dialog.getByLabel('定員', { exact: true });
    await dialog.getByText('すでに 2 人が予約しているため、定員を 2 人より少なくできません。').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toContain('2 人');
    await checkAdminPage(page, 'calendar-capacity');
    // Nothing was written
    const board = await campaign.operator.data(VENUE_BOARD, { venueId: campaign.venueId, date });
    expect(board.venueBoard.slots.find((s) => s.slotId === slotId)?.capacity).toBe(3);

    // A capacity at or above booked is taken, and the calendar shows it
    await field.fill('5');
    await dialog.getByRole('button', { name: '定員を変更する' }).click();
    await dialog.getByText('定員を 5 人に変更しました。').waitFor();
    await page.keyboard.press('Escape');
    await page
      .locator('.admin-week')
      .getByRole('button', { name: /10:00〜10:30 予約 2\/5 人/ })
      .waitFor();
    await page.context().close();
  });

  it('closing a day stops its bookings (a recipient is refused); cancelling a slot first says how many people will be told', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '市民会館 大ホール' });
    const date = tokyoDate(4);
    const open = await campaign.slot(tokyoAt(4, '13:00'), 4);
    const booked = await campaign.slot(tokyoAt(4, '13:30'), 4);
    await bookedBy(campaign, booked, 3);
    const page = await openAsSiteAdmin(campaign, `/venues/${campaign.venueId}`);
    await waitForAdminHeading(page, '市民会館 大ホール');
    await slotChip(page, /13:00〜13:30/);

    // Cancel the booked slot: reason, then a confirmation naming the three people
    await page
      .locator('.admin-week')
      .getByRole('button', { name: /13:30〜14:00 予約 3\/4 人/ })
      .click();
    const slotDialog = page.getByRole('dialog', { name: /13:30〜14:00 の枠/ });
    await slotDialog.getByRole('button', { name: '取り消しの内容を確認する' }).click();
    await slotDialog.getByText('入力してください。').waitFor();
    await slotDialog.getByLabel('取り消しの理由').fill('医師の都合により中止します');
    await slotDialog.getByRole('button', { name: '取り消しの内容を確認する' }).click();
    await slotDialog.getByText('3 人の予約が取り消され、その人たちにお知らせが送られます。').waitFor();
    await checkAdminPage(page, 'calendar-cancel');
    await slotDialog.getByRole('button', { name: '取り消して 3 人に知らせる' }).click();
    await slotDialog.getByText(/件の予約を取り消しました。/).waitFor();
    await page.locator('.admin-week').getByText('取り消し済み').waitFor();

    // Close the whole day from its actions
    await page
      .getByRole('button', { name: /の操作$/ })
      .first()
      .click();
    const dayDialog = page.getByRole('dialog', { name: /の枠$/ });
    await dayDialog.getByRole('button', { name: 'この日の受付を停止する' }).click();
    await dayDialog.getByText('この日の受付を停止しました。予約済みの人はそのままです。').waitFor();
    await page.keyboard.press('Escape');
    await page
      .locator('.admin-week')
      .getByRole('button', { name: /13:00〜13:30 .*受付停止/ })
      .waitFor();

    // A recipient cannot book the day now
    const recipient = await campaign.recipient();
    const { bookReservation } = await recipient.data(BOOK, { input: { slotId: open } });
    expect(bookReservation.ok).toBe(false);
    expect(bookReservation.error?.code).toBe('SLOT_UNAVAILABLE');
    const board = await campaign.operator.data(VENUE_BOARD, { venueId: campaign.venueId, date });
    expect(board.venueBoard.totals).toMatchObject({ slots: 1, closedSlots: 1, free: 0 });

    // The month view reads the day's totals
    await page.getByRole('button', { name: '月', exact: true }).click();
    await page.locator('.admin-month').waitFor();
    await checkAdminPage(page, 'calendar-month');
    await page.context().close();
  });

  it('a site admin adds a venue, edits its address and access, adds and edits a vaccine, and creates slots from a previewed pattern', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '市民会館 大ホール' });
    const page = await openAsSiteAdmin(campaign, '/venues');
    await waitForAdminHeading(page, '会場・ワクチン');
    await page.getByRole('link', { name: '市民会館 大ホール' }).waitFor();
    await checkAdminPage(page, 'venue-list');

    // A vaccine, then edited
    await page.getByLabel('ワクチン名').fill('武田(ノババックス)');
    await page.getByLabel('製造元').fill('武田薬品');
    await page.getByLabel('接種回数').fill('2');
    await page.getByRole('button', { name: 'ワクチンを追加する' }).click();
    await page.getByRole('cell', { name: '武田(ノババックス)', exact: true }).waitFor();
    await page.getByRole('button', { name: '武田(ノババックス) を編集' }).click();
    await page.getByLabel('1 回目から 2 回目までの日数').fill('28');
    await page.getByRole('button', { name: 'ワクチンを保存する' }).click();
    await page.getByRole('cell', { name: '28', exact: true }).waitFor();

    // A venue with that vaccine; the page opens on it
    await page.getByLabel('会場名').fill('駅前クリニック');
    await page.getByLabel('住所').first().fill('東京都千代田区1-1');
    await page.getByLabel('武田(ノババックス)').check();
    await page.getByRole('button', { name: '会場を追加する' }).click();
    await waitForAdminHeading(page, '駅前クリニック');

    // Edit the address and access
    await page.getByLabel('住所').fill('東京都千代田区丸の内1-1-1');
    await page.getByLabel('アクセス・案内').fill('1 階受付へ。駐車場はありません。');
    await page.getByRole('button', { name: '会場の情報を保存する' }).click();
    await page.getByText('保存しました。').waitFor();

    // A pattern: preview (writes nothing), then create exactly that
    await page.getByLabel('開始時刻').fill('09:00');
    await page.getByLabel('終了時刻').fill('10:00');
    await page.getByLabel('1 枠の長さ（分）').fill('30');
    await page.getByRole('button', { name: 'プレビュー' }).click();
    const preview = page.getByRole('region', { name: '作成される枠' });
    await preview.waitFor();
    const { venues } = await campaign.operator.data(SITE_VENUES, { siteCode: campaign.site.code });
    const venueId = venues.find((v) => v.name === '駅前クリニック')!.id;
    const none = await campaign.operator.data(VENUE_BOARD, { venueId, date: tokyoDate(1) });
    expect(none.venueBoard.slots).toEqual([]);
    await checkAdminPage(page, 'venue');
    const create = preview.getByRole('button', { name: /枠を作成する$/ });
    const count = Number(/(\d+) 枠/.exec((await create.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await create.click();
    await page.getByText(`${count} 枠を作成しました（作らなかった枠 0）。`).waitFor();

    // Close the venue and reopen it
    await page.getByRole('button', { name: '会場の受付を停止する' }).click();
    await page
      .getByRole('dialog', { name: 'この会場の受付を停止しますか?' })
      .getByRole('button', { name: '会場の受付を停止する' })
      .click();
    await page.getByText('会場の受付を停止しました。').waitFor();
    await page.getByText('受付停止中').first().waitFor();
    await page.getByRole('button', { name: '会場の受付を再開する' }).click();
    await page
      .getByRole('dialog', { name: 'この会場の受付を再開しますか?' })
      .getByRole('button', { name: '会場の受付を再開する' })
      .click();
    await page.getByText('会場の受付を再開しました。').waitFor();
    await page.context().close();
  });
});
