import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, loggedInPage, newContext, screenshot } from '../testkit/browser.js';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, LOGOUT, MAILBOX, REGISTER_RECIPIENT, UPDATE_SITE_SETTINGS } from '../testkit/operations.js';
import { localDateOf } from '../../server/src/shared/time.js';
import { logInWithBirthDate, pickDate, serverAndBrowser, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();
/** The issue asks for phone screenshots at 390 px. */
const PHONE_390 = { width: 390, height: 844 };

async function siteWithContact(options: Parameters<typeof Campaign.create>[1] = {}) {
  const campaign = await Campaign.create(e2e.server, {
    siteName: 'みなと市 新型コロナワクチン接種',
    ...options,
  });
  await campaign.operator.data(UPDATE_SITE_SETTINGS, {
    input: {
      siteId: campaign.site.id,
      contactPhone: '0120-000-123',
      contactHours: '平日 9:00〜17:00',
      contactEmail: 'vaccine@example.jp',
    },
  });
  return campaign;
}

/** A ticket whose holder registered (password, and the given mail or phone) through the API. */
async function registeredTicket(campaign: Campaign, profile: { email?: string; phone?: string }) {
  const [number] = await campaign.tickets(1);
  const caller = await campaign.login(number!);
  await caller.data(REGISTER_RECIPIENT, {
    input: {
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      password: 'old-password-1',
      acceptTerms: true,
      ...profile,
    },
  });
  return { number: number!, caller };
}

async function phonePage(): Promise<Page> {
  const context = await newContext(e2e.browser, PHONE_390);
  return context.newPage();
}

async function logInWithPassword(page: Page, ticketNumber: string, password: string) {
  await page.getByLabel('接種券番号（10桁）').fill(ticketNumber);
  await page.getByLabel('パスワード（登録済みの方）').check();
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

describe('a forgotten password is never a dead end', () => {
  it('the login page links to パスワードを忘れた方; a link mailed to the registered address sets a new password that logs in', async () => {
    const campaign = await siteWithContact();
    const { number } = await registeredTicket(campaign, { email: 'hanako@example.jp' });
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    // The site's contact is on the page and in the footer.
    await expect.poll(() => page.locator('footer').textContent()).toContain('0120-000-123');
    await page.getByRole('link', { name: 'パスワードを忘れた方' }).first().click();

    await waitForHeading(page, 'パスワードを忘れた方');
    await expectNoSeriousA11yViolations(page, 'forgot password');
    await screenshot(page, '30-forgot-password-phone');
    await page.getByLabel('接種券番号（10桁）').fill(number);
    await page.getByLabel('生年月日', { exact: true }).fill('昭和55年5月5日');
    await page.getByText('入力された生年月日：1980年（昭和55年）5月5日').waitFor();
    await page.getByRole('button', { name: '再設定用のリンクを送る' }).click();
    await page.getByRole('status').filter({ hasText: '再設定用のリンクをお送りしました' }).waitFor();
    await screenshot(page, '31-reset-mail-sent-phone');

    const { mailbox } = await campaign.operator.data(MAILBOX, { siteId: campaign.site.id });
    const link = /https?:\/\/\S+\/password\/new#token=\S+/.exec(mailbox[0]!.text ?? '')![0];
    await page.goto(link.replace(/^https?:\/\/[^/]+/, e2e.server.baseUrl));
    await waitForHeading(page, '新しいパスワードの設定');
    await expectNoSeriousA11yViolations(page, 'new password');
    await screenshot(page, '32-new-password-phone');
    await page.getByLabel('新しいパスワード（8文字以上）').fill('new-password-2026');
    await page.getByLabel('新しいパスワード（確認）').fill('new-password-2026');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();

    await waitForHeading(page, 'ログイン');
    await page.getByText('新しいパスワードを設定しました。').waitFor();
    await logInWithPassword(page, number, 'new-password-2026');
    await waitForHeading(page, 'マイページ');

    // The link works once.
    await page.goto(link.replace(/^https?:\/\/[^/]+/, e2e.server.baseUrl));
    await waitForHeading(page, '新しいパスワードの設定');
    await page.getByLabel('新しいパスワード（8文字以上）').fill('third-password-2026');
    await page.getByLabel('新しいパスワード（確認）').fill('third-password-2026');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await page.getByRole('alert').filter({ hasText: 'このリンクは使えません' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'もう一度申し込む' }).count()).toBe(1);
  });

  it('without mail: the registered phone number sets a new password; mistakes are announced and focused first', async () => {
    const campaign = await siteWithContact();
    const { number } = await registeredTicket(campaign, { phone: '090-1234-5678' });
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/password`);
    await waitForHeading(page, 'パスワードを忘れた方');
    await page.getByLabel('登録した電話番号を入力して、その場で再設定する').check();
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    // The first bad field has the focus, with its message.
    await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('ticketNumber');
    await page.getByText('接種券番号は10桁の数字で入力してください。').waitFor();
    await expectNoSeriousA11yViolations(page, 'forgot password with errors');
    await screenshot(page, '33-reset-phone-errors-phone');

    await page.getByLabel('接種券番号（10桁）').fill(number);
    await page.getByLabel('生年月日', { exact: true }).fill('19800505');
    await page.getByLabel('登録した電話番号', { exact: true }).fill('０９０１２３４５６７８');
    await page.getByLabel('新しいパスワード（8文字以上）').fill('phone-pass-2026');
    await page.getByLabel('新しいパスワード（確認）').fill('phone-pass-2026');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await waitForHeading(page, 'ログイン');
    await logInWithPassword(page, number, 'phone-pass-2026');
    await waitForHeading(page, 'マイページ');
  });

  it('through the site’s contact: the page shows whom to call and when', async () => {
    const campaign = await siteWithContact();
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/password`);
    await waitForHeading(page, 'パスワードを忘れた方');
    await page.getByLabel('窓口に問い合わせる（メールも電話番号も登録していない方）').check();
    const section = page.getByRole('region', { name: 'お問い合わせ' });
    await expect.poll(() => section.textContent()).toContain('0120-000-123');
    expect(await section.getByRole('link', { name: '0120-000-123' }).getAttribute('href')).toBe(
      'tel:0120000123',
    );
    await expectNoSeriousA11yViolations(page, 'reset through the contact');
    await screenshot(page, '34-reset-contact-phone');
  });
});

describe('birth dates typed the common ways', () => {
  it('19800505 and 昭和55年5月5日 are read back as 1980年（昭和55年）5月5日 and log in; 0041 is caught before it is sent', async () => {
    const campaign = await siteWithContact();
    const [number] = await campaign.tickets(1);
    const page = await phonePage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('RecipientLogin'))
        requests.push(request.postData()!);
    });
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    const field = page.getByLabel('生年月日', { exact: true });
    await page.getByLabel('接種券番号（10桁）').fill(number!);

    await field.fill('昭和41年');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByText('生年月日が読み取れません。').waitFor();
    await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('birthDate');
    await field.fill('0041-04-01');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByText('生年月日は1900年から今日までの日付で入力してください。').waitFor();
    expect(requests).toEqual([]);

    await field.fill('19800505');
    await page.getByText('入力された生年月日：1980年（昭和55年）5月5日').waitFor();
    await field.fill('昭和55年5月5日');
    await page.getByText('入力された生年月日：1980年（昭和55年）5月5日').waitFor();
    await expectNoSeriousA11yViolations(page, 'login with a birth date read back');
    await screenshot(page, '36-login-birth-date-phone');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await waitForHeading(page, '利用者登録');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain(BIRTH_DATE);
  });

  it('the year, month and day can be picked from lists instead', async () => {
    const campaign = await siteWithContact();
    const [number] = await campaign.tickets(1);
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    await page.getByRole('button', { name: '年・月・日を一覧から選ぶ' }).click();
    await page.getByLabel('年', { exact: true }).selectOption('1980');
    await page.getByLabel('月', { exact: true }).selectOption('5');
    await page.getByLabel('日', { exact: true }).selectOption('5');
    await page.getByText('入力された生年月日：1980年（昭和55年）5月5日').waitFor();
    await expectNoSeriousA11yViolations(page, 'birth date from lists');
    await logInWithBirthDate(page, number!, '1980/5/5');
    await waitForHeading(page, '利用者登録');
  });
});

describe('cancelling dose 1 while dose 2 is booked', () => {
  it('the dialog warns that dose 2 goes too; afterwards my page offers booking dose 1 again', async () => {
    const campaign = await siteWithContact({ intervalDays: 21, windowDays: 7 });
    const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const second = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const recipient = await campaign.recipient();
    await recipient.data(BOOK, { input: { slotId: first, dose: 1 } });
    await recipient.data(BOOK, { input: { slotId: second, dose: 2 } });
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/my`);
    await waitForHeading(page, 'マイページ');
    await page.getByText('すべての回の予約が済んでいます。').waitFor();

    await page.getByRole('button', { name: /キャンセルする.*1回目/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('2回目の予約も取り消されます').waitFor();
    await expectNoSeriousA11yViolations(page, 'cancel dialog naming dose 2');
    await screenshot(page, '35-cancel-dose1-with-dose2-phone');
    await dialog.getByRole('button', { name: 'キャンセルする' }).click();

    await page.getByText('予約をキャンセルしました。').waitFor();
    await expect.poll(() => page.locator('.status--cancelled').count()).toBe(2);
    await page.getByRole('link', { name: '新しく予約する' }).click();
    await waitForHeading(page, '予約する');
  });
});

describe('what a person always knows', () => {
  it('a full-width ＠ registers; a bad address is named at its field in Japanese, focused, never “Argument Validation Error”', async () => {
    const campaign = await siteWithContact();
    const [number] = await campaign.tickets(1);
    const page = await phonePage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    await logInWithBirthDate(page, number!, BIRTH_DATE);
    await waitForHeading(page, '利用者登録');
    await page.getByLabel('セイ（カタカナ）').fill('ヤマダ');
    await page.getByLabel('メイ（カタカナ）').fill('ハナコ');
    await page.getByLabel('メールアドレス').fill('hanako＠example');
    await page.getByLabel('パスワード（8文字以上）').fill('hanako-pass-2026');
    await page.getByLabel('パスワード（確認）').fill('hanako-pass-2026');
    await page.getByLabel('利用規約に同意する').check();
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText('メールアドレスの形式が正しくありません').waitFor();
    await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('email');
    expect(await page.textContent('body')).not.toContain('Argument Validation Error');
    await expectNoSeriousA11yViolations(page, 'registration with a bad address');
    await screenshot(page, '37-register-email-error-phone');

    await page.getByLabel('メールアドレス').fill('ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ');
    await page.getByRole('button', { name: '登録する' }).click();
    await waitForHeading(page, 'マイページ');
    await page.getByText('利用者登録が完了しました。').waitFor();
    const [row] = await e2e.server.query<{ email: string }>(
      `select r.email from recipient r join ticket t on t.id = r.ticket_id where t.site_id = ? and t.number = ?`,
      [campaign.site.id, number],
    );
    expect(row!.email).toBe('hanako@example.jp');
  });

  it('a session that ends mid-booking returns to the same step after logging in again and says nothing was booked', async () => {
    const campaign = await siteWithContact();
    await campaign.slot(tokyoAt(5, '10:00'), 5);
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約する');
    const day = page.locator('.calendar__day--available').first();
    await day.waitFor();
    await day.click();
    await page.locator('.slot', { hasText: '10:00' }).click();
    await waitForHeading(page, '内容の確認');

    // The session ends (e.g. it expired) while the person reads the confirmation.
    await recipient.data(LOGOUT);
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await waitForHeading(page, 'ログインの有効期限が切れました');
    await page.getByRole('link', { name: 'ログイン画面へ' }).click();
    await waitForHeading(page, 'ログイン');
    await page.getByText('ログインし直すと、前の画面に戻ります。').waitFor();
    await logInWithPassword(page, recipient.ticketNumber, 'recipient-pass-1');
    // Back at the very step the session ended on, told the booking was not made.
    await waitForHeading(page, '内容の確認');
    await page.getByText('前回の予約は完了していません').waitFor();
    await expectNoSeriousA11yViolations(page, 'booking resumed after a new login');
    await screenshot(page, '38-booking-resumed-phone');
  });
});

describe('the booking steps', () => {
  it('the calendar says it is loading, the book button says it is booking, and the booked page prints without its controls', async () => {
    const campaign = await siteWithContact();
    await campaign.slot(tokyoAt(6, '10:00'), 5);
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    // A slow network: the month's slots and the booking take a second and a half each.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('BookAvailability') || body.includes('"BookReservation"'))
        await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約する');
    await page.getByRole('status').filter({ hasText: '読み込み中' }).waitFor();
    expect(await page.locator('.calendar-wrap').getAttribute('aria-busy')).toBe('true');
    await pickDate(page, localDateOf(tokyoAt(6, '10:00'), 'Asia/Tokyo'));
    await page.locator('.slot', { hasText: '10:00' }).click();
    await waitForHeading(page, '内容の確認');
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await page.getByRole('button', { name: '予約しています…' }).waitFor();
    await waitForHeading(page, 'マイページ');
    await page.getByRole('button', { name: 'この画面を印刷する' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'この画面を印刷する' }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /キャンセルする/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.locator('article.reservation').first().isVisible()).toBe(true);
    await screenshot(page, '40-booked-print-phone');
  });

  it('back and forward step through date, time and confirmation; the times come into view after tapping a date', async () => {
    const campaign = await siteWithContact();
    await campaign.slot(tokyoAt(6, '10:00'), 5);
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約する');
    await pickDate(page, localDateOf(tokyoAt(6, '10:00'), 'Asia/Tokyo'));
    // The first time is on screen without scrolling by hand.
    const firstTime = page.locator('.slot').first();
    await firstTime.waitFor();
    await expect
      .poll(async () => {
        const box = await firstTime.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= PHONE_390.height;
      })
      .toBe(true);
    await page.locator('.slot', { hasText: '10:00' }).click();
    await waitForHeading(page, '内容の確認');
    expect(page.url()).toContain('confirm=1');

    await page.goBack();
    await waitForHeading(page, '予約する');
    await page.locator('.slot', { hasText: '10:00' }).waitFor();
    await page.goForward();
    await waitForHeading(page, '内容の確認');
  });

  it('a booking that could no longer be cancelled says so before it is confirmed, and my page gives the number to call', async () => {
    const campaign = await siteWithContact({ cancellationCutoffHours: 24 });
    const startsAt = new Date(Date.now() + 3 * 3600_000);
    await campaign.slot(startsAt, 5);
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser, PHONE_390);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約する');
    await pickDate(page, localDateOf(startsAt, 'Asia/Tokyo'));
    await page.locator('.slot').first().click();
    await waitForHeading(page, '内容の確認');
    await page.getByText('この時間は、予約するとキャンセルできません').waitFor();
    await expectNoSeriousA11yViolations(page, 'confirmation of a booking that cannot be cancelled');
    await screenshot(page, '39-confirm-not-cancellable-phone');
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await waitForHeading(page, 'マイページ');
    // Where the card says to call, the number is right there.
    const card = page.locator('article.reservation').first();
    await expect.poll(() => card.textContent()).toContain('お問い合わせ先にご連絡ください');
    expect(await card.getByRole('link', { name: '0120-000-123' }).getAttribute('href')).toBe(
      'tel:0120000123',
    );
  });
});
