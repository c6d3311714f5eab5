import { describe, expect, it } from 'vitest';
import { renderMail } from './mail.templates.js';

const site = { name: 'みなと市', code: 'S0001', timeZone: 'Asia/Tokyo' };
const appointment = {
  dose: 1,
  startsAt: new Date('2026-06-21T01:00:00Z'),
  venueName: '市民会館',
  vaccineName: 'ファイザー',
  bookingNumber: '3F2A9C01',
  venueAddress: '東京都港区芝公園1-1-1',
};

describe('what a booking mail tells (issue 18)', () => {
  it('names the booking number, the venue’s address with a map link and what to bring', () => {
    const mail = renderMail(
      { kind: 'BOOKING_CONFIRMATION', appointments: [appointment] },
      site,
      'JA',
      'https://x',
    );
    expect(mail.text).toContain('予約番号（1回目）: 3F2A9C01');
    expect(mail.text).toContain('住所: 東京都港区芝公園1-1-1');
    expect(mail.text).toContain(
      `地図: https://www.google.com/maps/search/?api=1&query=${encodeURIComponent('東京都港区芝公園1-1-1')}`,
    );
    expect(mail.text).toContain('接種券、予診票(記入済みのもの)、本人確認書類');
  });

  it('says the same in English, and the reminder lists what to bring too', () => {
    const confirmation = renderMail(
      { kind: 'BOOKING_CONFIRMATION', appointments: [appointment] },
      site,
      'EN',
      'https://x',
    );
    expect(confirmation.text).toContain('Booking number (dose 1): 3F2A9C01');
    const reminder = renderMail({ kind: 'REMINDER', appointments: [appointment] }, site, 'JA', 'https://x');
    expect(reminder.text).toContain('予約番号（1回目）: 3F2A9C01');
    expect(reminder.text).toContain('予診票');
  });

  it('leaves out the address lines of a venue without an address', () => {
    const mail = renderMail(
      { kind: 'BOOKING_CONFIRMATION', appointments: [{ ...appointment, venueAddress: '' }] },
      site,
      'JA',
      'https://x',
    );
    expect(mail.text).not.toContain('住所');
  });
});
