import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, loggedInPage, newContext, screenshot } from '../testkit/browser.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, SET_FAQ_CONTACT } from '../testkit/operations.js';
import { serverAndBrowser, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();

async function openPanel(page: Page, label = 'よくある質問') {
  await page.getByRole('button', { name: label }).click();
  await page.locator('#faq-panel').waitFor();
}

async function askInPanel(page: Page, question: string) {
  const panel = page.locator('#faq-panel');
  const before = await panel.locator('.faq-msg--answer').count();
  await panel.getByRole('textbox').fill(question);
  await panel.getByRole('textbox').press('Enter');
  try {
    await expect.poll(() => panel.locator('.faq-msg--answer').count(), { timeout: 15_000 }).toBe(before + 1);
  } catch (error) {
    // Seen twice in full runs only (never alone): say where the page was, so the next failure explains itself.
    const where = `${page.url()}: ${(await page.locator('body').innerText()).slice(0, 600)}`;
    // Whether the panel is still the one asked in (a remount loses the question) or is waiting for the server.
    const inPanel = (await panel.count())
      ? `panel: ${await panel.locator('.faq-msg--question').count()} question(s), ${await panel.locator('.faq-msg--answer').count()} answer(s), hidden ${await panel.isHidden()}`
      : 'no panel in the page';
    throw new Error(`no answer to "${question}" within 15 s (${inPanel}); the page at ${where}`, {
      cause: error,
    });
  }
  return panel.locator('.faq-msg--answer').last();
}

describe('the FAQ panel', () => {
  it('answers an anonymous Japanese question on the login page, by keyboard, announced in a live region', async () => {
    const campaign = await Campaign.create(e2e.server, {
      siteName: '東市 ワクチン接種',
      cancellationCutoffHours: 24,
    });
    const context = await newContext(e2e.browser, { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await page.getByRole('button', { name: 'よくある質問' }).waitFor();
    await screenshot(page, 'faq-launcher-360');
    // Keyboard only: the launcher, then the question field has the focus.
    await page.getByRole('button', { name: 'よくある質問' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#faq-panel');
    await panel.getByRole('button', { name: 'ログインの仕方を教えてください' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document
              .activeElement?.tagName,
        ),
      )
      .toBe('INPUT');
    expect(await panel.locator('[role="log"]').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.type('キャンセルはいつまでできますか');
    await page.keyboard.press('Enter');
    const answer = panel.locator('.faq-msg--answer').last();
    await answer.getByText('24時間前まで受け付けます').waitFor({ timeout: 15_000 });
    await answer.getByText('回答元:共通のよくある質問「キャンセルや変更はいつまでできますか」').waitFor();
    await expectNoSeriousA11yViolations(page, 'FAQ panel with an answer (360 px)');
    await screenshot(page, 'faq-answer-360');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'faq-answer-390');
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'faq-answer-768');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isHidden()).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { textContent: string } | null } })
              .document.activeElement?.textContent,
        ),
      )
      .toBe('よくある質問');
    await context.close();
  });

  it('answers in English when the app is in English, and its link leads into the app', async () => {
    const campaign = await Campaign.create(e2e.server, { plan: 'CLINIC' });
    const context = await newContext(e2e.browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await page.getByRole('button', { name: 'English' }).click();
    await openPanel(page, 'Questions? FAQ');
    const answer = await askInPanel(page, 'can I register myself without a ticket?');
    await answer.getByText('provisional ticket number').waitFor();
    await answer.getByRole('link', { name: 'Register yourself' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/s/${campaign.site.code}/self-register`);
    await context.close();
  });

  it('says it does not know, offers three nearby questions and the site’s contact', async () => {
    const campaign = await Campaign.create(e2e.server);
    await campaign.operator.data(SET_FAQ_CONTACT, {
      input: {
        siteId: campaign.site.id,
        contactJa: '接種予約センター 0120-000-111',
        contactEn: 'Booking centre 0120-000-111',
      },
    });
    const context = await newContext(e2e.browser, { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    await openPanel(page);
    const refusal = await askInPanel(page, 'おすすめのラーメン屋を教えて');
    await refusal.getByText('この質問にお答えできる情報が見つかりませんでした').waitFor();
    await refusal.getByText('お問い合わせ先:接種予約センター 0120-000-111').waitFor();
    expect(await refusal.locator('.faq-panel__choice').count()).toBe(3);
    await expectNoSeriousA11yViolations(page, 'FAQ panel with a refusal');
    await screenshot(page, 'faq-refusal-360');
    await context.close();
  });

  it('shows a logged-in person their own booking, leads "キャンセルしたい" to my page, and forgets it all at logout', async () => {
    const campaign = await Campaign.create(e2e.server, { venueName: '中央公民館' });
    const slotId = await campaign.slot(tokyoAt(12, '14:30'), 5);
    const recipient = await campaign.recipient();
    expect((await recipient.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
    const context = await newContext(e2e.browser, { width: 768, height: 1024 });
    const page = await loggedInPage(context, campaign.site.code, recipient.token!);
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}/book`);
    await openPanel(page);
    const mine = await askInPanel(page, 'いつ予約していますか');
    await mine.getByText('あなたの予約').waitFor();
    await mine.getByText(/1回目: .*14:30.* 中央公民館/).waitFor();
    await screenshot(page, 'faq-own-booking-768');
    const cancel = await askInPanel(page, 'キャンセルしたい');
    await cancel.getByRole('link', { name: 'マイページを開く' }).click();
    await waitForHeading(page, 'マイページ').catch(async (error: unknown) => {
      const where = `${page.url()}: ${(await page.locator('body').innerText()).slice(0, 600)}`;
      throw new Error(`my page did not open from the answer's link; the page at ${where}`, { cause: error });
    });
    // Logging out starts a new conversation: the next person at this screen does not see these bookings.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await waitForHeading(page, 'ログイン');
    await openPanel(page);
    expect(await page.locator('#faq-panel .faq-msg').count()).toBe(0);
    await context.close();
  });
});
