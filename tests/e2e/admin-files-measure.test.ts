import { randomUUID } from 'node:crypto';
import iconv from 'iconv-lite';
import { it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { upload } from '../testkit/admin.js';
import { ADMIN_LOGIN, CREATE_ADMIN_USER, PREVIEW_IMPORT_PAGE } from '../testkit/operations.js';
import { adminLogIn, waitForAdminHeading, WIDE } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser();
/**
 * Not part of the suite: `MEASURE_ROWS=100000 npx vitest run --project e2e tests/e2e/admin-files-measure.test.ts`
 * prints the time from the upload's end to the first errors on screen, and the API's own time.
 */
const ROWS = Number(process.env.MEASURE_ROWS ?? 0);

it.skipIf(ROWS === 0)(
  'measures the preview of a large file with an error on every row',
  { timeout: 600_000 },
  async () => {
    const campaign = await Campaign.create(e2e.server);
    const email = `m-${randomUUID().slice(0, 8)}@test.example`;
    await campaign.operator.data(CREATE_ADMIN_USER, {
      input: {
        email,
        displayName: 'm',
        password: 'admin-password-1',
        role: 'SITE_ADMIN',
        siteId: campaign.site.id,
      },
    });
    const page = await (await newContext(e2e.browser, WIDE)).newPage();
    await adminLogIn(page, e2e.server.baseUrl, { email, password: 'admin-password-1' });
    await waitForAdminHeading(page, 'サイト一覧');
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/files/tickets`);
    await waitForAdminHeading(page, '接種券の取り込み');
    const lines = ['接種券番号,生年月日'];
    for (let i = 0; i < ROWS; i++) lines.push(`${3_000_000_000 + i},1980/13/01`);
    const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932');
    const admin = await e2e.server
      .caller()
      .data(ADMIN_LOGIN, { input: { email, password: 'admin-password-1' } });
    const api = e2e.server.caller(admin.adminLogin.token);
    const a0 = Date.now();
    const sent = await upload(e2e.server, api.token, bytes);
    const a1 = Date.now();
    const { previewImport } = await api.data(PREVIEW_IMPORT_PAGE, {
      input: { siteId: campaign.site.id, uploadId: sent.body.uploadId!, kind: 'VALID_TICKETS' },
      first: 200,
    });
    console.log(
      `MEASURE api upload=${a1 - a0}ms previewWithFirstPage=${Date.now() - a1}ms errors=${previewImport.errorCount}`,
    );
    const t0 = Date.now();
    await page
      .getByLabel(/^CSV ファイルを選ぶ/)
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bytes });
    await page.getByText('big.csv の内容を確認しています…').waitFor({ timeout: 120_000 });
    const uploaded = Date.now();
    await page
      .getByRole('table', { name: /エラーの一覧/ })
      .locator('tbody tr')
      .nth(1)
      .waitFor({ timeout: 300_000 });
    const shown = Date.now();
    await page.getByRole('cell', { name: '1980/13/01' }).first().waitFor({ timeout: 300_000 });
    const values = Date.now();
    const rendered = await page.locator('tbody tr').count();
    console.log(
      `MEASURE rows=${ROWS} bytes=${bytes.length} upload=${uploaded - t0}ms firstErrorsAfterUpload=${shown - uploaded}ms valuesAfterUpload=${values - uploaded}ms renderedRows=${rendered}`,
    );
  },
);
