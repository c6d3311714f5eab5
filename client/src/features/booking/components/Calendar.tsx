import { useFragment } from '@apollo/client/react';
import type { FragmentType } from '@apollo/client';
import { useMemo } from 'react';
import { graphql } from '../../../gql';
import { localDateOf } from '../../../ui/dates';
import { MonthCalendar, type DayInfo } from '../../../ui/MonthCalendar';

export const CalendarSlotFragment = graphql(`
  fragment Calendar_slot on Slot {
    id
    startsAt
    remaining
    status
  }
`);

export interface CalendarProps {
  month: string;
  slots: FragmentType<typeof CalendarSlotFragment>[];
  timeZone: string;
  selected: string | null;
  onSelect: (date: string) => void;
  onMonthChange: (month: string) => void;
  /** Dates outside [from, to] show no free places (e.g. before today, or outside dose 2's window) */
  from?: string;
  to?: string;
  minMonth?: string;
  maxMonth?: string;
  now?: Date;
}

/**
 * The month calendar of a venue and vaccine: days with a bookable slot are highlighted. Built from the
 * cached slots, so live counts from the subscription turn a day from "free" to "full" as it happens.
 */
export function Calendar({ slots, timeZone, from, to, now = new Date(), ...calendar }: CalendarProps) {
  const { data, complete } = useFragment({ fragment: CalendarSlotFragment, from: slots });
  const days = useMemo(() => {
    const result: Record<string, DayInfo> = {};
    if (!complete) return result;
    for (const slot of data) {
      if (!slot) continue;
      const date = localDateOf(slot.startsAt, timeZone);
      // Slots outside the allowed dates, started or cancelled do not count: such a day shows no mark.
      if ((from && date < from) || (to && date > to)) continue;
      if (slot.status !== 'OPEN' || Date.parse(slot.startsAt) <= now.getTime()) continue;
      const day = (result[date] ??= { state: 'full', remaining: 0 });
      if (slot.remaining > 0) {
        day.state = 'available';
        day.remaining = (day.remaining ?? 0) + slot.remaining;
      }
    }
    return result;
  }, [data, complete, timeZone, from, to, now]);
  return <MonthCalendar days={days} {...calendar} />;
}
