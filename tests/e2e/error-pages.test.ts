import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, loggedInPage, newContext } from '../testkit/browser.js';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, LOGOUT } from '../testkit/operations.js';
import { registerProfile, serverAndBrowser, shoot, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();

describe('a clear page for every error', () => {
  it('an unknown site code gets a "site not found" page; a path that is no page is 404 and /healthz is unchanged', async () => {
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/s/NO-SUCH-SITE`);
    await waitForHeading(page, 'サイトが見つかりません');
    expect(await page.textContent('main')).toContain('NO-SUCH-SITE');
    await expectNoSeriousA11yViolations(page, 'site not found');
    await shoot(page, '20-site-not-found');

    const admin = await page.goto(`${e2e.server.baseUrl}/administrator`);
    expect(admin?.status()).toBe(404);
    const health = await page.goto(`${e2e.server.baseUrl}/healthz`);
    expect(await health?.text()).toBe('ok');
    await context.close();
  });

  it('a session that ended elsewhere leads to the "session expired" page, then back to the login', async () => {
    const campaign = await Campaign.create(e2e.server);
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/my`);
    await waitForHeading(page, 'マイページ');

    await recipient.data(LOGOUT);
    await page.reload();
    await waitForHeading(page, 'ログインの有効期限が切れました');
    await expectNoSeriousA11yViolations(page, 'session expired');
    await shoot(page, '21-session-expired');
    await page.getByRole('link', { name: 'ログイン画面へ' }).click();
    await waitForHeading(page, 'ログイン');
    await context.close();
  });

  it('before bookings open, the booking page says when they open, in the site’s time', async () => {
    const opensAt = tokyoAt(2, '10:00');
    const campaign = await Campaign.create(e2e.server, { bookingOpensAt: opensAt.toISOString() });
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約受付はまだ始まっていません');
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' })
      .format(opensAt)
      .split('-')
      .map(Number);
    expect(await page.textContent('main')).toMatch(
      new RegExp(`${y}年${m}月${d}日\\(.\\) 10:00 に始まります`),
    );
    await expectNoSeriousA11yViolations(page, 'not open yet');
    await shoot(page, '22-not-open-yet');
    await context.close();
  });

  it('after the cut-off the cancel button is gone and the reason is shown', async () => {
    const campaign = await Campaign.create(e2e.server, { cancellationCutoffHours: 48 });
    const slotId = await campaign.slot(tokyoAt(1, '15:00'), 5);
    const recipient = await campaign.recipient();
    expect((await recipient.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
    const context = await newContext(e2e.browser);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/my`);
    await waitForHeading(page, 'マイページ');
    await page.getByText('キャンセル受付は終了しました（接種の48時間前まで）').waitFor();
    expect(await page.getByRole('button', { name: /キャンセルする/ }).count()).toBe(0);
    await context.close();
  });

  it('at a clinic a person registers their own ticket, with the municipality code checked as they type it', async () => {
    const campaign = await Campaign.create(e2e.server, { plan: 'CLINIC', siteName: 'さくらクリニック' });
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await waitForHeading(page, 'ログイン');
    await page.getByRole('link', { name: '接種券をまだ登録していない方（医療機関での接種）' }).click();
    await waitForHeading(page, '接種券の登録');
    await expectNoSeriousA11yViolations(page, 'self-registration');

    await page.getByLabel('市町村コード（6桁）').fill('131017');
    await page.getByLabel('接種券番号（10桁）').fill('９８７６５４３２１０');
    await page.getByLabel('生年月日', { exact: true }).fill(BIRTH_DATE);
    await page.getByRole('button', { name: '登録してログイン' }).click();
    await page.getByText('市町村コードの最後の1桁（チェック用の数字）が合いません').waitFor();
    await expectNoSeriousA11yViolations(page, 'self-registration with an error');
    await shoot(page, '23-self-register-error');

    await page.getByLabel('市町村コード（6桁）').fill('131016');
    await page.getByRole('button', { name: '登録してログイン' }).click();
    await waitForHeading(page, '利用者登録');
    await registerProfile(page);
    await waitForHeading(page, 'マイページ');
    expect(await page.textContent('main')).toContain('接種券番号 9876543210');
    await context.close();
  });
});
