import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { ASK_FAQ } from '../testkit/operations.js';
import { adminAccount, adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';
import { serverAndBrowser } from './pages.js';

const e2e = serverAndBrowser();
const TITLE = 'よくある質問（FAQ アシスタント）';
// A question no common entry answers: it is counted for the site's admins.
const UNANSWERED = '駐輪場はありますか';

async function ask(campaign: Campaign, question: string) {
  return (
    await e2e.server.caller().data(ASK_FAQ, {
      input: { siteCode: campaign.site.code, question, language: 'JA' },
    })
  ).askFaq;
}

/** The questions (ja) of the site's own entries, in the table's order. */
function siteQuestions(page: Page) {
  return page
    .getByRole('table', { name: 'このサイト独自の項目' })
    .locator('tbody tr td:nth-child(2)')
    .allTextContents();
}

function siteRow(page: Page, question: string) {
  return page.getByRole('table', { name: 'このサイト独自の項目' }).getByRole('row', { name: question });
}

async function fillEntry(
  page: Page,
  entry: { questionJa?: string; answerJa: string; keywordsJa?: string; questionEn: string; answerEn: string },
) {
  const form = page.getByRole('form', { name: /項目を(追加|編集)/ });
  if (entry.questionJa !== undefined) await form.getByLabel('質問（日本語）').fill(entry.questionJa);
  await form.getByLabel('回答（日本語）').fill(entry.answerJa);
  if (entry.keywordsJa) await form.getByLabel('言い換え・キーワード（日本語）').fill(entry.keywordsJa);
  await form.getByLabel('質問（英語）').fill(entry.questionEn);
  await form.getByLabel('回答（英語）').fill(entry.answerEn);
  return form;
}

describe('admin: the FAQ page', () => {
  it('a site admin adds, edits, moves and disables entries, hides a common one and turns an unanswered question into an entry; the assistant answers accordingly', async () => {
    const campaign = await Campaign.create(e2e.server, { siteName: '東市 ワクチン接種' });
    for (let i = 0; i < 2; i++) expect((await ask(campaign, UNANSWERED)).answered).toBe(false);
    expect((await ask(campaign, '接種に費用はかかりますか')).answer?.entry.id).toBe('cost');
    const admin = await adminAccount(campaign, 'SITE_ADMIN');

    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await adminLogIn(page, e2e.server.baseUrl, admin);
    await waitForAdminHeading(page, 'サイト一覧');
    await page.getByRole('link', { name: campaign.site.code }).click();
    const menu = page.getByRole('navigation', { name: '管理メニュー' });
    await menu.getByRole('link', { name: 'よくある質問' }).click();
    await waitForAdminHeading(page, TITLE);
    await page.getByText('独自の項目はまだありません。').waitFor();

    // An empty form is refused at its fields.
    await page.getByRole('button', { name: '追加する' }).click();
    const form = page.getByRole('form', { name: '項目を追加' });
    expect(await form.getByText('入力してください。').count()).toBe(4);

    // Add two entries.
    await fillEntry(page, {
      questionJa: '駐車場はありますか',
      answerJa: '会場の駐車場は20台分です。',
      keywordsJa: '駐車場 車 停める パーキング',
      questionEn: 'Is there parking?',
      answerEn: 'The venue has 20 parking spaces.',
    });
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByText('「駐車場はありますか」を追加しました。').waitFor();
    await fillEntry(page, {
      questionJa: '当日の持ち物は何ですか',
      answerJa: '接種券と本人確認書類、それに上履きをお持ちください。',
      keywordsJa: '持ち物 持っていくもの 上履き',
      questionEn: 'What should I bring on the day?',
      answerEn: 'Your ticket, ID and indoor shoes.',
    });
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByText('「当日の持ち物は何ですか」を追加しました。').waitFor();
    await expect.poll(() => siteQuestions(page)).toEqual(['駐車場はありますか', '当日の持ち物は何ですか']);

    // A refusal from the server is shown and nothing typed is lost.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('AdminUpdateFaqEntry'))
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          }),
        });
      else await route.fallback();
    });
    await page.getByRole('button', { name: '「駐車場はありますか」を編集' }).click();
    const editForm = page.getByRole('form', { name: '項目を編集' });
    expect(await editForm.getByLabel('回答（日本語）').inputValue()).toBe('会場の駐車場は20台分です。');
    await editForm.getByLabel('回答（日本語）').fill('会場の駐車場は30台分です。');
    await editForm.getByRole('button', { name: '変更を保存する' }).click();
    await editForm.getByText('保存できませんでした。入力内容はそのまま残っています。').waitFor();
    expect(await editForm.getByLabel('回答（日本語）').inputValue()).toBe('会場の駐車場は30台分です。');
    await checkAdminPage(page, 'faq-error');

    // Then it is saved.
    await page.unroute('**/graphql');
    await editForm.getByRole('button', { name: '変更を保存する' }).click();
    await page.getByText('「駐車場はありますか」を保存しました。').waitFor();

    // Move the second one up, and disable it.
    await page.getByRole('button', { name: '「当日の持ち物は何ですか」を上へ移動' }).click();
    await expect.poll(() => siteQuestions(page)).toEqual(['当日の持ち物は何ですか', '駐車場はありますか']);
    await page.getByRole('button', { name: '「当日の持ち物は何ですか」を無効にする' }).click();
    await expect.poll(() => siteRow(page, '当日の持ち物は何ですか').textContent()).toContain('無効');
    await page.getByRole('button', { name: '「当日の持ち物は何ですか」を有効にする' }).waitFor();

    // Hide a common entry.
    await page.getByRole('button', { name: '「接種に費用はかかりますか」を非表示にする' }).click();
    await page.getByRole('button', { name: '「接種に費用はかかりますか」を表示する' }).waitFor();
    const common = page
      .getByRole('table', { name: '共通の項目' })
      .getByRole('row', { name: '接種に費用はかかりますか' });
    expect(await common.textContent()).toContain('非表示');

    // The unanswered question, asked twice, becomes an entry through the pre-filled form.
    const unanswered = page
      .getByRole('table', { name: '回答できなかった質問' })
      .getByRole('row', { name: UNANSWERED });
    await expect.poll(() => unanswered.textContent()).toContain('2 回');
    await checkAdminPage(page, 'faq');
    await page.getByRole('button', { name: `「${UNANSWERED}」を項目にする` }).click();
    await page.getByText(`未回答の質問「${UNANSWERED}」から項目を作成します。`).waitFor();
    expect(await form.getByLabel('質問（日本語）').inputValue()).toBe(UNANSWERED);
    await fillEntry(page, {
      answerJa: '駐輪場は正面入口の横にあります。',
      keywordsJa: '駐輪場 自転車 バイク',
      questionEn: 'Is there a bicycle parking?',
      answerEn: 'Bicycle parking is next to the main entrance.',
    });
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByText(`「${UNANSWERED}」を追加しました。`).waitFor();
    await expect
      .poll(() => siteQuestions(page))
      .toEqual(['当日の持ち物は何ですか', '駐車場はありますか', UNANSWERED]);
    await checkAdminPage(page, 'faq-added');

    // The assistant's contact: empty until set, saved, and shown again when the page is opened anew.
    const contact = page.getByRole('form', { name: 'お問い合わせ先' });
    expect(await contact.getByLabel('お問い合わせ先（日本語）').inputValue()).toBe('');
    await contact.getByLabel('お問い合わせ先（日本語）').fill('保健センター 0120-333-444');
    await contact.getByLabel('お問い合わせ先（英語）').fill('Health centre 0120-333-444');
    await contact.getByRole('button', { name: 'お問い合わせ先を保存する' }).click();
    await page.getByText('お問い合わせ先を保存しました。').waitFor();
    await page.reload();
    await waitForAdminHeading(page, TITLE);
    await expect
      .poll(() => contact.getByLabel('お問い合わせ先（日本語）').inputValue())
      .toBe('保健センター 0120-333-444');
    expect(await contact.getByLabel('お問い合わせ先（英語）').inputValue()).toBe(
      'Health centre 0120-333-444',
    );

    // In English, the same page.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForAdminHeading(page, 'FAQ assistant');
    await page
      .getByRole('navigation', { name: 'Admin menu' })
      .getByRole('link', { name: 'FAQ', exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Edit “Is there parking?”' }).waitFor();
    await page.getByRole('heading', { name: 'Questions it could not answer' }).waitFor();
    const ownEn = page.getByRole('table', { name: 'This site’s own entries' });
    expect(await ownEn.getByRole('row', { name: /What should I bring/ }).textContent()).toContain('Disabled');
    await checkAdminPage(page, 'faq-en');
    expect(pageErrors).toEqual([]);
    await context.close();

    // What the assistant now says, through the public API.
    const parking = await ask(campaign, '駐車場はありますか');
    expect(parking.answer).toMatchObject({ text: '会場の駐車場は30台分です。', entry: { source: 'SITE' } });
    const bicycle = await ask(campaign, UNANSWERED);
    expect(bicycle.answer).toMatchObject({
      text: '駐輪場は正面入口の横にあります。',
      entry: { source: 'SITE' },
    });
    expect((await ask(campaign, '接種に費用はかかりますか')).answer?.entry.id).not.toBe('cost');
    expect((await ask(campaign, '当日の持ち物は何ですか')).answer?.entry.source).not.toBe('SITE');
    expect((await ask(campaign, 'おすすめのラーメン屋はどこ')).contact).toBe('保健センター 0120-333-444');
  });

  it('venue staff get neither the menu entry nor the page', async () => {
    const campaign = await Campaign.create(e2e.server);
    const staff = await adminAccount(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    await adminLogIn(page, e2e.server.baseUrl, staff);
    await waitForAdminHeading(page, '担当会場');
    const menu = page.getByRole('navigation', { name: '管理メニュー' });
    expect(await menu.getByRole('link', { name: 'よくある質問' }).count()).toBe(0);
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/faq`);
    await waitForAdminHeading(page, 'この画面を使う権限がありません');
    await context.close();
  });
});
