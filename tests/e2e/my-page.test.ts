import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, loggedInPage, newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { serverAndBrowser, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();

describe('my page settings', () => {
  it('a person registered without an address adds one and can then switch the reminder on', async () => {
    const campaign = await Campaign.create(e2e.server);
    const recipient = await campaign.recipient();
    const context = await newContext(e2e.browser);
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/my`);
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

    const [row] = await e2e.server.query<{ email: string; reminder_opt_in: boolean }>(
      `select r.email, r.reminder_opt_in from recipient r join ticket t on t.id = r.ticket_id where t.site_id = ? and t.number = ?`,
      [campaign.site.id, recipient.ticketNumber],
    );
    expect(row).toEqual({ email: 'hanako@example.jp', reminder_opt_in: true });
    await context.close();
  });
});
