import { toLocal, weekdayOf } from '../ui/dates';

export type Language = 'ja' | 'en';

const WEEKDAYS: Record<Language, readonly string[]> = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function weekdayNames(language: Language): readonly string[] {
  return WEEKDAYS[language];
}

/** 2026年6月21日(日) / Sun, June 21, 2026 */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[language][weekdayOf(date)]!;
  return language === 'ja' ? `${y}年${m}月${d}日(${weekday})` : `${weekday}, ${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** 2026年6月 / June 2026 */
export function formatMonth(month: string, language: Language): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return language === 'ja' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** 10:00 on the site's wall clock */
export function formatTime(instant: string, timeZone: string): string {
  return toLocal(instant, timeZone).time;
}

/** 2026年6月21日(日) 10:00, in the site's time zone whatever the browser's */
export function formatDateTime(instant: string, timeZone: string, language: Language): string {
  const local = toLocal(instant, timeZone);
  return `${formatDate(local.date, language)} ${local.time}`;
}

/** 10:00〜10:30 */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: Language,
): string {
  return `${formatTime(startsAt, timeZone)}${language === 'ja' ? '〜' : '–'}${formatTime(endsAt, timeZone)}`;
}

/** 2026年6月21日(日) 10:00〜10:30: a slot's day and times, on the site's wall clock */
export function formatSlotSpan(
  slot: { startsAt: string; endsAt: string },
  timeZone: string,
  language: Language,
): string {
  const day = formatDate(toLocal(slot.startsAt, timeZone).date, language);
  return `${day} ${formatTimeRange(slot.startsAt, slot.endsAt, timeZone, language)}`;
}
