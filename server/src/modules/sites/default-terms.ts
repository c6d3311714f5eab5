/**
 * The terms of use a new site starts with (Japanese, then English), so nobody registers under empty terms;
 * the site admin edits them in the setup wizard or on the settings page.
 */
export const DEFAULT_TERMS_OF_USE = `【利用規約】
1. 本サイトは、ワクチン接種の予約と接種の実施のために運営されています。
2. 登録された個人情報（氏名のフリガナ、連絡先、予約と接種の記録）は、接種の予約・実施・記録と、予約に関するご連絡のためにのみ利用し、法令に基づく場合を除き第三者に提供しません。
3. 接種券番号、パスワードは他人に知られないよう管理してください。
4. 予約の変更・取消は、サイトに表示された期限までに行ってください。期限を過ぎた場合は接種会場にご連絡ください。
5. 体調不良等により接種を受けられない場合があります。接種の可否は当日の予診で判断します。
6. 本規約は必要に応じて変更することがあります。変更後の規約は本サイトに掲示した時点から効力を生じます。

[Terms of use]
1. This site is run to book and carry out vaccinations.
2. The personal data you register (the kana reading of your name, contact details, your bookings and vaccination records) is used only to book, carry out and record your vaccination and to contact you about your bookings; it is not given to third parties except where the law requires it.
3. Keep your ticket number and password to yourself.
4. Change or cancel a booking before the deadline the site shows; after it, contact the venue.
5. You may be unable to receive the vaccine if you are unwell; the pre-vaccination check on the day decides.
6. These terms may change; changed terms apply from the time they are posted on this site.`;
