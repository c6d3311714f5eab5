import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { ASSIGN_STAFF_VENUES, CREATE_ADMIN_USER, CREATE_VENUE, SITES } from '../testkit/operations.js';
import {
  adminLogIn,
  checkAdminPage,
  operatorAccount,
  tabTo,
  waitForAdminHeading,
  WIDE,
} from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser();
const PASSWORD = 'admin-password-1';

/** An admin user of the campaign's site with a password a person types. */
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

describe('what each admin role sees and is refused', () => {
  it('a venue staff login sees only their venue, no site screens, and is refused them by URL and by the API', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '本社ビル 3F 会議室' });
    const { createVenue: other } = await campaign.operator.data(CREATE_VENUE, {
      input: {
        siteId: campaign.site.id,
        name: '大阪支社 会議室',
        address: '',
        vaccineIds: [campaign.vaccineId],
      },
    });
    const staff = await account(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await adminLogIn(page, e2e.server.baseUrl, staff);
    await waitForAdminHeading(page, '担当会場');
    await page.getByRole('cell', { name: '本社ビル 3F 会議室' }).waitFor();
    expect(await page.getByRole('cell', { name: other.name }).count()).toBe(0);
    const menu = page.getByRole('navigation', { name: '管理メニュー' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['担当会場', '当日受付']);
    await checkAdminPage(page, 'my-venues');

    // Typed URLs of screens not theirs show the refusal, not the screen
    for (const path of ['/admin/sites', '/admin/sites/new', `/admin/sites/${campaign.site.code}/settings`]) {
      await page.goto(`${e2e.server.baseUrl}${path}`);
      await waitForAdminHeading(page, 'この画面を使う権限がありません');
    }
    await checkAdminPage(page, 'denied');

    // … and the API says the same to their token
    const token = await page.evaluate<string>(`JSON.parse(sessionStorage.getItem('vr.admin.session')).token`);
    expect(await e2e.server.caller(token).errorCode(SITES, { first: 10 })).toBe('FORBIDDEN');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a site admin is refused another site’s screens and the operator’s; their menu offers neither', async () => {
    const [mine, theirs] = [await Campaign.create(e2e.server), await Campaign.create(e2e.server)];
    const admin = await account(mine, 'SITE_ADMIN');
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    await adminLogIn(page, e2e.server.baseUrl, admin);
    await waitForAdminHeading(page, 'サイト一覧');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: mine.site.code }).waitFor();
    const menu = page.getByRole('navigation', { name: '管理メニュー' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['サイト一覧', '担当会場', '当日受付']);

    await page.goto(`${e2e.server.baseUrl}/admin/sites/${theirs.site.code}/settings`);
    await page.getByText('このサイトを管理する権限がありません。').waitFor();
    await page.goto(`${e2e.server.baseUrl}/admin/sites/new`);
    await waitForAdminHeading(page, 'この画面を使う権限がありません');
    await expectNoSeriousA11yViolations(page, 'refusal');
    await context.close();
  });

  it('the operator logs in, creates a site and opens it by keyboard alone', async () => {
    const operator = await operatorAccount(e2e.server);
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/admin`);
    await waitForAdminHeading(page, '管理者ログイン');
    // The page's heading holds the focus; the next stop is the email field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>(`document.activeElement.type`)).toBe('email');
    await page.keyboard.type(operator.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(operator.password);
    await page.keyboard.press('Enter');
    await waitForAdminHeading(page, 'サイト一覧');

    await tabTo(page, 'サイトを作成');
    await page.keyboard.press('Enter');
    await waitForAdminHeading(page, 'サイトを作成');
    const code = `kb-${randomUUID().slice(0, 8)}`;
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>(`document.activeElement.name`)).toBe('name');
    await page.keyboard.type('キーボード大学 接種');
    await page.keyboard.press('Tab');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await waitForAdminHeading(page, 'キーボード大学 接種');

    await tabTo(page, 'サイト設定を開く');
    await page.keyboard.press('Enter');
    await waitForAdminHeading(page, 'サイト設定');
    await tabTo(page, '保存する', 200);
    await page.keyboard.press('Enter');
    await page.getByText('保存しました。').waitFor();
    await context.close();
  });
});
