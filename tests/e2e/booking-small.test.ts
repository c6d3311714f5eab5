import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, loggedInPage, newContext, screenshot } from '../testkit/browser.js';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, CANCEL } from '../testkit/operations.js';
import { localDateOf } from '../../server/src/shared/time.js';
import { logInWithBirthDate, serverAndBrowser, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();
/** The issue asks for phone screenshots at 390 px. */
const PHONE_390 = { width: 390, height: 844 };

async function phonePage(): Promise<Page> {
  const context = await newContext(e2e.browser, PHONE_390);
  return context.newPage();
}

describe('the smaller things people hit (issue 18)', () => {
  it('names typed in hiragana become katakana as they are typed, and my page greets the person with 様', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: 'みなと市 新型コロナワクチン接種' });
    const [number] = await campaign.tickets(1);
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    await logInWithBirthDate(page, number!, BIRTH_DATE);
    await waitForHeading(page, '利用者登録');

    const family = page.getByLabel('セイ（カタカナ）');
    await family.pressSequentially('やまだ');
    expect(await family.inputValue()).toBe('ヤマダ');
    const given = page.getByLabel('メイ（カタカナ）');
    await given.fill('はなこ');
    expect(await given.inputValue()).toBe('ハナコ');
    // The reminder switch comes right after the address it needs.
    const order = await page
      .locator('#register-form input')
      .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { name: string }).name));
    expect(order.indexOf('reminderOptIn')).toBe(order.indexOf('email') + 1);
    await expectNoSeriousA11yViolations(page, 'registration with converted names');
    await screenshot(page, '41-register-katakana-phone');

    await page.getByLabel('パスワード（8文字以上）').fill('hanako-pass-2026');
    await page.getByLabel('パスワード（確認）').fill('hanako-pass-2026');
    await page.getByLabel('利用規約に同意する').check();
    await page.getByRole('button', { name: '登録する' }).click();
    await waitForHeading(page, 'マイページ');
    await page.getByText('ヤマダ ハナコ 様').waitFor();
    await page.context().close();
  });

  it('at a clinic a failed login points to registering the ticket, and the typed code is read back as its municipality', async () => {
    const campaign = await Campaign.create(e2e.server, { plan: 'CLINIC', siteName: 'さくらクリニック' });
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    await logInWithBirthDate(page, '9876543210', BIRTH_DATE);
    await page.getByText('接種券をまだ登録していない方は、先に接種券を登録してください。').waitFor();
    await expectNoSeriousA11yViolations(page, 'clinic login refused');
    await screenshot(page, '42-clinic-login-unregistered-phone');

    await page.getByRole('link', { name: '接種券を登録する' }).click();
    await waitForHeading(page, '接種券の登録');
    // What was typed at the login comes along.
    expect(await page.getByLabel('接種券番号（10桁）').inputValue()).toBe('9876543210');
    const code = page.getByLabel('市町村コード（6桁）');
    await code.fill('131017');
    await page.getByText('このコードは最後の1桁（チェック用の数字）が合いません。').waitFor();
    await code.fill('１３１０１６');
    await page.getByText('東京都千代田区の接種券として登録します。').waitFor();
    await expectNoSeriousA11yViolations(page, 'self-registration with the municipality read back');
    await screenshot(page, '43-self-register-municipality-phone');

    await page.getByRole('button', { name: '登録してログイン' }).click();
    await waitForHeading(page, '利用者登録');
    await page.context().close();
  });

  it('my page folds cancelled bookings away; the calendar explains ○△×－ and marks days without slots apart from full ones', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: 'みなと市 新型コロナワクチン接種' });
    const roomy = await campaign.slot(tokyoAt(8, '10:00'), 20);
    await campaign.slot(tokyoAt(9, '10:00'), 3);
    const full = await campaign.slot(tokyoAt(10, '10:00'), 1);
    const [someoneElse, recipient] = await campaign.recipients(2);
    await someoneElse!.data(BOOK, { input: { slotId: full, dose: 1 } });
    const booked = await recipient!.data(BOOK, { input: { slotId: roomy, dose: 1 } });
    await recipient!.data(CANCEL, { input: { reservationId: booked.bookReservation.reservations[0]!.id } });

    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, recipient!.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/my`);
    await waitForHeading(page, 'マイページ');
    const folded = page.locator('details.cancelled-reservations');
    expect(await folded.locator('summary').textContent()).toBe('キャンセルした予約（1件）');
    expect(await folded.getAttribute('open')).toBeNull();
    expect(await folded.locator('.reservation').first().isVisible()).toBe(false);
    await expectNoSeriousA11yViolations(page, 'my page with a cancelled booking');
    await screenshot(page, '44-my-page-cancelled-folded-phone');
    await folded.locator('summary').click();
    expect(await folded.locator('.reservation').first().isVisible()).toBe(true);

    await page.getByRole('link', { name: '予約する' }).first().click();
    await waitForHeading(page, '予約する');
    await page.locator('.calendar__grid').waitFor();
    const day = (days: number) =>
      page.locator(`[data-date="${localDateOf(tokyoAt(days, '10:00'), 'Asia/Tokyo')}"]`);
    // The calendar may open on this month while the days are in the next: turn until day 8 is there.
    for (let i = 0; i < 2 && (await day(8).count()) === 0; i++)
      await page.getByRole('button', { name: '次の月' }).click();
    await expect.poll(() => day(8).getAttribute('aria-disabled'), { timeout: 15_000 }).toBe('false');
    const legend = page.getByRole('list', { name: 'カレンダーの記号' });
    expect((await legend.textContent())?.replace(/\s+/g, '')).toBe(
      '○空きあり△残りわずか（5人以下）×満員－枠なし',
    );
    expect(await day(8).locator('.calendar__mark').textContent()).toBe('○');
    const few = day(9);
    if ((await few.count()) > 0) expect(await few.locator('.calendar__mark').textContent()).toBe('△');
    const fullDay = day(10);
    if ((await fullDay.count()) > 0) {
      expect(await fullDay.locator('.calendar__mark').textContent()).toBe('×');
      expect(await fullDay.getAttribute('aria-label')).toContain('満員');
    }
    // A day with no slots at all: its own mark, label and look (dashed and hatched, not a full day's grey).
    const none = day(7);
    expect(await none.locator('.calendar__mark').textContent()).toBe('－');
    expect(await none.getAttribute('aria-label')).toContain('枠なし');
    const look = (locator: typeof none) =>
      locator.evaluate((el) => {
        const page = globalThis as unknown as {
          getComputedStyle: (e: unknown) => { borderTopStyle: string; backgroundImage: string };
        };
        const style = page.getComputedStyle(el);
        return `${style.borderTopStyle} ${style.backgroundImage}`;
      });
    expect(await look(none)).toMatch(/^dashed repeating-linear-gradient/);
    expect(await look(day(8))).toMatch(/^solid none/);
    await expectNoSeriousA11yViolations(page, 'calendar with its legend');
    await screenshot(page, '45-calendar-legend-phone');
    await context.close();
  });
});
