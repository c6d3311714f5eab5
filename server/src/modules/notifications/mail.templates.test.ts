import { describe, expect, it } from 'vitest';
import { formatAppointmentTime, renderMail } from './mail.templates.js';

const site = { name: 'みなと市', code: 'S0001', timeZone: 'Asia/Tokyo' };
const appointments = [
  { dose: 1, startsAt: new Date('2026-06-21T01:00:00Z'), venueName: '市民会館', vaccineName: 'ファイザー' },
  { dose: 2, startsAt: new Date('2026-07-12T01:00:00Z'), venueName: '市民会館', vaccineName: 'ファイザー' },
];

describe('mail templates', () => {
  it('writes appointment times the Japanese way in the site’s time zone', () => {
    expect(formatAppointmentTime(new Date('2026-06-21T01:00:00Z'), 'Asia/Tokyo', 'JA')).toBe(
      '2026年6月21日(日) 10:00',
    );
    expect(formatAppointmentTime(new Date('2026-06-21T01:00:00Z'), 'Asia/Tokyo', 'EN')).toBe(
      'Sun, 21 June 2026 at 10:00',
    );
  });

  it('puts both doses of a set into one confirmation, with the site name and a link', () => {
    const mail = renderMail({ kind: 'BOOKING_CONFIRMATION', appointments }, site, 'JA', 'https://example.jp');
    expect(mail.subject).toBe('[みなと市] ご予約を受け付けました');
    expect(mail.text).toContain('1回目: 2026年6月21日(日) 10:00 市民会館（ファイザー）');
    expect(mail.text).toContain('2回目: 2026年7月12日(日) 10:00');
    expect(mail.text).toContain('https://example.jp/s/S0001');
  });

  it('escapes HTML and carries the reason of an admin cancellation in English', () => {
    const mail = renderMail(
      {
        kind: 'CANCELLATION',
        appointments: [appointments[0]!],
        by: 'SLOT_CANCELLED',
        reason: 'Venue <closed>',
      },
      site,
      'EN',
      'https://example.jp',
    );
    expect(mail.text).toContain('Reason: Venue <closed>');
    expect(mail.html).toContain('Reason: Venue &lt;closed&gt;');
    expect(mail.html).not.toContain('<closed>');
  });

  it('shows the initial password only in the login-information mail', () => {
    const login = renderMail(
      { kind: 'LOGIN_INFO', ticketNumber: '1234567890', initialPassword: 'K7P2-QX9M' },
      site,
      'JA',
      'https://x',
    );
    expect(login.text).toContain('K7P2-QX9M');
    const reminder = renderMail({ kind: 'REMINDER', appointments }, site, 'JA', 'https://x');
    expect(reminder.text).not.toMatch(/パスワード|生年月日/);
  });
});
