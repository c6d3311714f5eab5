import { dateToWareki, warekiToDate } from '@smarthr/wareki';

/** A birth date as people type it: 19600401, 1960/4/1, 1960-04-01, 1960年4月1日, 昭和35年4月1日, S35.4.1. */
export type BirthDateReading =
  | { ok: true; iso: string; year: number; month: number; day: number; era: string }
  | { ok: false; reason: 'empty' | 'format' | 'noSuchDate' | 'outOfRange' };

const ERA = '(明治|大正|昭和|平成|令和|[MTSHRmtshr])';
const SEP = '[/\\-.\\s年月]';
const WESTERN = new RegExp(`^(\\d{4})${SEP}+(\\d{1,2})${SEP}+(\\d{1,2})日?$`);
const WAREKI = new RegExp(`^${ERA}\\s*(元|\\d{1,2})${SEP}+(\\d{1,2})${SEP}+(\\d{1,2})日?$`);
const EARLIEST = '1900-01-01';

const pad = (n: number) => String(n).padStart(2, '0');

/** The Japanese era of a date, e.g. 昭和35年 (平成元年 for its first year). */
export function eraOf(iso: string): string {
  const { result } = dateToWareki(iso);
  return result.replace(/\d+月\d+日$/, '');
}

/**
 * Reads a typed birth date. Full-width digits and punctuation count as their ASCII forms; a date that does
 * not exist (2月30日, 昭和64年2月1日 — Shōwa ended on 7 January 1989) or lies outside 1900–today is refused,
 * never moved to a neighbouring date.
 */
export function readBirthDate(
  typed: string,
  today: string = new Date().toISOString().slice(0, 10),
): BirthDateReading {
  const text = typed.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'empty' };
  let year: number;
  let month: number;
  let day: number;
  let eraName: string | undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const western = WESTERN.exec(text);
  const wareki = WAREKI.exec(text);
  if (compact || western) {
    const m = (compact ?? western)!;
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (wareki) {
    const [, era, eraYear, m, d] = wareki as unknown as [string, string, string, string, string];
    // The library takes the era's year and day as written; it converts, we check.
    const converted = warekiToDate(`${era}${eraYear}年${m}月${d}日`);
    if (!converted.isValid) return { ok: false, reason: 'format' };
    year = converted.result.getFullYear();
    month = Number(m);
    day = Number(d);
    eraName =
      ({ M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' } as Record<string, string>)[
        era.toUpperCase()
      ] ?? era;
  } else {
    return { ok: false, reason: 'format' };
  }
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return { ok: false, reason: 'noSuchDate' };
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const era = eraOf(iso);
  // 昭和64年2月1日 converts to a date of 平成: the era named is not the era of that day.
  if (eraName && !era.startsWith(eraName)) return { ok: false, reason: 'noSuchDate' };
  if (iso < EARLIEST || iso > today) return { ok: false, reason: 'outOfRange' };
  return { ok: true, iso, year, month, day, era };
}
