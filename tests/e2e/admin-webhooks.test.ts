import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { CREATE_ADMIN_USER, CREATE_WEBHOOK_ENDPOINT, PING_WEBHOOK_ENDPOINT } from '../testkit/operations.js';
import { Receiver } from '../testkit/webhook-receiver.js';
import { adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser();
const PASSWORD = 'admin-password-1';

describe('admin: webhook endpoints on the API keys page', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await Receiver.start();
  });
  afterAll(() => receiver.close());

  it('"rotate secret" shows the new secret once with a copy button; deliveries then verify with the new and, during the overlap, the old secret', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: '株式会社サンプル 職域接種' });
    const email = `site_admin-${randomUUID().slice(0, 8)}@test.example`;
    await campaign.operator.data(CREATE_ADMIN_USER, {
      input: {
        email,
        displayName: '管理 花子',
        password: PASSWORD,
        role: 'SITE_ADMIN',
        siteId: campaign.site.id,
      },
    });
    const url = receiver.url('/e2e-rotate');
    const { createWebhookEndpoint } = await campaign.operator.data(CREATE_WEBHOOK_ENDPOINT, {
      input: { siteId: campaign.site.id, url, eventTypes: ['reservation.booked'] },
    });
    const oldSecret = createWebhookEndpoint.secret;

    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await adminLogIn(page, e2e.server.baseUrl, { email, password: PASSWORD });
    await page.getByRole('navigation', { name: '管理メニュー' }).waitFor();
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/api-keys`);
    await waitForAdminHeading(page, 'API キー');
    await page.getByRole('heading', { name: 'Webhook 通知先' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(url) });
    await expect.poll(() => row.textContent()).toContain('reservation.booked');
    await checkAdminPage(page, 'webhooks');

    await page.getByRole('button', { name: `${url} の署名シークレットを更新` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('送信ごとに新旧両方のシークレットで署名する').waitFor();
    expect(await dialog.getByLabel('旧シークレットでも署名する期間').inputValue()).toBe('24');
    await dialog.getByRole('button', { name: '署名シークレットを更新' }).click();

    const secretBox = page.getByTestId('webhook-secret');
    await secretBox.waitFor();
    const newSecret = (await secretBox.textContent())!.trim();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    await page.getByText(/このシークレットは今だけ表示されます/).waitFor();
    await page.getByText(/までは、旧シークレットによる署名も付けて送信します。/).waitFor();
    await page.getByRole('button', { name: 'シークレットをコピー' }).waitFor();
    // The overlap's end is listed with the endpoint.
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    await checkAdminPage(page, 'webhooks-rotated');

    // A ping now carries a signature of each secret; a receiver holding either accepts it.
    await campaign.operator.data(PING_WEBHOOK_ENDPOINT, {
      input: { endpointId: createWebhookEndpoint.endpoint.id },
    });
    const ping = receiver.requests.filter((r) => r.path === '/e2e-rotate').at(-1)!;
    expect(ping.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(newSecret).verify(ping.body, ping.headers)).not.toThrow();
    expect(() => new Webhook(oldSecret).verify(ping.body, ping.headers)).not.toThrow();

    // Shown once: gone after closing and reloading.
    await page.getByRole('button', { name: '保存したので閉じる' }).click();
    await page.reload();
    await waitForAdminHeading(page, 'API キー');
    await page.getByRole('heading', { name: 'Webhook 通知先' }).waitFor();
    expect(await page.content()).not.toContain(newSecret);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
