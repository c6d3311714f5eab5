import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loggedInPage, newContext } from '../testkit/browser.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { CREATE_VENUE } from '../testkit/operations.js';
import { SLOT_CALENDAR, UPDATE_SLOT_CAPACITY, VENUE_BOARD } from '../testkit/venue-slot-operations.js';
import { adminAccount, adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';
import { pickDate, serverAndBrowser, slotButton, waitForHeading } from './pages.js';

const e2e = serverAndBrowser({ availabilityCoalesceMs: 30 });
/** The text of the board's day totals (予約 / 空き …). */
const totalOf = (page: Page, label: string) =>
  page
    .getByTestId('board-totals')
    .locator('div', { has: page.getByText(label, { exact: true }) })
    .locator('dd');

const boardRow = (page: Page, time: string) => page.getByRole('row', { name: new RegExp(`^${time}`) });

describe('the live board', () => {
  it('changes while a recipient books in another page, without reloading, and charts the coming weeks', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '市民会館 大ホール' });
    const date = tokyoDate(3);
    await campaign.slot(tokyoAt(3, '10:00'), 2);
    await campaign.slot(tokyoAt(3, '10:30'), 3);
    await campaign.slot(tokyoAt(10, '10:00'), 4);
    const admin = await adminAccount(campaign, 'SITE_ADMIN');
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await adminLogIn(page, e2e.server.baseUrl, admin);
    await waitForAdminHeading(page, 'サイト一覧');
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/board?date=${date}`);
    await waitForAdminHeading(page, 'ライブボード');
    await expect.poll(() => totalOf(page, '定員').textContent()).toBe('5');
    expect(await totalOf(page, '予約').textContent()).toBe('0');
    expect(await totalOf(page, '空き').textContent()).toBe('5');
    await page.evaluate(`globalThis.notReloaded = true`);
    // The chart: uPlot drew its canvas, and the same numbers read as a table
    await page.locator('.admin-chart__canvas canvas').first().waitFor();
    await page.getByText('期間の合計：予約 0 人、空き 9 人').waitFor();

    // A recipient books 10:00 in another browser
    const recipient = await campaign.recipient();
    const other = await newContext(e2e.browser);
    const booking = await loggedInPage(other, campaign.site.code, recipient.token!);
    await booking.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(booking, '予約する');
    await pickDate(booking, date);
    await e2e.server.waitForSubscribers(2);
    await slotButton(booking, '10:00〜10:30').click();
    await waitForHeading(booking, '内容の確認');
    await booking.getByRole('button', { name: 'この内容で予約する' }).click();
    await booking.getByText('予約が完了しました。').waitFor();

    await expect.poll(() => totalOf(page, '予約').textContent(), { timeout: 10_000 }).toBe('1');
    expect(await totalOf(page, '空き').textContent()).toBe('4');
    expect(await boardRow(page, '10:00〜10:30').getByRole('cell').allTextContents()).toEqual([
      '2',
      '1',
      '1',
      '受付中',
    ]);
    // The chart of the coming weeks follows the push too
    await page.getByText('期間の合計：予約 1 人、空き 8 人').waitFor({ timeout: 10_000 });
    expect(await page.evaluate<boolean>(`globalThis.notReloaded === true`)).toBe(true);
    await checkAdminPage(page, 'board');
    expect(pageErrors).toEqual([]);
    await Promise.all([context.close(), other.close()]);
  });

  it('venue staff see the board and calendar of their venue only, with no edit controls, and the API refuses them', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '本社ビル 3F 会議室' });
    const { createVenue: other } = await campaign.operator.data(CREATE_VENUE, {
      input: {
        siteId: campaign.site.id,
        name: '大阪支社 会議室',
        address: '',
        vaccineIds: [campaign.vaccineId],
      },
    });
    const date = tokyoDate(2);
    const slotId = await campaign.slot(tokyoAt(2, '09:00'), 3);
    const staff = await adminAccount(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    await adminLogIn(page, e2e.server.baseUrl, staff);
    await waitForAdminHeading(page, '担当会場');
    expect(await page.getByRole('link', { name: other.name }).count()).toBe(0);
    await page.getByRole('link', { name: '本社ビル 3F 会議室' }).click();
    await waitForAdminHeading(page, '本社ビル 3F 会議室');
    await page.getByLabel('日付').fill(date);
    await expect.poll(() => totalOf(page, '定員').textContent()).toBe('3');
    // The calendar shows the slot as text: no slot buttons, no day actions, no capacity field
    await page.locator('.admin-week .admin-chip').first().waitFor();
    expect(await page.locator('.admin-week button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /の操作$/ }).count()).toBe(0);
    expect(await page.getByLabel('定員').count()).toBe(0);
    await checkAdminPage(page, 'board-staff');

    // Another venue by URL: not found; the site's venue screens: not allowed
    await page.goto(`${e2e.server.baseUrl}/admin/my-venues/${other.id}`);
    await waitForAdminHeading(page, /見つかりません/);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/venues`);
    await waitForAdminHeading(page, 'この画面を使う権限がありません');

    // … and the API says the same to their token
    const token = await page.evaluate<string>(`JSON.parse(sessionStorage.getItem('vr.admin.session')).token`);
    const api = e2e.server.caller(token);
    expect(
      (await api.data(VENUE_BOARD, { venueId: campaign.venueId, date })).venueBoard.totals.capacity,
    ).toBe(3);
    expect(await api.errorCode(VENUE_BOARD, { venueId: other.id, date })).toBe('FORBIDDEN');
    expect(
      await api.errorCode(SLOT_CALENDAR, { input: { venueId: other.id, fromDate: date, toDate: date } }),
    ).toBe('FORBIDDEN');
    expect(await api.errorCode(UPDATE_SLOT_CAPACITY, { input: { slotId, capacity: 10 } })).toBe('FORBIDDEN');
    await context.close();
  });
});
