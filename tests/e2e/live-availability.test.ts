import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, loggedInPage, newContext } from '../testkit/browser.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { BOOK } from '../testkit/operations.js';
import { pickDate, serverAndBrowser, shoot, slotButton, waitForHeading } from './pages.js';

const e2e = serverAndBrowser({ availabilityCoalesceMs: 30 });

/** A page on the booking screen with the day picked, marked so a reload would be noticed. */
async function watchDay(campaign: Campaign, token: string, date: string): Promise<Page> {
  const context = await newContext(e2e.browser);
  const page = await loggedInPage(context, campaign.site.code, token);
  await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
  await waitForHeading(page, '予約する');
  await pickDate(page, date);
  await page.evaluate(() => {
    (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  return page;
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded === true);

describe('live counts in the browser', () => {
  it('two pages watch a venue; one books the last place and the other sees it go to zero without reloading', async () => {
    const campaign = await Campaign.create(e2e.server);
    const date = tokyoDate(3);
    await campaign.slot(tokyoAt(3, '10:00'), 1);
    await campaign.slot(tokyoAt(3, '10:30'), 2);
    const [alice, bob] = await campaign.recipients(2);

    const [pageA, pageB] = await Promise.all([
      watchDay(campaign, alice!.token!, date),
      watchDay(campaign, bob!.token!, date),
    ]);
    for (const page of [pageA, pageB]) {
      await expect.poll(() => slotButton(page, '10:00〜10:30').textContent()).toContain('残り 1 人');
    }
    await e2e.server.waitForSubscribers(2);

    await slotButton(pageA, '10:00〜10:30').click();
    await waitForHeading(pageA, '内容の確認');
    await pageA.getByRole('button', { name: 'この内容で予約する' }).click();
    await pageA.getByText('予約が完了しました。').waitFor();

    await expect
      .poll(() => slotButton(pageB, '10:00〜10:30').textContent(), { timeout: 10_000 })
      .toContain('満員');
    expect(await slotButton(pageB, '10:00〜10:30').isDisabled()).toBe(true);
    expect(await notReloaded(pageB)).toBe(true);
    await shoot(pageB, '10-live-full');
    await Promise.all([pageA.context().close(), pageB.context().close()]);
  });

  it('a slot taken while the person is on the confirmation gives a clear message and the fresh choices', async () => {
    const campaign = await Campaign.create(e2e.server);
    const date = tokyoDate(4);
    await campaign.slot(tokyoAt(4, '14:00'), 1);
    await campaign.slot(tokyoAt(4, '14:30'), 3);
    const [carol, dave] = await campaign.recipients(2);

    const page = await watchDay(campaign, carol!.token!, date);
    await e2e.server.waitForSubscribers(1);
    await slotButton(page, '14:00〜14:30').click();
    await waitForHeading(page, '内容の確認');

    // Someone else takes the last place while Carol reads the summary.
    const slotId = (
      await e2e.server.query<{ id: string }>(`select id from slot where venue_id = ? and starts_at = ?`, [
        campaign.venueId,
        tokyoAt(4, '14:00').toISOString(),
      ])
    )[0]!.id;
    const taken = await dave!.data(BOOK, { input: { slotId } });
    expect(taken.bookReservation.ok).toBe(true);

    await page.getByText('選んだ時間はちょうど満員になりました').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'この内容で予約する' }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'slot taken on the confirmation');
    await shoot(page, '11-slot-taken');
    await page.getByRole('button', { name: '時間を選び直す' }).click();
    await waitForHeading(page, '予約する');
    expect(await slotButton(page, '14:00〜14:30').isDisabled()).toBe(true);
    expect(await slotButton(page, '14:30〜15:00').textContent()).toContain('残り 3 人');
    expect(await notReloaded(page)).toBe(true);
    await page.context().close();
  });

  it('when the server refuses a slot that just filled (no live message yet), the page explains and offers the rest', async () => {
    const campaign = await Campaign.create(e2e.server);
    const date = tokyoDate(5);
    await campaign.slot(tokyoAt(5, '09:00'), 1);
    await campaign.slot(tokyoAt(5, '09:30'), 2);
    const [erin, frank] = await campaign.recipients(2);

    const context = await newContext(e2e.browser);
    // No WebSocket for this page: the refusal must come from the booking itself.
    await context.routeWebSocket(/\/graphql$/, (ws) => ws.close());
    const page = await loggedInPage(context, campaign.site.code, erin!.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await waitForHeading(page, '予約する');
    await pickDate(page, date);
    await slotButton(page, '09:00〜09:30').click();
    await waitForHeading(page, '内容の確認');
    const slotId = (
      await e2e.server.query<{ id: string }>(`select id from slot where venue_id = ? and starts_at = ?`, [
        campaign.venueId,
        tokyoAt(5, '09:00').toISOString(),
      ])
    )[0]!.id;
    expect((await frank!.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);

    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await page.getByRole('alert').filter({ hasText: '選んだ時間はちょうど満員になりました' }).waitFor();
    await waitForHeading(page, '予約する');
    await expect.poll(() => slotButton(page, '09:00〜09:30').isDisabled()).toBe(true);
    expect(await slotButton(page, '09:30〜10:00').textContent()).toContain('残り 2 人');
    await context.close();
  });
});
