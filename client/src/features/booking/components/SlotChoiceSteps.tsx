import type { FragmentType } from '@apollo/client';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { Loading } from '../../../ui/AppShell';
import { localDateOf, monthOf } from '../../../ui/dates';
import { Calendar, type CalendarSlotFragment } from './Calendar';
import { SlotPicker, type SlotPickerSlotFragment } from './SlotPicker';

/** A numbered step of a booking page (1 venue, 2 date, 3 time), labelled by its heading. */
export function Step({
  number,
  id,
  title,
  children,
}: {
  number: number;
  /** The heading's id; `step-time` is scrolled into view once a day is picked. */
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>
        <span className="step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

type ChoosableSlot = { startsAt: string; remaining: number } & FragmentType<typeof CalendarSlotFragment> &
  FragmentType<typeof SlotPickerSlotFragment>;

/**
 * Steps 2 and 3 of booking and of changing a booking: the month calendar of a venue's slots, then the chosen
 * day's times. Both read each slot from the cache the live counts update, so a day or a time turns full as
 * it happens.
 */
export function DateAndTimeSteps({
  slots,
  loading,
  timeZone,
  month,
  date,
  slotId,
  range,
  maxMonth,
  note,
  onMonthChange,
  onDateChange,
  onSlotChange,
}: {
  /** The month's slots; undefined until they have come (or when they could not). */
  slots: ChoosableSlot[] | undefined;
  /** While the month's slots load, the calendar says so instead of showing empty days. */
  loading: boolean;
  timeZone: string;
  month: string;
  date: string | null;
  slotId: string | null;
  /** The days this dose may fall on (from today, or a dose's interval window). */
  range: { from: string; to: string };
  maxMonth: string;
  /** Said above the calendar (the window a dose must fall in). */
  note?: ReactNode;
  onMonthChange: (month: string) => void;
  onDateChange: (date: string) => void;
  onSlotChange: (slotId: string) => void;
}) {
  const { t } = useI18n();
  const shown = slots ?? [];
  const daySlots = date ? shown.filter((s) => localDateOf(s.startsAt, timeZone) === date) : [];
  return (
    <>
      <Step number={2} id="step-date" title={t('book.step.date')}>
        {note}
        {loading && <Loading />}
        <div
          className={loading ? 'calendar-wrap calendar-wrap--loading' : 'calendar-wrap'}
          aria-busy={loading}
        >
          <Calendar
            month={month}
            slots={shown}
            timeZone={timeZone}
            selected={date}
            from={range.from}
            to={range.to}
            minMonth={monthOf(range.from)}
            maxMonth={maxMonth}
            onMonthChange={onMonthChange}
            onSelect={(day) => {
              onDateChange(day);
              // On a phone the times are below the fold: bring them into view once they are drawn.
              requestAnimationFrame(() =>
                document.getElementById('step-time')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
              );
            }}
          />
        </div>
        {slots?.every((s) => s.remaining === 0) && <p className="note">{t('book.noSlotsThisMonth')}</p>}
      </Step>
      <Step number={3} id="step-time" title={t('book.step.time')}>
        {date ? (
          <>
            <p className="hint">{t('book.liveNote')}</p>
            <SlotPicker
              date={date}
              slots={daySlots}
              timeZone={timeZone}
              selectedId={slotId}
              onSelect={onSlotChange}
            />
          </>
        ) : (
          <p>{t('book.pickDate')}</p>
        )}
      </Step>
    </>
  );
}
