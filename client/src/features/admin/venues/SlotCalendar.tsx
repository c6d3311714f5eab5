import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { addDays, addMonths, firstDayOf, lastDayOf, monthOf } from '../../../ui/dates';
import { AdminLoading } from '../components/Pages';
import { formatTimeRange } from '../../../i18n/format';
import { useAdminI18n } from '../i18n/admin-i18n';
import { SlotCalendarQuery } from './documents';
import { dayLabel, mondayOf, monthLabel, todayIn } from './format';
import { totalsOf, useLiveSlots, type DayTotals, type SlotCount } from './live';
import { DayDialog, SlotDialog } from './SlotActions';

type View = 'week' | 'month';

/**
 * A venue's slots by week (every slot, its booked / capacity) or by month (each day's totals), live.
 * Admins open a slot or a day to change it; `readOnly` (venue staff) shows the same without controls.
 */
export function SlotCalendar({
  venueId,
  timeZone,
  readOnly,
  initialDate,
}: {
  venueId: string;
  timeZone: string;
  readOnly: boolean;
  /** The day whose week opens first (today when left out). */
  initialDate?: string;
}) {
  const { t, language } = useAdminI18n();
  const today = todayIn(timeZone);
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(initialDate ?? today);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [dayDate, setDayDate] = useState<string | null>(null);
  const range =
    view === 'week'
      ? { fromDate: mondayOf(anchor), toDate: addDays(mondayOf(anchor), 6) }
      : {
          fromDate: mondayOf(firstDayOf(monthOf(anchor))),
          toDate: addDays(mondayOf(lastDayOf(monthOf(anchor))), 6),
        };
  const { data, error } = useQuery(SlotCalendarQuery, { variables: { input: { venueId, ...range } } });
  const slots = useLiveSlots(venueId, data?.slotCalendar.slots);
  const byDay = useMemo(() => {
    const map = new Map<string, SlotCount[]>();
    for (const s of slots) map.set(s.date, [...(map.get(s.date) ?? []), s]);
    return map;
  }, [slots]);
  const days = useMemo(() => {
    const list: DayTotals[] = [];
    for (let d = range.fromDate; d <= range.toDate; d = addDays(d, 1))
      list.push(totalsOf(d, byDay.get(d) ?? []));
    return list;
  }, [byDay, range.fromDate, range.toDate]);
  const selectedSlot = slots.find((s) => s.slotId === slotId) ?? null;
  const selectedDay = days.find((d) => d.date === dayDate) ?? null;

  const step = (direction: 1 | -1) =>
    setAnchor(
      view === 'week' ? addDays(anchor, 7 * direction) : firstDayOf(addMonths(monthOf(anchor), direction)),
    );
  const title =
    view === 'week'
      ? t('admin.calendar.weekOf', {
          from: dayLabel(range.fromDate, language),
          to: dayLabel(range.toDate, language),
        })
      : monthLabel(monthOf(anchor), language);

  return (
    <div className="admin-calendar">
      <div className="admin-calendar__bar">
        <div className="admin-segmented" role="group" aria-label={t('admin.calendar.view')}>
          {(['week', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`button ${view === v ? 'button--primary' : 'button--secondary'}`}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(`admin.calendar.${v}`)}
            </button>
          ))}
        </div>
        <div className="admin-calendar__nav">
          <button type="button" className="button button--secondary" onClick={() => step(-1)}>
            {t(view === 'week' ? 'admin.calendar.prevWeek' : 'admin.calendar.prevMonth')}
          </button>
          <p className="admin-calendar__title" aria-live="polite">
            {title}
          </p>
          <button type="button" className="button button--secondary" onClick={() => step(1)}>
            {t(view === 'week' ? 'admin.calendar.nextWeek' : 'admin.calendar.nextMonth')}
          </button>
          <button type="button" className="button button--link" onClick={() => setAnchor(today)}>
            {t('admin.calendar.today')}
          </button>
        </div>
      </div>
      {error && <p className="field__error">{t('admin.error.generic')}</p>}
      {!data && !error && <AdminLoading />}
      {data && view === 'week' && (
        <ol className="admin-week" aria-label={title}>
          {days.map((day) => (
            <li
              key={day.date}
              className={`admin-week__day${day.date === today ? ' admin-week__day--today' : ''}`}
            >
              <div className="admin-week__head">
                <h3 className="admin-week__date">{dayLabel(day.date, language)}</h3>
                {day.slots > 0 && (
                  <p className="admin-week__totals">
                    {t('admin.calendar.dayTotals', {
                      booked: day.booked,
                      capacity: day.capacity,
                      free: day.free,
                    })}
                  </p>
                )}
                {!readOnly && day.slots > 0 && (
                  <button
                    type="button"
                    className="button button--link admin-week__dayaction"
                    onClick={() => setDayDate(day.date)}
                  >
                    {t('admin.calendar.dayActions', { date: dayLabel(day.date, language, false) })}
                  </button>
                )}
              </div>
              {(byDay.get(day.date) ?? []).length === 0 ? (
                <p className="admin-week__none">{t('admin.calendar.noSlots')}</p>
              ) : (
                <ul className="admin-week__slots">
                  {(byDay.get(day.date) ?? []).map((s) => {
                    const time = formatTimeRange(s.slot.startsAt, s.slot.endsAt, timeZone, language);
                    const counts = t('admin.calendar.slotCounts', { booked: s.booked, capacity: s.capacity });
                    const status = s.status === 'OPEN' ? '' : t(`admin.slot.status.${s.status}`);
                    const body = (
                      <>
                        <span className="visually-hidden">{dayLabel(s.date, language)} </span>
                        <span className="admin-chip__time">{time}</span>{' '}
                        <span className="admin-chip__counts">
                          <span className="visually-hidden">{t('admin.board.booked')} </span>
                          {counts}
                        </span>{' '}
                        <span className={status ? 'admin-chip__status' : 'visually-hidden'}>
                          {status || t('admin.slot.status.OPEN')}
                        </span>
                      </>
                    );
                    const className = `admin-chip admin-chip--${s.status.toLowerCase()}${
                      s.free === 0 && s.status === 'OPEN' ? ' admin-chip--full' : ''
                    }`;
                    return (
                      <li key={s.slotId}>
                        {readOnly ? (
                          <span className={className}>{body}</span>
                        ) : (
                          <button type="button" className={className} onClick={() => setSlotId(s.slotId)}>
                            {body}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {data && view === 'month' && (
        <MonthGrid
          days={days}
          month={monthOf(anchor)}
          today={today}
          onOpenWeek={(date) => {
            setAnchor(date);
            setView('week');
          }}
        />
      )}
      {!readOnly && (
        <>
          <SlotDialog slot={selectedSlot} timeZone={timeZone} onClose={() => setSlotId(null)} />
          <DayDialog venueId={venueId} day={selectedDay} onClose={() => setDayDate(null)} />
        </>
      )}
    </div>
  );
}

function MonthGrid({
  days,
  month,
  today,
  onOpenWeek,
}: {
  days: DayTotals[];
  month: string;
  today: string;
  onOpenWeek: (date: string) => void;
}) {
  const { t, language } = useAdminI18n();
  const weeks: DayTotals[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const weekdays =
    weeks[0]?.map((d) =>
      new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
        weekday: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${d.date}T00:00:00Z`)),
    ) ?? [];
  return (
    <table className="admin-month">
      <caption className="visually-hidden">{monthLabel(month, language)}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w} scope="col">
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]!.date}>
            {week.map((d) => {
              const inMonth = monthOf(d.date) === month;
              return (
                <td
                  key={d.date}
                  className={`admin-month__day${inMonth ? '' : ' admin-month__day--out'}${
                    d.date === today ? ' admin-month__day--today' : ''
                  }`}
                >
                  <button type="button" className="admin-month__button" onClick={() => onOpenWeek(d.date)}>
                    <span className="admin-month__date">
                      <span className="visually-hidden">{dayLabel(d.date, language)}</span>
                      <span aria-hidden="true">{Number(d.date.slice(8))}</span>
                    </span>
                    {d.slots === 0 && <span className="visually-hidden">{t('admin.calendar.noSlots')}</span>}
                    {d.slots > 0 && (
                      <>
                        <span className="admin-month__counts">
                          {t('admin.board.booked')} {d.booked}/{d.capacity}
                        </span>
                        <span className="admin-month__free">
                          {t('admin.calendar.free', { free: d.free })}
                        </span>
                        {d.closedSlots > 0 && (
                          <span className="admin-month__closed">
                            {t('admin.board.closedCount', { count: d.closedSlots })}
                          </span>
                        )}
                      </>
                    )}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
