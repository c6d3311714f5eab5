import { addDays, daysBetween, weekdayOf } from '../../ui/dates';

/** The server's limit on one generateSlots call (slot.service.ts MAX_GENERATED_SLOTS). */
export const MAX_PATTERN_SLOTS = 5000;

export interface SlotPattern {
  fromDate: string;
  toDate: string;
  /** 0 = Sunday … 6 = Saturday */
  weekdays: number[];
  dayStart: string;
  dayEnd: string;
  slotMinutes: number;
  capacity: number;
}

export interface PatternPreview {
  days: { date: string; times: { start: string; end: string }[] }[];
  slotCount: number;
  places: number;
  perDay: number;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const hhmmOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The slots generateSlots will create for a pattern, computed as the server does: every chosen weekday
 * from the first to the last day, slots of `slotMinutes` from `dayStart` while one still ends by `dayEnd`.
 * Slots that exist already are skipped by the server; this preview cannot know them.
 */
export function previewPattern(pattern: SlotPattern): PatternPreview {
  const empty = { days: [], slotCount: 0, places: 0, perDay: 0 };
  const start = minutesOf(pattern.dayStart);
  const end = minutesOf(pattern.dayEnd);
  const span = daysBetween(pattern.fromDate, pattern.toDate);
  if (!(pattern.slotMinutes > 0) || end <= start || Number.isNaN(span) || span < 0) return empty;
  const times: { start: string; end: string }[] = [];
  for (let t = start; t + pattern.slotMinutes <= end; t += pattern.slotMinutes)
    times.push({ start: hhmmOf(t), end: hhmmOf(t + pattern.slotMinutes) });
  const days: PatternPreview['days'] = [];
  for (let offset = 0; offset <= span && offset <= 800; offset++) {
    const date = addDays(pattern.fromDate, offset);
    if (pattern.weekdays.includes(weekdayOf(date))) days.push({ date, times });
  }
  const slotCount = days.length * times.length;
  return { days, slotCount, places: slotCount * Math.max(0, pattern.capacity), perDay: times.length };
}

/**
 * Typed ticket lines ("1234567890, 1980-04-01") as a VALID_TICKETS CSV with, for each of its data rows, the typed
 * line it came from (blank lines are skipped, and the CSV has a header line the admin never typed); or every
 * line that is not "number, date" (1-based).
 */
export function ticketsCsvOf(
  text: string,
): { csv: string; count: number; typedLines: number[] } | { badLines: number[] } {
  const rows: string[] = [];
  const typedLines: number[] = [];
  const badLines: number[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (!line) continue;
    const match = /^(\d{10})\s*[,、\s]\s*(\d{4}[-/]\d{1,2}[-/]\d{1,2})$/.exec(line);
    if (!match) {
      badLines.push(index + 1);
      continue;
    }
    rows.push(`${match[1]},${match[2]!.replace(/\//g, '-')}`);
    typedLines.push(index + 1);
  }
  if (badLines.length > 0) return { badLines };
  if (rows.length === 0) return { badLines: [1] };
  return { csv: `接種券番号,生年月日\r\n${rows.join('\r\n')}\r\n`, count: rows.length, typedLines };
}
