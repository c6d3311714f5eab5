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
}

export type MailContent =
  | { kind: 'LOGIN_INFO'; ticketNumber: string; initialPassword: string }
  | { kind: 'BOOKING_CONFIRMATION'; appointments: DoseAppointment[] }
  | {
      kind: 'CANCELLATION';
      appointments: DoseAppointment[];
      by: 'RECIPIENT' | 'ADMIN' | 'SLOT_CANCELLED';
      reason: string | null;
    }
  | { kind: 'REMINDER'; appointments: DoseAppointment[] };

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
          [en ? 'Please bring your vaccination ticket.' : '接種券をお持ちください。'],
        ],
        siteUrl,
      );
  }
}
