import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newContext, screenshot } from '../testkit/browser.js';
import { BIRTH_DATE, Campaign } from '../testkit/campaign.js';
import { graphql } from '../testkit/generated/index.js';
import { ROSTER } from '../testkit/operations.js';
import { adminAccount, adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';
import { logInWithBirthDate, serverAndBrowser, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();
/** The issue asks for phone screenshots at 390 px. */
const PHONE_390 = { width: 390, height: 844 };

const SITE_LATIN_NAMES = graphql(`
  query LatinNamesBrowserSite($code: String!) {
    site(code: $code) {
      allowLatinNames
    }
  }
`);
const SET_LATIN_NAMES = graphql(`
  mutation LatinNamesBrowserSetting($input: UpdateSiteSettingsInput!) {
    updateSiteSettings(input: $input) {
      allowLatinNames
    }
  }
`);

async function phonePage(): Promise<Page> {
  const context = await newContext(e2e.browser, PHONE_390);
  return context.newPage();
}

/** A campaign whose site takes Latin names (its operator switched them on). */
async function latinCampaign(options: Parameters<typeof Campaign.create>[1]): Promise<Campaign> {
  const campaign = await Campaign.create(e2e.server, options);
  await campaign.operator.data(SET_LATIN_NAMES, {
    input: { siteId: campaign.site.id, allowLatinNames: true },
  });
  return campaign;
}

/** Logs a fresh ticket of the campaign in with its birth date; the registration page is shown. */
async function atRegistration(campaign: Campaign): Promise<{ page: Page; number: string }> {
  const [number] = await campaign.tickets(1);
  const page = await phonePage();
  await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
  await waitForHeading(page, 'ログイン');
  await logInWithBirthDate(page, number!, BIRTH_DATE);
  await waitForHeading(page, '利用者登録');
  return { page, number: number! };
}

describe('names in Latin letters on the registration page', () => {
  it('where the site allows them, a person registers in English as typed in Latin letters', async () => {
    const campaign = await latinCampaign({ plan: 'WORKPLACE', siteName: 'みなと大学 職域接種' });
    const { page } = await atRegistration(campaign);
    // Japanese first: the labels say katakana (or Latin letters).
    await page.getByLabel('セイ（カタカナまたはローマ字）').waitFor();
    await page.getByText('カタカナ（またはローマ字）で入力してください。').first().waitFor();
    await screenshot(page, '51-register-latin-allowed-ja-phone');

    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'Registration');
    const family = page.getByLabel('Family name (katakana or Latin letters)');
    const given = page.getByLabel('Given name (katakana or Latin letters)');
    await family.pressSequentially("O'Brien");
    await given.pressSequentially('mary-ann');
    // Latin letters are never turned into kana as they are typed.
    expect(await family.inputValue()).toBe("O'Brien");
    expect(await given.inputValue()).toBe('mary-ann');
    await page.getByText('Katakana (or Latin letters).').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'registration with Latin names allowed (English)');
    await screenshot(page, '52-register-latin-en-phone');

    await page.getByLabel('Password (8 characters or more)').fill('obrien-pass-2026');
    await page.getByLabel('Password (again)').fill('obrien-pass-2026');
    await page.getByLabel('I accept the terms of use').check();
    await page.getByRole('button', { name: 'Register' }).click();
    await waitForHeading(page, 'My page');
    await page.getByText("O'Brien mary-ann", { exact: true }).waitFor();
    await screenshot(page, '53-my-page-latin-en-phone');

    const { tickets } = await campaign.operator.data(ROSTER, { siteId: campaign.site.id, first: 5 });
    expect(tickets.edges.map((e) => [e.node.familyNameKana, e.node.givenNameKana])).toEqual([
      ["O'Brien", 'mary-ann'],
    ]);
    await page.context().close();
  });

  it('where the site does not allow them, a Latin name is refused at the field with a message saying so, in Japanese and in English', async () => {
    const campaign = await Campaign.create(e2e.server, {
      plan: 'MUNICIPAL',
      siteName: 'みなと市 新型コロナワクチン接種',
    });
    const { page } = await atRegistration(campaign);
    await page.getByText('全角カタカナで入力してください').first().waitFor();
    await page.getByLabel('セイ（カタカナ）').pressSequentially('Smith');
    await page.getByLabel('メイ（カタカナ）').fill('ハナコ');
    await page.getByLabel('パスワード（8文字以上）').fill('smith-pass-2026');
    await page.getByLabel('パスワード（確認）').fill('smith-pass-2026');
    await page.getByLabel('利用規約に同意する').check();
    await page.getByRole('button', { name: '登録する' }).click();

    const message = 'このサイトではローマ字の氏名は登録できません。カタカナで入力してください。';
    await page.getByText(message).waitFor();
    // The bad field has the focus and names its message.
    await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('familyNameKana');
    const described = await page.getByLabel('セイ（カタカナ）').getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    await expectNoSeriousA11yViolations(page, 'Latin name refused');
    await screenshot(page, '54-register-latin-refused-phone');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('This site takes names in katakana only, not in Latin letters.').waitFor();
    await screenshot(page, '55-register-latin-refused-en-phone');

    // Nothing was registered: the roster has no name for the ticket.
    const { tickets } = await campaign.operator.data(ROSTER, { siteId: campaign.site.id, first: 5 });
    expect(tickets.edges.map((e) => e.node.familyNameKana)).toEqual([null]);
    await page.context().close();
  });

  it('when the site stops taking Latin names while the page is open, the server’s refusal is shown at the field', async () => {
    const campaign = await latinCampaign({ plan: 'CLINIC', siteName: 'みなとクリニック' });
    const { page } = await atRegistration(campaign);
    await page.getByLabel('セイ（カタカナまたはローマ字）').pressSequentially('Smith');
    await campaign.operator.data(SET_LATIN_NAMES, {
      input: { siteId: campaign.site.id, allowLatinNames: false },
    });
    await page.getByLabel('メイ（カタカナまたはローマ字）').pressSequentially('John');
    await page.getByLabel('パスワード（8文字以上）').fill('smith-pass-2026');
    await page.getByLabel('パスワード（確認）').fill('smith-pass-2026');
    await page.getByLabel('利用規約に同意する').check();
    await page.getByRole('button', { name: '登録する' }).click();

    await page
      .getByRole('alert')
      .filter({ hasText: '「セイ（カタカナ）」の入力内容を確認してください。' })
      .waitFor();
    await page
      .getByText('このサイトではローマ字の氏名は登録できません。カタカナで入力してください。')
      .waitFor();
    // The page has read the site's setting again: the labels say katakana only now.
    await page.getByLabel('セイ（カタカナ）').waitFor();
    await expectNoSeriousA11yViolations(page, 'Latin name refused by the server');
    await screenshot(page, '56-register-latin-refused-by-server-phone');
    // Katakana still registers.
    await page.getByLabel('セイ（カタカナ）').fill('スミス');
    await page.getByLabel('メイ（カタカナ）').fill('ジョン');
    await page.getByRole('button', { name: '登録する' }).click();
    await waitForHeading(page, 'マイページ');
    await page.getByText('スミス ジョン 様').waitFor();
    await page.context().close();
  });

  it('a site admin switches Latin names on in the wizard’s registration step and sees it on the settings page', async () => {
    const campaign = await Campaign.create(e2e.server, {
      plan: 'MUNICIPAL',
      siteName: 'みなと市 新型コロナワクチン接種',
    });
    const account = await adminAccount(campaign, 'SITE_ADMIN');
    const context = await newContext(e2e.browser, WIDE);
    const page = await context.newPage();
    await adminLogIn(page, e2e.server.baseUrl, account);
    await waitForAdminHeading(page, 'サイト一覧');

    // The wizard's step with the registration fields offers it, off on a municipal site.
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/setup?step=3`);
    await waitForAdminHeading(page, '初期設定ウィザード');
    const box = page.getByLabel('セイ・メイをローマ字でも受け付ける');
    expect(await box.isChecked()).toBe(false);
    await page.getByText('自治体のサイトでは通常オフにします。', { exact: false }).waitFor();
    await box.check();
    await checkAdminPage(page, 'wizard-3-latin-names');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await page.getByRole('heading', { level: 2, name: /ステップ 4 \/ 7/ }).waitFor();
    const read = () => e2e.server.caller().data(SITE_LATIN_NAMES, { code: campaign.site.code });
    expect((await read()).site.allowLatinNames).toBe(true);

    // The settings page shows the same switch; unchecking and saving turns it off again.
    await page.goto(`${e2e.server.baseUrl}/admin/sites/${campaign.site.code}/settings`);
    await waitForAdminHeading(page, 'サイト設定');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('保存しました。').waitFor();
    expect((await read()).site.allowLatinNames).toBe(false);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForAdminHeading(page, 'Site settings');
    expect(await page.getByLabel('Also accept names in Latin letters').isChecked()).toBe(false);
    await checkAdminPage(page, 'settings-latin-names-en');
    await context.close();
  });
});
