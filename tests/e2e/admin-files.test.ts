import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import iconv from 'iconv-lite';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { CREATE_ADMIN_USER, REGISTER_TICKETS } from '../testkit/operations.js';
import { adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser();

/** A CSV as Excel saves it for a Japanese user: CP932, CRLF, no BOM. */
const excelCsv = (lines: string[]) => iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932');

async function siteAdminPage(campaign: Campaign): Promise<Page> {
  const email = `site-admin-${randomUUID().slice(0, 8)}@test.example`;
  await campaign.operator.data(CREATE_ADMIN_USER, {
    input: {
      email,
      displayName: '管理 花子',
      password: 'admin-password-1',
      role: 'SITE_ADMIN',
      siteId: campaign.site.id,
    },
  });
  const context = await newContext(e2e.browser, WIDE);
  const page = await context.newPage();
  await adminLogIn(page, e2e.server.baseUrl, { email, password: 'admin-password-1' });
  await waitForAdminHeading(page, 'サイト一覧');
  return page;
}

async function open(page: Page, campaign: Campaign, path: string, heading: string) {
  await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/${path}`);
  await waitForAdminHeading(page, heading);
}

async function choose(page: Page, name: string, bytes: Uint8Array) {
  await page
    .getByLabel(/^CSV ファイルを選ぶ/)
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

/** Scrolls a scrolling box to its end (runs in the page; the test process has no DOM types). */
const toBottom = (box: { scrollTo(x: number, y: number): void; scrollHeight: number }) =>
  box.scrollTo(0, box.scrollHeight);

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

describe('files: import, issuance and history in the admin app', () => {
  it('an eligible-ticket file with errors shows every bad row and cannot be committed; the corrected file is registered', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: '市民ワクチン接種' });
    const page = await siteAdminPage(campaign);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, campaign, 'files/tickets', '接種券の取り込み');

    // The template in Shift_JIS is the Japanese header line as CP932 encodes it
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'テンプレートをダウンロード' }).click(),
    ]);
    expect(iconv.decode(await bytesOf(template), 'cp932')).toBe(
      '接種券番号,生年月日,市町村コード,社員番号,メールアドレス,個別宛名番号\r\n',
    );

    await choose(
      page,
      '接種券_誤り.csv',
      excelCsv([
        '接種券番号,生年月日,メールアドレス',
        '2000000001,1980/04/01,hanako@example.jp',
        '20000X0002,1981/05/02,',
        '2000000003,1982年13月40日,',
        '2000000001,1980/04/01,',
      ]),
    );
    await page.getByRole('heading', { name: '接種券_誤り.csv の確認結果' }).waitFor();
    const table = page.getByRole('table', { name: /エラーの一覧/ });
    await table.getByRole('row', { name: /3 接種券番号 20000X0002 値の形式が正しくありません/ }).waitFor();
    await table.getByRole('row', { name: /4 生年月日 1982年13月40日/ }).waitFor();
    await table.getByRole('row', { name: /5 接種券番号 2000000001 ファイル内で重複しています/ }).waitFor();
    // Each reason's detail is in Japanese on a Japanese page, not the API's English sentence
    expect(await table.locator('.files__detail').allTextContents()).toEqual([
      '接種券番号は 10 桁の数字で書いてください。',
      '今日より前の日付を YYYY/MM/DD または YYYY-MM-DD で書いてください。',
      '接種券番号 2000000001 は 2 行目にもあります。',
    ]);
    expect(await page.getByRole('button', { name: '登録する' }).isDisabled()).toBe(true);
    await checkAdminPage(page, 'files-tickets-errors');

    await choose(
      page,
      '接種券.csv',
      excelCsv([
        '接種券番号,生年月日,メールアドレス',
        '2000000001,1980/04/01,hanako@example.jp',
        '2000000002,1981/05/02,',
      ]),
    );
    await page.getByRole('heading', { name: '接種券.csv の確認結果' }).waitFor();
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText('2 件を登録しました（登録済み 0 件）。').waitFor();

    await open(page, campaign, 'files/history', '取り込み履歴');
    // When (the site's clock, 2026/12/07 09:30), who uploaded and who committed, and the outcome;
    // no mail was queued, so the row says nothing about mail
    const committed = page.getByRole('row', {
      name: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 接種券の取り込み 接種券\.csv 2 アップロード：管理 花子\s*登録：管理 花子\s*登録済み（2 件）\s*変更なし 0 件$/,
    });
    await committed.waitFor();
    expect(await committed.textContent()).not.toContain('メール');
    await page
      .getByRole('row', { name: /接種券_誤り\.csv 4 アップロード：管理 花子\s*確認のみ（エラー 3 件）/ })
      .waitFor();
    await checkAdminPage(page, 'files-history');
    expect(errors).toEqual([]);
  });

  it('an issuance is committed and its result file, with a plain warning about passwords, downloads in Shift_JIS', async () => {
    const campaign = await Campaign.create(e2e.server, {
      plan: 'WORKPLACE',
      siteName: '株式会社サンプル 職域接種',
    });
    const page = await siteAdminPage(campaign);
    await open(page, campaign, 'files/issuance', '仮接種券発行');
    await choose(
      page,
      '発行_誤り.csv',
      excelCsv(['枚数,メールアドレス,氏名', '0,a@example.jp,山田', '1,b@example.jp,佐藤']),
    );
    await page
      .getByRole('table', { name: /エラーの一覧/ })
      .getByRole('row', { name: /2 枚数 0/ })
      .waitFor();
    expect(await page.getByRole('button', { name: '発行する' }).isDisabled()).toBe(true);

    await choose(page, '発行.csv', excelCsv(['枚数,メールアドレス,氏名', '2,a@example.jp,山田', '1,,佐藤']));
    await page.getByRole('heading', { name: '発行.csv の確認結果' }).waitFor();
    await page.getByRole('button', { name: '発行する' }).click();
    await page.getByText('3 枚の仮接種券を発行しました。', { exact: false }).waitFor();
    await page.getByText('このファイルには初期パスワードが含まれます。', { exact: false }).waitFor();
    await checkAdminPage(page, 'files-issuance');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '発行結果をダウンロード' }).click(),
    ]);
    const lines = iconv
      .decode(await bytesOf(download), 'cp932')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^枚数,メールアドレス,氏名,発行接種券番号,初期パスワード$/);
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(1)) expect(line).toMatch(/,\d{10},[A-Z2-9]{10}$/);

    // Two of the three tickets have an address: two login mails, as the history says
    await open(page, campaign, 'files/history', '取り込み履歴');
    const issuedRow = page.getByRole('row').filter({ hasText: '発行.csv' }).filter({ hasText: '登録済み' });
    await issuedRow.waitFor();
    expect(await issuedRow.innerText()).toMatch(
      /アップロード：管理 花子\s+登録：管理 花子[\s\S]*登録済み（3 件）\s*変更なし 0 件 \/ メール 2 通を送信待ちに追加/,
    );
  });

  it('a file with hundreds of errors shows the first page at once and reads the rest from the server as the table scrolls', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: '市民ワクチン接種' });
    const page = await siteAdminPage(campaign);
    const graphqlBodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlBodies.push(request.postData() ?? '');
    });
    await open(page, campaign, 'files/tickets', '接種券の取り込み');
    const lines = ['接種券番号,生年月日'];
    for (let i = 0; i < 450; i++)
      lines.push(`${5_000_000_000 + i},1980/13/${String((i % 28) + 1).padStart(2, '0')}`);
    await choose(page, '多い.csv', excelCsv(lines));
    await page.getByRole('heading', { name: '多い.csv の確認結果' }).waitFor();
    await page.getByText('450 件のうち 200 件を表示しています。', { exact: false }).waitFor();
    const table = page.getByRole('table', { name: /エラーの一覧/ });
    await table.getByRole('row', { name: /^2 生年月日 1980\/13\/01 / }).waitFor();
    // Only what is in view is rendered
    expect(await table.locator('tbody tr').count()).toBeLessThan(60);
    expect(graphqlBodies.filter((b) => b.includes('FilesImportErrors'))).toHaveLength(0);

    const region = page.getByRole('region', { name: /エラーの一覧/ });
    for (let i = 0; i < 20; i++) {
      if ((await page.getByText('450 件のうち 450 件を表示しています。', { exact: false }).count()) > 0)
        break;
      await region.evaluate(toBottom);
      await page.waitForTimeout(300);
    }
    await page.getByText('450 件のうち 450 件を表示しています。', { exact: false }).waitFor();
    await region.evaluate(toBottom);
    await table.getByRole('row', { name: /^451 生年月日 1980\/13\/02 / }).waitFor();
    expect(graphqlBodies.filter((b) => b.includes('FilesImportErrors'))).toHaveLength(2);
    expect(await page.getByRole('button', { name: '登録する' }).isDisabled()).toBe(true);
    await checkAdminPage(page, 'files-tickets-many-errors');
  });

  it('a provisional ticket is linked by its typed 18-digit line; bad lines are refused at the field and the unlinked list shrinks', async () => {
    const campaign = await Campaign.create(e2e.server, {
      plan: 'WORKPLACE',
      siteName: '株式会社サンプル 職域接種',
    });
    const numbers = ['9100000001', '9100000002'];
    await campaign.operator.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'PROVISIONAL',
        tickets: numbers.map((number) => ({ number, birthDate: '1980-05-05' })),
      },
    });
    const page = await siteAdminPage(campaign);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, campaign, 'real-tickets', '本接種券の紐付け');
    const unlinked = page.getByRole('table', { name: 'まだ紐付けていない人' });
    await unlinked.getByRole('cell', { name: numbers[0] }).waitFor();
    await page.getByText('2 人', { exact: true }).waitFor();
    // The camera is offered even where Chromium has no BarcodeDetector (the ponyfill reads the QR code;
    // admin-real-ticket-camera.test.ts shows a code to a fake camera)
    await page.getByRole('button', { name: 'カメラで QR コードを読み取る' }).waitFor();

    const provisional = page.getByLabel('仮接種券番号');
    const line = page.getByLabel('接種券の 18 桁');
    await provisional.fill(numbers[0]!);
    await line.fill('11131016012345678');
    await page.getByRole('button', { name: '紐付ける', exact: true }).click();
    await page.getByText('接種券の 18 桁の数字を入力してください。').waitFor();
    expect(await line.getAttribute('aria-invalid')).toBe('true');

    // A wrong check digit in the municipality code: the server refuses it, shown at the field
    await line.fill('111310150123456789');
    await line.press('Enter');
    await page.getByText('市町村コードのチェックデジットが合いません。', { exact: false }).waitFor();

    // Typed the way a keyboard-wedge scanner types it, full-width with a hyphen, then Enter
    await line.fill('');
    await line.focus();
    await page.keyboard.type('１１-１３１０１６-０１２３４５６７８９');
    await page.keyboard.press('Enter');
    await page
      .getByText(`仮接種券 ${numbers[0]} を接種券（市町村コード 131016、番号 0123456789）に紐付けました。`)
      .waitFor();
    await page.getByText('1 人', { exact: true }).waitFor();
    expect(await unlinked.getByRole('cell', { name: numbers[0] }).count()).toBe(0);

    // The same real ticket for the other person is refused, naming who holds it
    await provisional.fill(numbers[1]!);
    await line.fill('111310160123456789');
    await page.getByRole('button', { name: '紐付ける', exact: true }).click();
    await page.getByText(`この接種券は仮接種券 ${numbers[0]} に紐付け済みです。`).waitFor();
    await checkAdminPage(page, 'real-tickets');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ダウンロード', exact: true }).click(),
    ]);
    const exported = iconv.decode(await bytesOf(download), 'cp932');
    expect(exported).toContain(numbers[1]);
    expect(exported).not.toContain(numbers[0]);
    expect(errors).toEqual([]);
  });

  it('a bulk booking (一括予約) with an unknown ticket and venue is refused row by row; the corrected file books both', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '市民会館' });
    await campaign.slot(tokyoAt(3, '10:00'), 5);
    const [first, second] = await campaign.tickets(2);
    const at = `${tokyoDate(3).replaceAll('-', '/')} 10:00`;
    const page = await siteAdminPage(campaign);
    await open(page, campaign, 'files/bulk-booking', '一括予約');
    await choose(
      page,
      '一括予約_誤り.csv',
      excelCsv([
        '接種券番号,会場,日時',
        `${first},市民会館,${at}`,
        `9999999999,市民会館,${at}`,
        `${second},公民館,${at}`,
      ]),
    );
    const table = page.getByRole('table', { name: /エラーの一覧/ });
    await table.getByRole('row', { name: /^3 .*9999999999 登録されていない接種券です/ }).waitFor();
    await table.getByRole('row', { name: /^4 .*公民館 会場が見つかりません/ }).waitFor();
    expect(await page.getByRole('button', { name: '予約する' }).isDisabled()).toBe(true);

    await choose(
      page,
      '一括予約.csv',
      excelCsv(['接種券番号,会場,日時', `${first},市民会館,${at}`, `${second},市民会館,${at}`]),
    );
    await page.getByRole('heading', { name: '一括予約.csv の確認結果' }).waitFor();
    await page.getByRole('button', { name: '予約する' }).click();
    await page.getByText('2 件を予約しました（予約済み 0 件）。', { exact: false }).waitFor();
  });
});
