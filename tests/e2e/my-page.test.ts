import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
} from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { TestServer } from '../testkit/server.js';
import { waitForHeading } from './pages.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([TestServer.start(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('my page settings', () => {
  it('a person registered without an address adds one and can then switch the reminder on', async () => {
    const campaign = await Campaign.create(server);
    const recipient = await campaign.recipient();
    const context = await newContext(browser);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${server.baseUrl}/s/${campaign.site.code}/my`);
    await waitForHeading(page, 'マイページ');
    const reminder = page.getByLabel('接種日の前日にリマインドメールを受け取る');
    expect(await reminder.isDisabled()).toBe(true);

    await page.getByLabel('メールアドレス').fill('not-an-address');
    await page.getByRole('button', { name: 'メールアドレスを保存' }).click();
    await page.getByText('メールアドレスの形式が正しくありません。').waitFor();

    await page.getByLabel('メールアドレス').fill('hanako@example.jp');
    await page.getByRole('button', { name: 'メールアドレスを保存' }).click();
    await page.getByText('メールアドレスを保存しました。').waitFor();
    await expect.poll(() => reminder.isDisabled()).toBe(false);
    // The box follows the saved setting, so it turns checked once the server answered.
    await reminder.click();
    await page.getByText('設定を保存しました。').waitFor();
    await expect.poll(() => reminder.isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'my page with an address');

    const [row] = await server.query<{ email: string; reminder_opt_in: boolean }>(
      `select r.email, r.reminder_opt_in from recipient r join ticket t on t.id = r.ticket_id where t.site_id = ? and t.number = ?`,
      [campaign.site.id, recipient.ticketNumber],
    );
    expect(row).toEqual({ email: 'hanako@example.jp', reminder_opt_in: true });
    await context.close();
  });
});
