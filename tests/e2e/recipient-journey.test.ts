import { describe, expect, it } from 'vitest';
import { addDays } from '../../server/src/shared/time.js';
import { expectNoSeriousA11yViolations, newContext } from '../testkit/browser.js';
import { BIRTH_DATE, Campaign, tokyoDate } from '../testkit/campaign.js';
import { GENERATE_SLOTS } from '../testkit/operations.js';
import {
  firstAvailableDate,
  japaneseDate,
  logInWithBirthDate,
  registerProfile,
  serverAndBrowser,
  shoot,
  waitForHeading,
} from './pages.js';

const e2e = serverAndBrowser();

describe('a recipient in a real browser', () => {
  it('logs in with a ticket, registers, books a set, sees it on my page and cancels it; every page passes axe', async () => {
    const campaign = await Campaign.create(e2e.server, {
      plan: 'WORKPLACE',
      bookingMode: 'SET',
      siteName: '株式会社サンプル 職域接種',
      venueName: '本社ビル 3F 会議室',
      vaccineName: 'ファイザー (コミナティ)',
      intervalDays: 21,
      windowDays: 7,
      cancellationCutoffHours: 24,
    });
    await campaign.operator.data(GENERATE_SLOTS, {
      input: {
        venueId: campaign.venueId,
        vaccineId: campaign.vaccineId,
        fromDate: tokyoDate(2),
        toDate: tokyoDate(40),
        weekdays: [1, 2, 3, 4, 5, 6],
        dayStart: '09:00',
        dayEnd: '12:00',
        slotMinutes: 30,
        capacity: 5,
      },
    });
    const [ticket] = await campaign.tickets(1);
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // Login
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    await expectNoSeriousA11yViolations(page, 'login');
    await shoot(page, '01-login');
    await logInWithBirthDate(page, ticket!, BIRTH_DATE);

    // First login: registration
    await waitForHeading(page, '利用者登録');
    await expectNoSeriousA11yViolations(page, 'registration');
    await shoot(page, '02-register');
    await registerProfile(page);

    // My page, nothing booked yet
    await waitForHeading(page, 'マイページ');
    await page.getByText('利用者登録が完了しました。').waitFor();
    await page.getByText('予約はまだありません。').waitFor();
    await expectNoSeriousA11yViolations(page, 'my page (empty)');
    await shoot(page, '03-my-page');
    await page.getByRole('link', { name: '新しく予約する' }).click();

    // New reservation: the only venue and vaccine are preset; calendar, then times
    await waitForHeading(page, '予約する');
    const date = await firstAvailableDate(page);
    await page.locator(`[data-date="${date}"]`).click();
    await page.getByRole('heading', { name: new RegExp(`^${japaneseDate(date)}.* の時間$`) }).waitFor();
    await expectNoSeriousA11yViolations(page, 'calendar and times');
    await shoot(page, '04-calendar');
    await page.locator('.slot', { hasText: '09:00〜09:30' }).click();

    // Confirmation shows both dates of the set: dose 2 at the same time 21 days later
    await waitForHeading(page, '内容の確認');
    await expect.poll(() => page.getByTestId('confirm-dose2').textContent()).toContain('09:00〜09:30');
    expect(await page.getByTestId('confirm-dose1').textContent()).toContain(`${japaneseDate(date)}`);
    expect(await page.getByTestId('confirm-dose2').textContent()).toContain(japaneseDate(addDays(date, 21)));
    await expectNoSeriousA11yViolations(page, 'confirmation');
    await shoot(page, '05-confirm-set');
    await page.getByRole('button', { name: 'この内容で予約する' }).click();

    // My page lists both doses
    await waitForHeading(page, 'マイページ');
    // Mail is on and an address was registered: the message says a confirmation went out.
    await page.getByText('予約が完了しました。確認メールを送りました。').waitFor();
    const cards = page.locator('article.reservation');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).textContent()).toContain('1回目');
    expect(await cards.nth(0).textContent()).toContain('予約済み');
    expect(await cards.nth(0).textContent()).toContain('本社ビル 3F 会議室');
    expect(await cards.nth(1).textContent()).toContain(japaneseDate(addDays(date, 21)));
    await expectNoSeriousA11yViolations(page, 'my page (booked)');
    await shoot(page, '06-my-page-booked');
    const booked = await e2e.server.query<{ status: string; pair_id: string | null }>(
      `select r.status, r.pair_id from reservation r join ticket t on t.id = r.ticket_id
        where t.site_id = ? and t.number = ? order by r.dose`,
      [campaign.site.id, ticket],
    );
    expect(booked.map((r) => r.status)).toEqual(['BOOKED', 'BOOKED']);
    expect(booked[0]!.pair_id).not.toBeNull();

    // Cancel, with a confirmation that says both doses go
    await page.getByRole('button', { name: 'キャンセルする (1回目)' }).click();
    const dialog = page.getByRole('dialog', {
      name: new RegExp(`^1回目（${japaneseDate(date)}\\(.\\) 09:00）の予約をキャンセルしますか？$`),
    });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('1回目と2回目の両方');
    expect(await dialog.getByRole('button', { name: 'キャンセルしない' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'cancel confirmation');
    await shoot(page, '07-cancel-confirm');
    await dialog.getByRole('button', { name: 'キャンセルする', exact: true }).click();
    await page.getByText('予約をキャンセルしました。').waitFor();
    await expect.poll(() => page.locator('.status--cancelled').count()).toBe(2);
    await shoot(page, '08-my-page-cancelled');
    const after = await e2e.server.query<{ status: string }>(
      `select r.status from reservation r join ticket t on t.id = r.ticket_id where t.site_id = ? and t.number = ? order by r.dose`,
      [campaign.site.id, ticket],
    );
    expect(after.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);

    // English on request
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'My page');
    await expectNoSeriousA11yViolations(page, 'my page in English');
    await shoot(page, '09-my-page-english');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
