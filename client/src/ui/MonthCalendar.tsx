import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate, formatMonth, weekdayNames } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { addDays, addMonths, daysBetween, firstDayOf, lastDayOf, monthOf, weekdayOf } from './dates';

export type DayState = 'available' | 'full' | 'none';

export interface DayInfo {
  state: DayState;
  /** Free places over the day, shown on available days */
  remaining?: number;
}

/** At or under this many free places over a day, the day shows △ (残りわずか) instead of ○. */
export const FEW_LEFT = 5;

/** The mark a day shows, as Japanese calendars do: ○ free, △ few left, × full, － no slots that day. */
export function dayMark(info: DayInfo | undefined): '○' | '△' | '×' | '－' {
  if (!info || info.state === 'none') return '－';
  if (info.state === 'full') return '×';
  return info.remaining !== undefined && info.remaining <= FEW_LEFT ? '△' : '○';
}

export interface MonthCalendarProps {
  /** YYYY-MM shown */
  month: string;
  /** Days that have slots; a date missing here has none */
  days: Readonly<Record<string, DayInfo>>;
  selected: string | null;
  onSelect: (date: string) => void;
  onMonthChange: (month: string) => void;
  /** Months outside [minMonth, maxMonth] cannot be navigated to */
  minMonth?: string;
  maxMonth?: string;
}

/**
 * A month grid in the date-picker pattern: one tab stop, arrow keys move by day and week, Home/End to the
 * week's ends, PageUp/PageDown by month, Enter or Space picks. Only available days can be picked; every
 * day's button says whether it has free places, so colour is never the only signal.
 */
export function MonthCalendar({
  month,
  days,
  selected,
  onSelect,
  onMonthChange,
  minMonth,
  maxMonth,
}: MonthCalendarProps) {
  const { t, language } = useI18n();
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const firstAvailable = Object.keys(days)
    .filter((d) => monthOf(d) === month && days[d]!.state === 'available')
    .sort()[0];
  const [focused, setFocused] = useState<string>(
    selected && monthOf(selected) === month ? selected : (firstAvailable ?? first),
  );
  const focusPending = useRef(false);
  const gridRef = useRef<HTMLTableElement>(null);

  // Keep the roving focus inside the shown month.
  useEffect(() => {
    if (monthOf(focused) !== month)
      setFocused(selected && monthOf(selected) === month ? selected : (firstAvailable ?? first));
  }, [month, focused, selected, firstAvailable, first]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused, month]);

  const canPrev = !minMonth || month > minMonth;
  const canNext = !maxMonth || month < maxMonth;

  const moveTo = (date: string) => {
    const target = monthOf(date);
    if ((minMonth && target < minMonth) || (maxMonth && target > maxMonth)) return;
    focusPending.current = true;
    if (target !== month) onMonthChange(target);
    setFocused(date);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const weekday = weekdayOf(date);
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(date, -1),
      ArrowRight: () => addDays(date, 1),
      ArrowUp: () => addDays(date, -7),
      ArrowDown: () => addDays(date, 7),
      Home: () => addDays(date, -weekday),
      End: () => addDays(date, 6 - weekday),
      PageUp: () => clampDay(addMonths(monthOf(date), -1), Number(date.slice(8))),
      PageDown: () => clampDay(addMonths(monthOf(date), 1), Number(date.slice(8))),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(move());
  };

  const leading = weekdayOf(first);
  const count = daysBetween(first, last) + 1;
  const cells: (string | null)[] = [
    ...Array.from({ length: leading }, () => null),
    ...Array.from({ length: count }, (_, i) => addDays(first, i)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const names = weekdayNames(language);
  const monthLabel = formatMonth(month, language);

  return (
    <div className="calendar">
      <div className="calendar__nav">
        <button
          type="button"
          className="button button--secondary calendar__nav-button"
          onClick={() => onMonthChange(addMonths(month, -1))}
          disabled={!canPrev}
          aria-label={t('calendar.prev')}
        >
          ‹
        </button>
        <h3 className="calendar__month" aria-live="polite">
          {monthLabel}
        </h3>
        <button
          type="button"
          className="button button--secondary calendar__nav-button"
          onClick={() => onMonthChange(addMonths(month, 1))}
          disabled={!canNext}
          aria-label={t('calendar.next')}
        >
          ›
        </button>
      </div>
      <table
        ref={gridRef}
        className="calendar__grid"
        role="grid"
        aria-label={t('calendar.label', { month: monthLabel })}
      >
        <thead>
          <tr>
            {names.map((name, i) => (
              <th
                key={name}
                scope="col"
                className={i === 0 ? 'is-sunday' : i === 6 ? 'is-saturday' : undefined}
              >
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((date, i) => {
                if (!date) return <td key={`empty-${i}`} />;
                const info = days[date];
                const state: DayState = info?.state ?? 'none';
                const isSelected = date === selected;
                const stateLabel =
                  state === 'available'
                    ? `${t('calendar.available')}${info?.remaining !== undefined ? ` ${t('calendar.remaining', { count: info.remaining })}` : ''}`
                    : state === 'full'
                      ? t('calendar.full')
                      : t('calendar.none');
                return (
                  <td key={date}>
                    <button
                      type="button"
                      data-date={date}
                      className={`calendar__day calendar__day--${state}${isSelected ? ' is-selected' : ''}`}
                      tabIndex={date === focused ? 0 : -1}
                      aria-disabled={state !== 'available'}
                      aria-pressed={isSelected}
                      aria-label={t('calendar.dayLabel', {
                        date: formatDate(date, language),
                        state: stateLabel,
                      })}
                      onClick={() => {
                        setFocused(date);
                        if (state === 'available') onSelect(date);
                      }}
                      onKeyDown={(event) => onKeyDown(event, date)}
                    >
                      <span className="calendar__date">{Number(date.slice(8))}</span>
                      <span className="calendar__mark" aria-hidden="true">
                        {dayMark(info)}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="calendar__legend" aria-label={t('calendar.legendLabel')}>
        <li>
          <span className="calendar__legend-swatch calendar__day--available" aria-hidden="true">
            ○
          </span>
          {t('calendar.available')}
        </li>
        <li>
          <span className="calendar__legend-swatch calendar__day--available" aria-hidden="true">
            △
          </span>
          {t('calendar.fewLeft', { count: FEW_LEFT })}
        </li>
        <li>
          <span className="calendar__legend-swatch calendar__day--full" aria-hidden="true">
            ×
          </span>
          {t('calendar.full')}
        </li>
        <li>
          <span className="calendar__legend-swatch calendar__day--none" aria-hidden="true">
            －
          </span>
          {t('calendar.none')}
        </li>
      </ul>
    </div>
  );
}

function clampDay(month: string, day: number): string {
  const last = Number(lastDayOf(month).slice(8));
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
