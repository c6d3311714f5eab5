import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, newContext } from '../testkit/browser.js';
import { CREATE_SITE } from '../testkit/operations.js';
import { adminLogIn, checkAdminPage, operatorAccount, waitForAdminHeading, WIDE } from './admin-pages.js';
import {
  firstAvailableDate,
  logInWithBirthDate,
  registerProfile,
  serverAndBrowser,
  waitForHeading,
} from './pages.js';

const e2e = serverAndBrowser();

/** Counts what the site admin had to do: screens seen and form fields touched. */
class Effort {
  screens = 0;
  fields = 0;
  screen() {
    this.screens++;
  }
  async fill(page: Page, label: string, value: string) {
    this.fields++;
    await page.getByLabel(label).fill(value);
  }
}

describe('the admin app, from an empty site to the first booking', () => {
  it('the operator creates a site and its admin; that admin runs the wizard from empty to open; a recipient books in a second page', async () => {
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const operator = await operatorAccount(e2e.server);
    const code = `e2e-${randomUUID().slice(0, 8)}`;
    const siteName = '株式会社テスト 職域接種';
    const adminEmail = `admin-${randomUUID().slice(0, 8)}@test.example`;

    // The operator logs in and lands on the site list
    await page.goto(`${e2e.server.baseUrl}/admin`);
    await waitForAdminHeading(page, '管理者ログイン');
    await checkAdminPage(page, 'login');
    await adminLogIn(page, e2e.server.baseUrl, operator);
    await waitForAdminHeading(page, 'サイト一覧');
    await page
      .getByRole('navigation', { name: '管理メニュー' })
      .getByRole('link', { name: 'サイトを作成' })
      .waitFor();
    await checkAdminPage(page, 'sites');

    // … creates the site
    await page.getByRole('link', { name: 'サイトを作成' }).first().click();
    await waitForAdminHeading(page, 'サイトを作成');
    await checkAdminPage(page, 'new-site');
    await page.getByLabel('サイト名').fill(siteName);
    await page.getByLabel('サイトコード').fill(code);
    await page.getByLabel('職域').check();
    await page.getByRole('button', { name: '作成する' }).click();
    await waitForAdminHeading(page, siteName);
    await page.getByText(`サイト「${siteName}」（コード ${code}）を作成しました。`).waitFor();

    // … and its admin
    await page.getByLabel('メールアドレス').fill(adminEmail);
    await page.getByLabel('表示名').fill('テスト 花子');
    await page.getByLabel('初期パスワード（10文字以上）').fill('site-admin-pass-1');
    await page.getByLabel('役割').selectOption('SITE_ADMIN');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText(`${adminEmail} を登録しました。`).waitFor();
    await page.getByRole('cell', { name: adminEmail }).waitFor();
    await checkAdminPage(page, 'site');

    // The search finds it by code
    await page.getByRole('link', { name: 'サイト一覧' }).click();
    await waitForAdminHeading(page, 'サイト一覧');
    await page.getByLabel('サイト名・コードで検索').fill(code.toUpperCase());
    await page.getByRole('button', { name: '検索' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: code }).waitFor();
    await checkAdminPage(page, 'sites');
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await waitForAdminHeading(page, '管理者ログイン');

    // The site admin runs the wizard
    const effort = new Effort();
    await adminLogIn(page, e2e.server.baseUrl, { email: adminEmail, password: 'site-admin-pass-1' });
    effort.screen();
    effort.fields += 2;
    await waitForAdminHeading(page, 'サイト一覧');
    effort.screen();
    await page.getByRole('link', { name: code }).click();
    await waitForAdminHeading(page, siteName);
    effort.screen();
    // A site admin creates no sites: the menu does not offer it
    expect(
      await page
        .getByRole('navigation', { name: '管理メニュー' })
        .getByRole('link', { name: 'サイトを作成' })
        .count(),
    ).toBe(0);
    await page.getByRole('link', { name: '初期設定ウィザードを開く' }).click();
    await waitForAdminHeading(page, '初期設定ウィザード');

    const step = (n: number, name: string) =>
      page.getByRole('heading', { level: 2, name: `ステップ ${n} / 7：${name}` }).waitFor();
    const next = (label = '保存して次へ') => page.getByRole('button', { name: label }).click();

    await step(1, '名前とコード');
    effort.screen();
    expect(await page.getByLabel('サイト名').inputValue()).toBe(siteName);
    await checkAdminPage(page, 'wizard-1-basics');
    await next();

    await step(2, '利用規約');
    effort.screen();
    const terms = await page.getByLabel('利用規約', { exact: true }).inputValue();
    expect(terms).toContain('【利用規約】');
    expect(terms).toContain('[Terms of use]');
    await checkAdminPage(page, 'wizard-2-terms');
    await next();

    await step(3, '予約の設定');
    effort.screen();
    await page.getByRole('group', { name: '電話番号' }).getByLabel('表示しない').check();
    effort.fields++;
    await effort.fill(page, '利用者がキャンセルできる期限（接種の何時間前まで）', '48');
    await checkAdminPage(page, 'wizard-3-policy');
    await next();

    await step(4, '会場とワクチン');
    effort.screen();
    await effort.fill(page, '会場名', '本社ビル 3F 会議室');
    expect(await page.getByLabel('ワクチン', { exact: true }).inputValue()).toBe('new');
    await page.getByRole('button', { name: 'ファイザー (コミナティ)' }).click();
    effort.fields++;
    expect(await page.getByLabel('ワクチン名').inputValue()).toBe('ファイザー (コミナティ)');
    await checkAdminPage(page, 'wizard-4-venue');
    await next('会場を登録して次へ');

    await step(5, '予約枠');
    effort.screen();
    await page.getByTestId('slot-preview-summary').waitFor();
    expect(await page.getByTestId('slot-preview-summary').textContent()).toMatch(
      /10 日間 × 1 日 6 枠 = 60 枠/,
    );
    await checkAdminPage(page, 'wizard-5-slots');
    await next('枠を作成して次へ');

    await step(6, '対象者');
    effort.screen();
    await page.getByText('60 枠を作成しました。', { exact: true }).waitFor();
    // Typed rows with mistakes (not counted as effort): every malformed line is named, then the server's
    // refusals come in Japanese with the line numbers as typed (the generated CSV's header line not counted)
    const typed = page.getByLabel('または入力（1 行に 1 枚：接種券番号, 生年月日）');
    await typed.fill('abc\n1234567890, 1980-04-01\n\n12345, 1975-12-24');
    await next('内容を確認する');
    await page.getByText('（1、4 行目）。', { exact: false }).waitFor();
    await typed.fill('1234567890, 1980-04-01\n\n1234567891, 2099-12-24\n1234567890, 1980-04-01');
    await next('内容を確認する');
    await page.getByText('3 行のうち 1 件を登録します（登録済み 0 件、エラー 2 件）。').waitFor();
    expect(await page.locator('.ticket-errors li').allTextContents()).toEqual([
      '3 行目 生年月日：値の形式が正しくありません。今日より前の日付を YYYY/MM/DD または YYYY-MM-DD で書いてください。',
      '4 行目 接種券番号：ファイル内で重複しています。接種券番号 1234567890 は 1 行目にもあります。',
    ]);
    await effort.fill(
      page,
      'または入力（1 行に 1 枚：接種券番号, 生年月日）',
      '1234567890, 1980-04-01\n1234567891, 1975-12-24',
    );
    await next('内容を確認する');
    await page.getByText('2 行のうち 2 件を登録します（登録済み 0 件、エラー 0 件）。').waitFor();
    await checkAdminPage(page, 'wizard-6-tickets');
    await next('登録して次へ');

    await step(7, '受付開始');
    effort.screen();
    await page.getByText('2 枚の接種券を登録しました。').waitFor();
    await checkAdminPage(page, 'wizard-7-open');
    await next('受付を開始する');
    await page.getByText(/予約の受け付けを開始しました。/).waitFor();

    console.log(
      `Setup wizard, from login to open bookings: ${effort.screens} screens, ${effort.fields} form fields filled (everything else prefilled)`,
    );

    const [site] = await e2e.server.query<{
      cancellation_cutoff_hours: number;
      phone_field: string;
      booking_opens_at: Date | null;
    }>(`select cancellation_cutoff_hours, phone_field, booking_opens_at from site where code = ?`, [code]);
    expect(site).toEqual({ cancellation_cutoff_hours: 48, phone_field: 'HIDDEN', booking_opens_at: null });

    // A recipient books in a second page
    const recipientContext = await newContext(e2e.browser);
    const recipient = await recipientContext.newPage();
    recipient.on('pageerror', (error) => pageErrors.push(error.message));
    await recipient.goto(`${e2e.server.baseUrl}/s/${code}`);
    await waitForHeading(recipient, 'ログイン');
    await logInWithBirthDate(recipient, '1234567890', '1980-04-01');
    await waitForHeading(recipient, '利用者登録');
    await registerProfile(recipient);
    await waitForHeading(recipient, 'マイページ');
    await recipient.getByRole('link', { name: '新しく予約する' }).click();
    await waitForHeading(recipient, '予約する');
    const date = await firstAvailableDate(recipient);
    await recipient.locator(`[data-date="${date}"]`).click();
    await recipient.locator('.slot', { hasText: '09:00〜09:30' }).click();
    await waitForHeading(recipient, '内容の確認');
    await recipient.getByRole('button', { name: 'この内容で予約する' }).click();
    await waitForHeading(recipient, 'マイページ');
    await recipient.getByText('予約が完了しました。').waitFor();
    const booked = await e2e.server.query<{ status: string }>(
      `select r.status from reservation r join ticket t on t.id = r.ticket_id join site s on s.id = t.site_id
        where s.code = ? and t.number = '1234567890'`,
      [code],
    );
    expect(booked.map((r) => r.status)).toEqual(['BOOKED']);

    // The settings page shows the same settings; a bad value is refused at its field
    await page.getByRole('link', { name: 'サイト設定へ' }).click();
    await waitForAdminHeading(page, 'サイト設定');
    expect(await page.getByLabel('利用者がキャンセルできる期限（接種の何時間前まで）').inputValue()).toBe(
      '48',
    );
    await page.getByLabel('サイトコード').fill('S0001 bad');
    await page.getByLabel('前日のリマインドメールを送る時刻').fill('');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('半角英数字と - _ で 2〜40 文字（先頭は英数字）で入力してください。').waitFor();
    await page.getByText('時:分（例 18:00）で入力してください。').waitFor();
    expect(await page.getByLabel('サイトコード').getAttribute('aria-invalid')).toBe('true');
    await checkAdminPage(page, 'settings');
    // A code another site has is refused by the server, and said at the code field
    const taken = `taken-${randomUUID().slice(0, 8)}`;
    await (
      await e2e.server.operator()
    ).data(CREATE_SITE, { input: { name: '別のサイト', plan: 'CLINIC', code: taken } });
    await page.getByLabel('サイトコード').fill(taken);
    await page.getByLabel('前日のリマインドメールを送る時刻').fill('18:00');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('このコードは使われています。').waitFor();
    expect(await page.getByLabel('サイトコード').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('サイトコード').fill(code);
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。').waitFor();

    // English one tap away
    await page.getByRole('button', { name: 'English' }).click();
    await waitForAdminHeading(page, 'Site settings');
    await page.setViewportSize(DESKTOP);

    expect(pageErrors).toEqual([]);
    await recipientContext.close();
    await context.close();
  });
});
