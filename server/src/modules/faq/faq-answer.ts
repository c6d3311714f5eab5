import type { Site } from '../sites/site.service.js';
import type { FaqLanguage } from './faq.model.js';

/** The site's settings an answer may quote; read when the answer is given, so never stale. */
export function placeholdersOf(
  site: Pick<Site, 'name' | 'bookingMode' | 'cancellationCutoffHours' | 'bookingOpensAt' | 'timeZone'>,
  contact: { contact_ja: string; contact_en: string } | null,
  language: FaqLanguage,
  now: Date,
): Record<string, string> {
  const ja = language === 'JA';
  const opensAt = site.bookingOpensAt ? new Date(site.bookingOpensAt) : null;
  const when = opensAt
    ? new Intl.DateTimeFormat(ja ? 'ja-JP' : 'en-GB', {
        timeZone: site.timeZone,
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(opensAt)
    : '';
  return {
    siteName: site.name,
    cutoffHours: String(site.cancellationCutoffHours),
    bookingMode:
      site.bookingMode === 'SET'
        ? ja
          ? 'セット予約(1回目を選ぶと、2回目も同じ会場で一緒に予約されます)'
          : 'set booking (choosing the first appointment books the second at the same venue too)'
        : ja
          ? '個別予約(1回目と2回目をそれぞれ予約します)'
          : 'separate booking (you book each dose on its own)',
    opensAt: !opensAt
      ? ja
        ? '受付中です'
        : 'booking is open'
      : opensAt <= now
        ? ja
          ? `${when}から受付中です`
          : `open since ${when}`
        : ja
          ? `${when}から`
          : `from ${when}`,
    contact:
      (ja ? contact?.contact_ja : contact?.contact_en) ||
      (ja ? `${site.name}の窓口` : `the office of ${site.name}`),
  };
}

/** Fills {{name}} from the site's values; an unknown name stays visible rather than invented. */
export function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
