import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AppConfig } from '../../server/src/config/config.js';
import { DESKTOP, launchBrowser, PHONE, screenshot } from '../testkit/browser.js';
import { TestServer } from '../testkit/server.js';

/** What a person does on the booking pages, written once for every browser test. */

export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 15_000 });
}

export async function logInWithBirthDate(page: Page, ticketNumber: string, birthDate: string): Promise<void> {
  await page.getByLabel('接種券番号（10桁）').fill(ticketNumber);
  await page.getByLabel('生年月日', { exact: true }).fill(birthDate);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

export async function registerProfile(page: Page): Promise<void> {
  await page.getByLabel('セイ（カタカナ）').fill('ヤマダ');
  await page.getByLabel('メイ（カタカナ）').fill('ハナコ');
  await page.getByLabel('メールアドレス').fill('hanako@example.jp');
  await page.getByLabel('パスワード（8文字以上）').fill('hanako-pass-2026');
  await page.getByLabel('パスワード（確認）').fill('hanako-pass-2026');
  await page.getByLabel('接種日の前日にリマインドメールを受け取る').check();
  await page.getByLabel('利用規約に同意する').check();
  await page.getByRole('button', { name: '登録する' }).click();
}

/** Shows the month of `date` in the booking calendar (turning pages forward) and picks the day. */
export async function pickDate(page: Page, date: string): Promise<void> {
  // Only once the calendar is there: counting days before it renders turned the page too far.
  await page.locator('.calendar__grid').waitFor();
  const day = page.locator(`[data-date="${date}"]`);
  const month = page.locator('.calendar__month');
  for (let i = 0; i < 3 && (await day.count()) === 0; i++) {
    const shown = await month.textContent();
    await page.getByRole('button', { name: '次の月' }).click();
    await expect.poll(() => month.textContent()).not.toBe(shown);
  }
  await expect.poll(() => day.getAttribute('aria-disabled'), { timeout: 15_000 }).toBe('false');
  await day.click();
}

/** The first day the calendar offers, turning to the next month if this one has none. */
export async function firstAvailableDate(page: Page): Promise<string> {
  await page.locator('.calendar__grid').waitFor();
  for (let i = 0; i < 3; i++) {
    const available = page.locator('.calendar__day--available').first();
    try {
      await available.waitFor({ timeout: 3_000 });
      return (await available.getAttribute('data-date'))!;
    } catch {
      await page.getByRole('button', { name: '次の月' }).click();
    }
  }
  throw new Error('no bookable day in three months');
}

export function slotButton(page: Page, time: string) {
  return page.locator('.slot', { hasText: time });
}

/** A screenshot at phone width and one at desktop width of the same state. */
export async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
}

/** 2026年7月12日 for 2026-07-12, as the pages write dates. */
export function japaneseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/**
 * One test server and one headless Chromium for a test file: started together before its first test and
 * closed after its last.
 */
export function serverAndBrowser(overrides: Partial<AppConfig> = {}): {
  server: TestServer;
  browser: Browser;
} {
  const started = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [started.server, started.browser] = await Promise.all([TestServer.start(overrides), launchBrowser()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}
