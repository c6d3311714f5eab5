import type { Language } from '../../../i18n/i18n';
import { addDays, localDateOf, toLocal, weekdayOf } from '../../../ui/dates';

/** The time zone the venue screens use when no site is at hand (venue staff): the sites' default. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

export const todayIn = (timeZone: string) => localDateOf(new Date(), timeZone);

/** Monday of the week holding `date`. */
export const mondayOf = (date: string) => addDays(date, -((weekdayOf(date) + 6) % 7));

export const timeOf = (instant: string, timeZone: string) => toLocal(instant, timeZone).time;

/** "12月7日(月)" / "Mon 7 Dec" */
export function dayLabel(date: string, language: Language, withWeekday = true): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'UTC',
    month: language === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    ...(withWeekday ? { weekday: 'short' as const } : {}),
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "2026年12月" / "December 2026" */
export function monthLabel(month: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
  }).format(new Date(`${month}-01T00:00:00Z`));
}
