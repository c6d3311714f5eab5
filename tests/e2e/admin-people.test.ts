import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { BIRTH_DATE, Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import {
  ASSIGN_STAFF_VENUES,
  BOOK,
  CREATE_ADMIN_USER,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
  ROSTER,
  UPDATE_SITE_SETTINGS,
  UPSERT_TICKETS,
} from '../testkit/operations.js';
import { adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

// The mail worker runs, so the outgoing-mail page shows mails delivered to the development mailbox.
const e2e = serverAndBrowser({ mailWorker: true, mailPollMs: 200 });
const PASSWORD = 'admin-password-1';

async function account(campaign: Campaign, role: 'SITE_ADMIN' | 'VENUE_STAFF', venueIds: string[] = []) {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  const { createAdminUser } = await campaign.operator.data(CREATE_ADMIN_USER, {
    input: {
      email,
      displayName: role === 'VENUE_STAFF' ? '会場 次郎' : '管理 花子',
      password: PASSWORD,
      role,
      siteId: campaign.site.id,
    },
  });
  if (role === 'VENUE_STAFF')
    await campaign.operator.data(ASSIGN_STAFF_VENUES, {
      input: { adminUserId: createAdminUser.id, venueIds },
    });
  return { email, password: PASSWORD };
}

let serial = 0;

/** A registered recipient with a mail address (so their booking confirmation reaches the mailbox). */
async function withEmail(campaign: Campaign, ticketNumber: string) {
  const caller = await campaign.login(ticketNumber);
  await caller.data(REGISTER_RECIPIENT, {
    input: {
      familyNameKana: 'サトウ',
      givenNameKana: 'ジロウ',
      email: `jiro-${ticketNumber}@example.jp`,
      password: 'recipient-pass-1',
      acceptTerms: true,
    },
  });
  return caller;
}

/**
 * A campaign with four people from the HR roster (employee ids E…): one who never logged in, one
 * registered without a booking (ヤマダ), one registered with a mail address who booked dose 1
 * themselves (サトウ), and a fourth registered without a booking (ヤマダ); two slots in three days.
 */
async function rosterCampaign() {
  const campaign = await Campaign.create(e2e.server, {
    siteName: '株式会社サンプル 職域接種',
    venueName: '本社 3F 会議室',
  });
  const base = 3_000_000_000 + (Date.now() % 1_000_000) * 100 + ++serial * 10;
  const numbers = [0, 1, 2, 3].map((i) => String(base + i));
  const ids = numbers.map((_, i) => `E${base % 100_000}${i}`);
  await campaign.operator.data(UPSERT_TICKETS, {
    input: {
      siteId: campaign.site.id,
      rows: numbers.map((n, i) => ({
        ticketNumber: n,
        birthDate: BIRTH_DATE,
        externalId: ids[i],
        department: '総務部',
        email: `person${i}-${n}@example.jp`,
      })),
    },
  });
  const early = await campaign.slot(tokyoAt(3, '10:00'), 5);
  await campaign.slot(tokyoAt(3, '10:30'), 5);
  const [, noBooking, booked, other] = [
    null,
    await campaign.recipient(numbers[1]),
    await withEmail(campaign, numbers[2]!),
    await campaign.recipient(numbers[3]),
  ];
  const result = await booked.data(BOOK, { input: { slotId: early, dose: 1 } });
  expect(result.bookReservation.ok).toBe(true);
  return { campaign, numbers, ids, noBooking: noBooking, other: other };
}

async function openAdmin(
  campaign: Campaign,
  role: 'SITE_ADMIN' | 'VENUE_STAFF' = 'SITE_ADMIN',
  venueIds: string[] = [],
) {
  const admin = await account(campaign, role, venueIds);
  const context = await newContext(e2e.browser, WIDE);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await adminLogIn(page, e2e.server.baseUrl, admin);
  await page.getByRole('navigation', { name: '管理メニュー' }).waitFor();
  return { page, context, pageErrors };
}

async function rosterNumbers(page: Page): Promise<string[]> {
  await page.locator('.admin-table, .admin-empty').first().waitFor();
  return page.locator('.admin-table tbody td a').allTextContents();
}

/** Scrolls a scroll box to its end (the page's element, typed here: the tests have no DOM types). */
async function scrollToEnd(box: Locator): Promise<void> {
  await box.evaluate((el: { scrollTop: number; scrollHeight: number }) => {
    el.scrollTop = el.scrollHeight;
  });
}

async function searchRoster(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: '検索' });
  await box.fill(text);
  await box.press('Enter');
}

describe('admin: people, reservations, audit log, mail and API keys', () => {
  it('a site admin searches the roster by number, kana and employee id and filters it by registration and booking state', async () => {
    const { campaign, numbers, ids } = await rosterCampaign();
    const { page, context, pageErrors } = await openAdmin(campaign);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/people`);
    await waitForAdminHeading(page, '接種対象者');
    await expect.poll(() => rosterNumbers(page)).toEqual(numbers);
    await checkAdminPage(page, 'people');

    // By keyboard: the search box, typed, Enter
    await searchRoster(page, numbers[2]!.slice(0, 10));
    await expect.poll(() => rosterNumbers(page)).toEqual([numbers[2]]);
    await searchRoster(page, 'やまだ');
    await expect.poll(() => rosterNumbers(page)).toEqual([numbers[1], numbers[3]]);
    await searchRoster(page, 'サト');
    await expect.poll(() => rosterNumbers(page)).toEqual([numbers[2]]);
    await searchRoster(page, ids[3]!);
    await expect.poll(() => rosterNumbers(page)).toEqual([numbers[3]]);
    await searchRoster(page, '');

    const filter = page.getByLabel('絞り込み');
    const expected: [string, string[]][] = [
      ['未登録', [numbers[0]!]],
      ['登録済み', numbers.slice(1)],
      ['一部予約済み', [numbers[2]!]],
      ['予約なし', [numbers[0]!, numbers[1]!, numbers[3]!]],
      ['全回予約済み', []],
      ['接種完了', []],
      ['無効', []],
    ];
    for (const [label, shown] of expected) {
      await filter.selectOption({ label });
      await expect.poll(() => rosterNumbers(page), { message: label }).toEqual(shown);
    }
    await filter.selectOption({ label: '一部予約済み' });
    await expect.poll(() => rosterNumbers(page)).toEqual([numbers[2]]);
    await checkAdminPage(page, 'people-filtered');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the roster of 450 loads 200 at a time as the virtual list scrolls, rendering only the rows in view', async () => {
    const campaign = await Campaign.create(e2e.server);
    const base = 4_000_000_000 + (Date.now() % 1_000_000) * 1000;
    await campaign.operator.data(UPSERT_TICKETS, {
      input: {
        siteId: campaign.site.id,
        rows: Array.from({ length: 450 }, (_, i) => ({
          ticketNumber: String(base + i),
          birthDate: BIRTH_DATE,
        })),
      },
    });
    const { page, context, pageErrors } = await openAdmin(campaign);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/people`);
    await waitForAdminHeading(page, '接種対象者');
    const count = page.locator('p.hint[role="status"]');
    await expect.poll(() => count.textContent()).toContain('200 人を表示中');
    expect(await page.locator('.admin-table tbody tr').count()).toBeLessThan(100);
    const list = page.getByRole('region', { name: '接種対象者' });
    // Each scroll to the end asks for the next page once the list is near its last loaded row
    for (const shown of ['400 人を表示中', '450 人']) {
      await expect
        .poll(async () => {
          await scrollToEnd(list);
          return count.textContent();
        })
        .toContain(shown);
    }
    await scrollToEnd(list);
    await page.getByRole('link', { name: String(base + 449) }).waitFor();
    expect(await page.locator('.admin-table tbody tr').count()).toBeLessThan(100);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a site admin books for a registered person with no booking yet, cancels it for them, resets their password and revokes the ticket', async () => {
    const { campaign, numbers } = await rosterCampaign();
    const { page, context, pageErrors } = await openAdmin(campaign);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/people`);
    await waitForAdminHeading(page, '接種対象者');
    await page.getByRole('link', { name: numbers[1]! }).click();
    await waitForAdminHeading(page, `接種券 ${numbers[1]}`);
    await page.getByText('予約はありません。').waitFor();
    await checkAdminPage(page, 'person');

    // Book on their behalf: venue, day, slot
    await page.getByLabel('会場', { exact: true }).selectOption({ label: '本社 3F 会議室' });
    const day = tokyoDate(3);
    const dateSelect = page.getByLabel('日付', { exact: true });
    await expect.poll(() => dateSelect.locator('option').count()).toBeGreaterThan(1);
    // Days read the Japanese way (2026年12月7日(月)), not as ISO dates
    expect(await dateSelect.locator(`option[value="${day}"]`).textContent()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日\([日月火水木金土]\) 空き \d+ 人$/,
    );
    await dateSelect.selectOption({ value: day });
    // Without a time, the message stands at the time field and is announced with it, not atop the form
    const slotSelect = page.getByLabel('時間帯', { exact: true });
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await expect.poll(() => slotSelect.getAttribute('aria-invalid')).toBe('true');
    const slotErrorId = (await slotSelect.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${slotErrorId}"]`).textContent()).toBe('時間帯を選んでください。');
    await expect.poll(() => page.locator('#book-slot:focus').count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: '時間帯を選んでください。' }).count()).toBe(0);
    await slotSelect.selectOption({ index: 2 });
    expect(await slotSelect.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await page.getByText(/予約しました（予約番号 /).waitFor();
    const row = page.locator('section', { hasText: '予約' }).getByRole('row', { name: /1 回目/ });
    await expect.poll(() => row.textContent()).toContain(`${day.replaceAll('-', '/')} 10:30`);
    expect(await row.textContent()).toMatch(/予約中.*管理者（代理）/);
    await checkAdminPage(page, 'person-booked');
    const booked = await campaign.operator.data(ROSTER, {
      siteId: campaign.site.id,
      filter: { search: numbers[1] },
    });
    expect(booked.tickets.edges[0]!.node.booking.state).toBe('DOSE1_ONLY');

    // Cancel on their behalf: the reason is required
    await page.getByRole('button', { name: '1 回目の予約を代理でキャンセル' }).click();
    const dialog = page.getByRole('dialog', { name: '予約を代理でキャンセルしますか?' });
    expect(await dialog.getByRole('button', { name: 'キャンセルする' }).isDisabled()).toBe(true);
    await dialog.getByLabel('理由（本人へのメールに記載されます）').fill('本人から電話で依頼');
    await dialog.getByRole('button', { name: 'キャンセルする' }).click();
    await page.getByText('1 件の予約をキャンセルしました。').waitFor();
    await expect.poll(() => row.textContent()).toMatch(/キャンセル/);

    // Reset the password: the temporary one is shown once and logs them in
    await page.getByRole('button', { name: 'パスワードを再発行' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '再発行する' }).click();
    const shown = page.getByTestId('temporary-password');
    await shown.waitFor();
    const temporary = (await shown.textContent())!.trim();
    const login = await e2e.server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: numbers[1]!, password: temporary },
    });
    expect(login.recipientLogin.ok).toBe(true);
    await page.getByRole('button', { name: '伝えたので閉じる' }).click();
    expect(await page.getByTestId('temporary-password').count()).toBe(0);

    // Send the login information again: after a confirmation, once; pressed again at once, refused
    await page.getByRole('button', { name: 'ログイン情報を再送信' }).click();
    await page
      .getByRole('dialog', { name: `接種券 ${numbers[1]} のログイン情報をメールで再送信しますか?` })
      .getByRole('button', { name: '送信する' })
      .click();
    await page
      .getByText(/ログイン情報とパスワード再設定用のリンクを .+@example\.jp に送信しました。/)
      .waitFor();
    await checkAdminPage(page, 'person-login-info');
    await page.getByRole('button', { name: 'ログイン情報を再送信' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '送信する' }).click();
    await page.getByText(/少し前に送信したばかりです。\d+ 分ほどしてからお試しください。/).waitFor();

    // Revoke, by keyboard in the confirmation
    await page.getByRole('button', { name: '接種券を無効にする' }).click();
    const revoke = page.getByRole('dialog', { name: `接種券 ${numbers[1]} を無効にしますか?` });
    await revoke.getByLabel('理由（任意。予約の取消メールに記載されます）').fill('退職');
    await page.keyboard.press('Tab'); // 戻る
    await page.keyboard.press('Tab'); // 無効にする
    await page.keyboard.press('Enter');
    await page.getByText('接種券を無効にしました（キャンセルした予約 0 件）。').waitFor();
    await expect.poll(() => page.locator('.admin-summary').textContent()).toContain('無効');
    const after = await campaign.operator.data(ROSTER, {
      siteId: campaign.site.id,
      filter: { search: numbers[1] },
    });
    expect(after.tickets.edges[0]!.node.status).toBe('REVOKED');

    // The history on their page shows what was done
    await page.reload();
    await waitForAdminHeading(page, `接種券 ${numbers[1]}`);
    const history = page.locator('section', { hasText: '操作履歴' });
    await expect.poll(() => history.textContent()).toMatch(/接種券の無効化/);
    expect(await history.textContent()).toMatch(/代理予約/);
    await checkAdminPage(page, 'person-revoked');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a person with no address on file cannot be mailed their login information: the page says to print it or phone them, with the site’s contact', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: '株式会社サンプル 職域接種' });
    await campaign.operator.data(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, contactPhone: '03-1234-5678', contactHours: '平日 9:00〜17:00' },
    });
    const [number] = await campaign.tickets(1);
    const { page, context, pageErrors } = await openAdmin(campaign);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/people/${number}`);
    await waitForAdminHeading(page, `接種券 ${number}`);
    await page.getByRole('button', { name: 'ログイン情報を再送信' }).click();
    const dialog = page.getByRole('dialog', {
      name: `接種券 ${number} のログイン情報をメールで再送信しますか?`,
    });
    expect(await dialog.textContent()).toContain('初回ログインの方法');
    await dialog.getByRole('button', { name: '送信する' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'メールアドレスが登録されていない' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('電話 03-1234-5678（平日 9:00〜17:00）');
    await warning.getByRole('button', { name: 'この画面を印刷' }).waitFor();
    await checkAdminPage(page, 'person-no-email');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the reservation list filters by venue, day, dose, status and who made it, downloads the CSV, and the audit log and outgoing mail show what was done', async () => {
    const { campaign, numbers } = await rosterCampaign();
    const { page, context, pageErrors } = await openAdmin(campaign);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/reservations`);
    await waitForAdminHeading(page, '予約一覧');
    const ticketsShown = () => rosterNumbers(page);
    await expect.poll(ticketsShown).toEqual([numbers[2]]);
    await page.getByLabel('接種日').fill(tokyoDate(3));
    await expect.poll(ticketsShown).toEqual([numbers[2]]);
    await page.getByLabel('予約した人').selectOption({ label: '管理者（代理）' });
    await expect.poll(ticketsShown).toEqual([]);
    await page.getByLabel('予約した人').selectOption({ label: '本人' });
    await page.getByLabel('状態', { exact: true }).selectOption({ label: '予約中' });
    await page.getByLabel('接種回').selectOption({ label: '1 回目' });
    await expect.poll(ticketsShown).toEqual([numbers[2]]);
    await page.getByLabel('接種回').selectOption({ label: '2 回目' });
    await expect.poll(ticketsShown).toEqual([]);
    await page.getByLabel('接種回').selectOption({ label: 'すべて' });
    await page.getByLabel('接種日').fill(tokyoDate(4));
    await expect.poll(ticketsShown).toEqual([]);
    await page.getByLabel('接種日').fill('');
    await expect.poll(ticketsShown).toEqual([numbers[2]]);
    await checkAdminPage(page, 'reservations');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '予約一覧をダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(numbers[2]);
    expect(csv).not.toContain(numbers[1]);
    await page.getByText(/をダウンロードしました。/).waitFor();

    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/audit`);
    await waitForAdminHeading(page, '操作履歴');
    await page.locator('.admin-table').waitFor();
    // Actions read as words, not as the API's names
    expect(await page.locator('.admin-table').textContent()).toContain('接種券の同期（API）');
    expect(await page.locator('.admin-table').textContent()).not.toContain('upsertTickets');
    // Targets read as words and a short id (サイト 0c6699e8, 予約 134d1ccf), not as the API's type names
    const targets = await page.locator('.admin-table tbody td:nth-child(4)').allTextContents();
    expect(targets).toContainEqual(expect.stringMatching(/^サイト [0-9a-z]{8}$/));
    expect(targets.filter((target) => /^[a-z_]+ /.test(target))).toEqual([]);
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '接種券の同期（API）' });
    await page.getByLabel('操作した人').selectOption({ label: '管理者・職員（全員）' });
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expect
      .poll(async () => [
        ...new Set(await page.locator('.admin-table tbody td:nth-child(3)').allTextContents()),
      ])
      .toEqual(['接種券の同期（API）']);
    await page.getByLabel('開始日').fill(tokyoDate(1));
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.getByText('該当する記録はありません。').waitFor();
    await page.getByLabel('開始日').fill('');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.locator('.admin-table').waitFor();
    await checkAdminPage(page, 'audit');

    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/mail`);
    await waitForAdminHeading(page, '送信メール');
    // The confirmation mail goes out after the booking's commit: reload until the dev mailbox has it
    await expect
      .poll(
        async () => {
          await page.reload();
          await waitForAdminHeading(page, '送信メール');
          await page.locator('.admin-table, .admin-empty').first().waitFor();
          return page.getByText(/開発用メールボックス/).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    const confirmation = page.locator('.admin-table tbody button').first();
    await confirmation.click();
    await expect.poll(() => page.locator('.admin-mail-body').textContent()).toBeTruthy();
    await checkAdminPage(page, 'audit-mail');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('an API key is created with scopes, its secret shown once with a warning, works over HTTP until it is revoked', async () => {
    const { campaign } = await rosterCampaign();
    const { page, context, pageErrors } = await openAdmin(campaign);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/api-keys`);
    await waitForAdminHeading(page, 'API キー');
    await page.getByText('API キーはまだありません。').waitFor();
    await checkAdminPage(page, 'api-keys');

    // No scope: refused at the field
    await page.getByLabel('名前').fill('人事システム連携');
    await page.getByRole('button', { name: '作成する' }).click();
    await page.getByText('権限を 1 つ以上選んでください。').waitFor();
    // By keyboard: the first scope is a Tab away from the name field
    await page.getByLabel('名前').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByLabel(/名簿の参照/).isChecked()).toBe(true);
    await page.getByRole('button', { name: '作成する' }).click();
    const secretBox = page.getByTestId('api-key-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())!.trim();
    expect(secret).toMatch(/^vrk_live_/);
    await page.getByText(/このキーは今だけ表示されます/).waitFor();
    await page.getByRole('button', { name: 'キーをコピー' }).waitFor();
    await checkAdminPage(page, 'api-keys-created');

    // The key reads the roster over HTTP
    const key = e2e.server.caller(secret);
    const roster = await key.data(ROSTER, { siteId: campaign.site.id, first: 10 });
    expect(roster.tickets.edges).toHaveLength(4);

    // Shown once: after closing or reloading, only its last four characters
    await page.getByRole('button', { name: '保存したので閉じる' }).click();
    await page.reload();
    await waitForAdminHeading(page, 'API キー');
    const row = page.getByRole('row', { name: /人事システム連携/ });
    await expect.poll(() => row.textContent()).toContain(secret.slice(-4));
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: '「人事システム連携」を無効にする' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '無効にする' }).click();
    await page.getByText('「人事システム連携」を無効にしました。').waitFor();
    await expect.poll(() => row.textContent()).toContain('無効');
    expect(await key.errorCode(ROSTER, { siteId: campaign.site.id, first: 10 })).toBe('UNAUTHENTICATED');
    await checkAdminPage(page, 'api-keys-revoked');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('venue staff see none of these screens in their menu, get the refusal by URL, and the API refuses them too', async () => {
    const { campaign, numbers } = await rosterCampaign();
    const { page, context, pageErrors } = await openAdmin(campaign, 'VENUE_STAFF', [campaign.venueId]);
    await waitForAdminHeading(page, '担当会場');
    const menu = page.getByRole('navigation', { name: '管理メニュー' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['担当会場', '当日受付']);
    for (const path of ['people', `people/${numbers[1]}`, 'reservations', 'audit', 'mail', 'api-keys']) {
      await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/${path}`);
      await waitForAdminHeading(page, 'この画面を使う権限がありません');
      expect(await page.getByRole('searchbox').count()).toBe(0);
    }
    const token = await page.evaluate<string>(`JSON.parse(sessionStorage.getItem('vr.admin.session')).token`);
    expect(await e2e.server.caller(token).errorCode(ROSTER, { siteId: campaign.site.id, first: 10 })).toBe(
      'FORBIDDEN',
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
