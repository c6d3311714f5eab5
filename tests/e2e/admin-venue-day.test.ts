import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign, laterToday } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  ASSIGN_STAFF_VENUES,
  BOOK,
  CREATE_ADMIN_USER,
  CREATE_SLOT,
  CREATE_VACCINE,
  CREATE_VENUE,
} from '../testkit/operations.js';
import { ADD_VENUE_DOCTOR } from '../testkit/records-operations.js';
import { adminAccount, adminLogIn, checkAdminPage, TABLET, waitForAdminHeading } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser();
const PASSWORD = 'staff-password-1';

async function staffAccount(
  campaign: Campaign,
  venueId = campaign.venueId,
): Promise<{ email: string; password: string }> {
  const email = `staff-${randomUUID().slice(0, 8)}@test.example`;
  const { createAdminUser } = await campaign.operator.data(CREATE_ADMIN_USER, {
    input: {
      email,
      displayName: '会場 次郎',
      password: PASSWORD,
      role: 'VENUE_STAFF',
      siteId: campaign.site.id,
    },
  });
  await campaign.operator.data(ASSIGN_STAFF_VENUES, {
    input: { adminUserId: createAdminUser.id, venueIds: [venueId] },
  });
  return { email, password: PASSWORD };
}

async function book(recipient: Caller, slotId: string): Promise<void> {
  const { bookReservation } = await recipient.data(BOOK, { input: { slotId } });
  if (!bookReservation.ok) throw new Error(JSON.stringify(bookReservation.error));
}

/** A staff tablet on the venue day, its desk named. */
async function tablet(account: { email: string; password: string }, desk: string): Promise<Page> {
  const context = await newContext(e2e.browser, TABLET);
  const page = await context.newPage();
  await adminLogIn(page, e2e.server.baseUrl, account);
  await waitForAdminHeading(page, '担当会場');
  await page
    .getByRole('navigation', { name: '管理メニュー' })
    .getByRole('link', { name: '当日受付' })
    .click();
  await waitForAdminHeading(page, '当日受付');
  await page.getByLabel('受付台の名前').fill(desk);
  return page;
}

const COUNT_CLASS: Record<string, string> = {
  来場: 'arrived',
  接種済み: 'vaccinated',
  来場なし: 'no-show',
  未到着: 'to-come',
};

/** The day's total under its Japanese label. */
async function total(page: Page, label: keyof typeof COUNT_CLASS): Promise<string | null> {
  const count = page.getByTestId('totals').locator(`.venue-day__count--${COUNT_CLASS[label]}`);
  expect(await count.locator('dt').textContent()).toBe(label);
  return count.locator('dd').textContent();
}

describe('the venue day on a tablet', () => {
  it('two staff tablets at one venue: one checks in and records, the other sees it live; undo puts it back', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '市民会館 1F ホール' });
    await campaign.operator.data(ADD_VENUE_DOCTOR, {
      input: { venueId: campaign.venueId, name: '佐藤 医師' },
    });
    const slot = await campaign.slot(await laterToday(), 5);
    const [a, b] = await campaign.recipients(2);
    await book(a!, slot);
    await book(b!, slot);
    const [first, second] = [await staffAccount(campaign), await staffAccount(campaign)];
    const one = await tablet(first, '1 番');
    const two = await tablet(second, '2 番');
    const errors: string[] = [];
    for (const page of [one, two]) page.on('pageerror', (error) => errors.push(error.message));

    await expect.poll(() => total(two, '未到着')).toBe('2');
    const rowOnOne = one.getByRole('listitem', { name: new RegExp(a!.ticketNumber) }).first();
    await rowOnOne.getByRole('button', { name: '受付', exact: true }).click();
    await one.getByText(`${a!.ticketNumber} ヤマダ ハナコ さんを受け付けました。`).waitFor();

    // The other tablet sees the check-in through the subscription (it never polls)
    await expect.poll(() => total(two, '来場'), { timeout: 3000 }).toBe('1');
    const rowOnTwo = two.getByRole('listitem', { name: new RegExp(a!.ticketNumber) }).first();
    await rowOnTwo.getByText('来場済み').waitFor();

    // Tablet two records the vaccination: doctor from the venue's list, lot typed, time prefilled
    await rowOnTwo.getByRole('button', { name: '接種を記録' }).click();
    const form = two.getByRole('form', { name: new RegExp(`${a!.ticketNumber}.*接種記録`) });
    await form.getByLabel('ロット番号').fill('=LOT1');
    await form.getByLabel('医師').selectOption({ label: '佐藤 医師' });
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('= + - @ で始まる値は入力できません。').waitFor();
    await form.getByLabel('ロット番号').fill('FA1234');
    await form.getByRole('button', { name: '記録する' }).click();
    await two.getByText('さんの接種を記録しました。').waitFor();
    await expect.poll(() => total(one, '接種済み'), { timeout: 3000 }).toBe('1');
    await rowOnOne.getByText('接種済み').waitFor();

    // The next person at desk 2 gets that desk's lot and doctor offered
    const other = two.getByRole('listitem', { name: new RegExp(b!.ticketNumber) }).first();
    await other.getByRole('button', { name: '接種を記録' }).click();
    const next = two.getByRole('form', { name: new RegExp(`${b!.ticketNumber}.*接種記録`) });
    await expect.poll(() => next.getByLabel('ロット番号').inputValue()).toBe('FA1234');
    expect(await next.getByLabel('メーカー', { exact: false }).inputValue()).toBe('ファイザー');
    await checkAdminPage(two, 'venue-day');
    await next.getByRole('button', { name: 'やめる' }).click();

    // A mistake is undone on tablet one; tablet two's counts go back
    await rowOnOne.getByRole('button', { name: '接種記録を取り消す' }).click();
    await expect.poll(() => total(two, '接種済み'), { timeout: 3000 }).toBe('0');

    // Search by the ticket number, by keyboard alone (a wedge scanner types and presses Enter)
    await one.getByLabel(/^検索/).focus();
    await one.keyboard.type(b!.ticketNumber);
    await one.keyboard.press('Enter');
    const results = one.getByRole('region', { name: '検索結果' });
    await results.getByRole('heading', { name: '検索結果 1 件' }).waitFor();
    await one.keyboard.press('Tab');
    await one.keyboard.press('Tab');
    expect(await one.evaluate<string>('document.activeElement.textContent')).toBe('受付');
    await one.keyboard.press('Enter');
    await expect.poll(() => total(two, '来場'), { timeout: 3000 }).toBe('2');

    // Every control on the tablet is at least 44 px high
    const heights = await one.evaluate<number[]>(
      `[...document.querySelectorAll('.venue-day button, .venue-day input, .venue-day select')].map((e) => e.getBoundingClientRect().height)`,
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
  });

  it("a site admin lists the venue's doctors on the venue page (a refused name said at its field), and staff then record with one", async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '保健センター' });
    const slot = await campaign.slot(await laterToday(), 5);
    const [a] = await campaign.recipients(1);
    await book(a!, slot);

    // With no doctor listed the desk cannot record, and says who can mend it
    const staff = await tablet(await staffAccount(campaign), '1 番');
    const row = staff.getByRole('listitem', { name: new RegExp(a!.ticketNumber) }).first();
    await row.getByRole('button', { name: '受付', exact: true }).click();
    await row.getByText('来場済み').waitFor();
    await row.getByRole('button', { name: '接種を記録' }).click();
    const form = staff.getByRole('form', { name: new RegExp(`${a!.ticketNumber}.*接種記録`) });
    await form.getByLabel('ロット番号').fill('FA1234');
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('この会場の医師が登録されていません。').waitFor();

    // The site admin adds them on the venue's page
    const context = await newContext(e2e.browser, TABLET);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await adminLogIn(page, e2e.server.baseUrl, await adminAccount(campaign, 'SITE_ADMIN'));
    await waitForAdminHeading(page, 'サイト一覧');
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/venues/${campaign.venueId}`);
    await waitForAdminHeading(page, '保健センター');
    const doctors = page.getByRole('region', { name: '医師' });
    await doctors.getByText('まだ登録されていません。').waitFor();
    const name = doctors.getByLabel('医師の氏名');
    await name.fill('=佐藤');
    await doctors.getByRole('button', { name: '追加する' }).click();
    await doctors.getByText('= + - @ で始まる名前は登録できません。').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await name.fill('あ'.repeat(21));
    await doctors.getByRole('button', { name: '追加する' }).click();
    await doctors.getByText('20 文字以内で入力してください。').waitFor();
    await name.fill('佐藤 一郎');
    await name.press('Enter');
    await doctors.getByText('佐藤 一郎 を追加しました。').waitFor();
    await name.fill('佐藤 一郎');
    await doctors.getByRole('button', { name: '追加する' }).click();
    await doctors.getByText('この医師はすでに登録されています。').waitFor();
    await name.fill('鈴木 花子');
    await doctors.getByRole('button', { name: '追加する' }).click();
    await doctors.getByText('鈴木 花子 を追加しました。').waitFor();
    await doctors.getByRole('button', { name: '鈴木 花子 を一覧から外す' }).click();
    await doctors.getByText('鈴木 花子 を一覧から外しました。', { exact: false }).waitFor();
    await expect
      .poll(() => doctors.getByRole('listitem').allTextContents())
      .toEqual(['佐藤 一郎一覧から外す']);
    await checkAdminPage(page, 'venue-doctors');

    // A fresh desk page offers the listed doctor (the only one, so chosen already) and the record goes in
    await staff.reload();
    await waitForAdminHeading(staff, '当日受付');
    await staff.getByLabel('受付台の名前').fill('1 番');
    const again = staff.getByRole('listitem', { name: new RegExp(a!.ticketNumber) }).first();
    await again.getByRole('button', { name: '接種を記録' }).click();
    const record = staff.getByRole('form', { name: new RegExp(`${a!.ticketNumber}.*接種記録`) });
    expect(await record.getByLabel('医師').locator('option:checked').textContent()).toBe('佐藤 一郎');
    // On the portrait tablet the form is two fields a row, each control level with its neighbour's
    const top = async (label: string) => (await record.getByLabel(label).boundingBox())!.y;
    expect(await top('メーカー（空欄ならワクチンの登録どおり）')).toBe(await top('医師'));
    expect(await top('接種時刻')).toBe(await top('ロット番号'));
    expect(await top('ロット番号')).toBeGreaterThan(await top('医師'));
    await record.getByLabel('ロット番号').fill('FA1234');
    await record.getByRole('button', { name: '記録する' }).click();
    await staff.getByText('さんの接種を記録しました。').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a venue with two vaccines at one time: each slot of the day names its vaccine', async () => {
    const campaign = await Campaign.create(e2e.server, { vaccineName: 'ファイザー (コミナティ)' });
    const { createVaccine } = await campaign.operator.data(CREATE_VACCINE, {
      input: {
        siteId: campaign.site.id,
        name: 'モデルナ (スパイクバックス)',
        manufacturer: '武田/モデルナ',
        doses: 1,
      },
    });
    const { createVenue } = await campaign.operator.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '体育館', vaccineIds: [campaign.vaccineId, createVaccine.id] },
    });
    const startsAt = await laterToday();
    for (const vaccineId of [campaign.vaccineId, createVaccine.id])
      await campaign.operator.data(CREATE_SLOT, {
        input: {
          venueId: createVenue.id,
          vaccineId,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
          capacity: 5,
        },
      });
    const page = await tablet(await staffAccount(campaign, createVenue.id), '1 番');
    await expect
      .poll(() => page.locator('.venue-day__slot-head h2').allTextContents())
      .toEqual([
        expect.stringMatching(/ファイザー \(コミナティ\)$/),
        expect.stringMatching(/モデルナ \(スパイクバックス\)$/),
      ]);
    await page
      .getByRole('region', { name: /モデルナ/ })
      .getByText('この枠の予約はありません。')
      .waitFor();
  });
});
