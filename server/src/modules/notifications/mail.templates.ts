import type { Language } from '../recipients/recipient.service.js';

/** Mail texts in Japanese (default) and English. Only what the mail needs: never the birth date. */

export interface SiteInfo {
  name: string;
  code: string;
  timeZone: string;
}

export interface DoseAppointment {
  dose: number;
  startsAt: Date;
  venueName: string;
  vaccineName: string;
  /** 予約番号 (shown in confirmations and reminders) */
  bookingNumber?: string;
  venueAddress?: string;
}

/** What a person brings to the venue: the ticket, the filled-in questionnaire and an ID. */
function whatToBring(language: Language): string[] {
  return language === 'EN'
    ? [
        'Please bring: your vaccination ticket (接種券), the pre-vaccination questionnaire (予診票) and an ID.',
      ]
    : ['【当日お持ちいただくもの】接種券、予診票(記入済みのもの)、本人確認書類(運転免許証・保険証など)'];
}

/** Booking number, venue address and a map link of each appointment, after its line. */
function appointmentDetails(appointments: DoseAppointment[], language: Language): string[] {
  const en = language === 'EN';
  return appointments.flatMap((a) => [
    ...(a.bookingNumber
      ? [
          en
            ? `Booking number (dose ${a.dose}): ${a.bookingNumber}`
            : `予約番号（${a.dose}回目）: ${a.bookingNumber}`,
        ]
      : []),
    ...(a.venueAddress
      ? [
          `${en ? 'Address' : '住所'}: ${a.venueAddress}`,
          `${en ? 'Map' : '地図'}: https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(a.venueAddress)}`,
        ]
      : []),
  ]);
}

export type MailContent =
  | { kind: 'LOGIN_INFO'; ticketNumber: string; initialPassword: string }
  | { kind: 'PASSWORD_RESET'; link: string; expiresInMinutes: number }
  /**
   * Login information sent again by an admin: never a password. How the ticket logs in (first login with
   * the birth date or the initial password on paper, else its own password) and, for a registered holder,
   * a password-reset link.
   */
  | {
      kind: 'LOGIN_REMINDER';
      ticketNumber: string;
      method: 'BIRTH_DATE' | 'INITIAL_PASSWORD' | 'PASSWORD';
      resetLink: string | null;
      expiresInMinutes: number;
    }
  | { kind: 'BOOKING_CONFIRMATION'; appointments: DoseAppointment[] }
  | {
      kind: 'CANCELLATION';
      appointments: DoseAppointment[];
      by: 'RECIPIENT' | 'ADMIN' | 'SLOT_CANCELLED';
      reason: string | null;
    }
  | { kind: 'REMINDER'; appointments: DoseAppointment[] }
  /** A changed booking: each moved dose's appointment before and after, dose order. */
  | { kind: 'BOOKING_CHANGE'; changes: { before: DoseAppointment; after: DoseAppointment }[] };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function formatAppointmentTime(instant: Date, timeZone: string, language: Language): string {
  if (language === 'EN') {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(instant);
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('ja-JP', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日(${parts.weekday}) ${parts.hour}:${parts.minute}`;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function appointmentLines(appointments: DoseAppointment[], site: SiteInfo, language: Language): string[] {
  return appointments.map((a) =>
    language === 'EN'
      ? `Dose ${a.dose}: ${formatAppointmentTime(a.startsAt, site.timeZone, language)} at ${a.venueName} (${a.vaccineName})`
      : `${a.dose}回目: ${formatAppointmentTime(a.startsAt, site.timeZone, language)} ${a.venueName}（${a.vaccineName}）`,
  );
}

function detailsBlock(appointments: DoseAppointment[], language: Language): string[][] {
  const lines = appointmentDetails(appointments, language);
  return lines.length ? [lines] : [];
}

function compose(
  site: SiteInfo,
  language: Language,
  subject: string,
  paragraphs: string[][],
  siteUrl: string,
): RenderedMail {
  const footer =
    language === 'EN'
      ? [
          `${site.name}`,
          `Booking site: ${siteUrl}`,
          'This mail was sent automatically; replies are not read.',
        ]
      : [
          `${site.name}`,
          `予約サイト: ${siteUrl}`,
          'このメールは送信専用です。返信いただいてもお答えできません。',
        ];
  const blocks = [...paragraphs, footer];
  return {
    subject: `[${site.name}] ${subject}`,
    text: blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n',
    html:
      `<!doctype html><html lang="${language === 'EN' ? 'en' : 'ja'}"><body style="font-family:sans-serif;line-height:1.6">` +
      blocks.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`).join('') +
      '</body></html>',
  };
}

export function renderMail(
  content: MailContent,
  site: SiteInfo,
  language: Language,
  publicUrl: string,
): RenderedMail {
  const siteUrl = `${publicUrl}/s/${encodeURIComponent(site.code)}`;
  const en = language === 'EN';
  switch (content.kind) {
    case 'LOGIN_INFO':
      return compose(
        site,
        language,
        en ? 'Your login information for vaccination booking' : 'ワクチン接種予約のログイン情報',
        [
          [
            en
              ? 'Your login information for the vaccination booking site:'
              : 'ワクチン接種予約サイトのログイン情報をお知らせします。',
          ],
          [
            `${en ? 'Site code' : 'サイトコード'}: ${site.code}`,
            `${en ? 'Ticket number' : '接種券番号'}: ${content.ticketNumber}`,
            `${en ? 'Initial password' : '初期パスワード'}: ${content.initialPassword}`,
          ],
          [
            en
              ? 'You will set your own password at your first login.'
              : '初回ログイン時にご自身のパスワードを設定してください。',
          ],
        ],
        siteUrl,
      );
    case 'PASSWORD_RESET':
      return compose(
        site,
        language,
        en ? 'Setting a new password' : 'パスワードの再設定',
        [
          [
            en
              ? 'We received a request to set a new password for the vaccination booking site.'
              : 'ワクチン接種予約サイトのパスワード再設定のお申し込みを受け付けました。',
            en
              ? `Open this link within ${content.expiresInMinutes} minutes to set it (it works once):`
              : `${content.expiresInMinutes}分以内に次のリンクを開き、新しいパスワードを設定してください（1回限り有効です）。`,
          ],
          [content.link],
          [
            en
              ? 'If you did not ask for this, you can ignore this mail: your password stays as it is.'
              : 'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
          ],
        ],
        siteUrl,
      );
    case 'LOGIN_REMINDER': {
      const how =
        content.method === 'BIRTH_DATE'
          ? [
              en
                ? 'For your first login, enter your ticket number and your date of birth. You will then set your own password.'
                : '初めてログインするときは、接種券番号と生年月日を入力してください。ログイン後、ご自身のパスワードを設定していただきます。',
            ]
          : content.method === 'INITIAL_PASSWORD'
            ? [
                en
                  ? 'For your first login, enter your ticket number and the initial password printed on the notice you received. You will then set your own password.'
                  : '初めてログインするときは、接種券番号と、お送りした通知に記載の初期パスワードを入力してください。ログイン後、ご自身のパスワードを設定していただきます。',
                en
                  ? 'If you no longer have the notice, please contact the site.'
                  : '通知がお手元にない場合は、お問い合わせ窓口までご連絡ください。',
              ]
            : [
                en
                  ? 'Log in with your ticket number and the password you set.'
                  : '接種券番号と、ご自身で設定したパスワードでログインしてください。',
              ];
      return compose(
        site,
        language,
        en ? 'How to log in to vaccination booking' : 'ワクチン接種予約のログイン方法のご案内',
        [
          [
            en
              ? 'As you asked the site, here is how to log in to the vaccination booking site.'
              : 'お問い合わせいただいた、ワクチン接種予約サイトへのログイン方法をお知らせします。',
          ],
          [
            `${en ? 'Login page' : 'ログインページ'}: ${siteUrl}`,
            `${en ? 'Ticket number' : '接種券番号'}: ${content.ticketNumber}`,
          ],
          how,
          ...(content.resetLink
            ? [
                [
                  en
                    ? `If you forgot your password, open this link within ${content.expiresInMinutes} minutes to set a new one (it works once):`
                    : `パスワードをお忘れの場合は、${content.expiresInMinutes}分以内に次のリンクを開き、新しいパスワードを設定してください（1回限り有効です）。`,
                  content.resetLink,
                ],
              ]
            : []),
          [
            en
              ? 'For your security, this mail never contains a password.'
              : '安全のため、このメールにパスワードは記載していません。',
          ],
        ],
        siteUrl,
      );
    }
    case 'BOOKING_CONFIRMATION':
      return compose(
        site,
        language,
        en ? 'Your booking is confirmed' : 'ご予約を受け付けました',
        [
          [
            en
              ? 'Your vaccination booking is confirmed:'
              : '以下の内容でワクチン接種のご予約を受け付けました。',
          ],
          appointmentLines(content.appointments, site, language),
          ...detailsBlock(content.appointments, language),
          whatToBring(language),
        ],
        siteUrl,
      );
    case 'CANCELLATION': {
      const intro =
        content.by === 'RECIPIENT'
          ? en
            ? 'Your booking has been cancelled as you asked:'
            : 'ご依頼により、以下のご予約を取り消しました。'
          : en
            ? 'We are sorry: the following booking has been cancelled by the site:'
            : '誠に申し訳ございませんが、以下のご予約は実施主体により取り消されました。';
      const reason = content.reason ? [`${en ? 'Reason' : '理由'}: ${content.reason}`] : [];
      const next =
        content.by === 'RECIPIENT'
          ? []
          : [
              en
                ? 'Please book another date on the booking site.'
                : 'お手数ですが、予約サイトから別の日時をご予約ください。',
            ];
      return compose(
        site,
        language,
        en ? 'Your booking has been cancelled' : 'ご予約の取消',
        [
          [intro],
          appointmentLines(content.appointments, site, language),
          ...(reason.length ? [reason] : []),
          ...(next.length ? [next] : []),
        ],
        siteUrl,
      );
    }
    case 'BOOKING_CHANGE':
      return compose(
        site,
        language,
        en ? 'Your booking has been changed' : 'ご予約の変更',
        [
          [
            en
              ? 'Your vaccination booking has been changed as follows:'
              : 'ワクチン接種のご予約を以下のとおり変更しました。',
          ],
          ...content.changes.map(({ before, after }) => {
            const [from] = appointmentLines([before], site, language);
            const [to] = appointmentLines([after], site, language);
            return en ? [`Before: ${from}`, `Now: ${to}`] : [`変更前: ${from}`, `変更後: ${to}`];
          }),
          [
            en
              ? 'The earlier time is no longer reserved for you.'
              : '変更前の日時のご予約は取り消されています。',
          ],
        ],
        siteUrl,
      );
    case 'REMINDER':
      return compose(
        site,
        language,
        en ? 'Reminder: your vaccination is tomorrow' : '【明日】ワクチン接種のご案内',
        [
          [
            en
              ? 'This is a reminder of your vaccination tomorrow:'
              : '明日のワクチン接種のご予約をお知らせします。',
          ],
          appointmentLines(content.appointments, site, language),
          ...detailsBlock(content.appointments, language),
          whatToBring(language),
        ],
        siteUrl,
      );
  }
}
