import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FragmentType } from '@apollo/client';
import { renderWithCache, setRemaining, writeSlots, type TestSlot } from '../../../testing/render';
import { Calendar, type CalendarSlotFragment } from './Calendar';

const NOW = new Date('2026-06-01T00:00:00Z');
const slot = (id: string, startsAt: string, remaining: number): TestSlot => ({
  id,
  startsAt,
  endsAt: startsAt,
  remaining,
  capacity: 5,
  status: 'OPEN',
});
// Tokyo dates: 6/10 has a free slot; 6/11 only full ones; 6/12 09:00 local is 6/12 00:00 UTC (zone matters).
const SLOTS = [
  slot('a', '2026-06-10T01:00:00.000Z', 2),
  slot('b', '2026-06-10T02:00:00.000Z', 3),
  slot('c', '2026-06-11T01:00:00.000Z', 0),
  slot('d', '2026-06-12T00:00:00.000Z', 1),
  slot('e', '2026-07-01T01:00:00.000Z', 5),
];

function Harness({
  slots,
  onSelect,
}: {
  slots: FragmentType<typeof CalendarSlotFragment>[];
  onSelect: (date: string) => void;
}) {
  const [month, setMonth] = useState('2026-06');
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Calendar
      month={month}
      slots={slots}
      timeZone="Asia/Tokyo"
      selected={selected}
      onSelect={(date) => {
        setSelected(date);
        onSelect(date);
      }}
      onMonthChange={setMonth}
      minMonth="2026-06"
      maxMonth="2026-07"
      from="2026-06-01"
      now={NOW}
    />
  );
}

function renderCalendar() {
  const onSelect = vi.fn();
  const rendered = renderWithCache((client) => (
    <Harness slots={writeSlots(client, SLOTS)} onSelect={onSelect} />
  ));
  return { ...rendered, onSelect };
}

const day = (label: RegExp) => screen.getByRole('button', { name: label });

describe('Calendar', () => {
  it('highlights the days with free places in the site’s time zone and says so in words, not colour only', () => {
    renderCalendar();
    expect(screen.getByRole('heading', { name: '2026年6月' })).toBeTruthy();
    expect(day(/^2026年6月10日\(水\) 空きあり 残り5人$/).getAttribute('aria-disabled')).toBe('false');
    expect(day(/^2026年6月11日\(木\) 満員$/).getAttribute('aria-disabled')).toBe('true');
    expect(day(/^2026年6月12日\(金\) 空きあり 残り1人$/)).toBeTruthy();
    expect(day(/^2026年6月13日\(土\) 枠なし$/).getAttribute('aria-disabled')).toBe('true');
  });

  it('is one tab stop; arrows move by day and week, Enter picks a free day and a full day cannot be picked', async () => {
    const { onSelect } = renderCalendar();
    const user = userEvent.setup();
    await user.tab(); // previous month (disabled at the minimum) is skipped: the next-month button
    await user.tab();
    expect(document.activeElement).toBe(day(/^2026年6月10日/));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(day(/^2026年6月11日/));
    await user.keyboard('{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('2026-06-12');
    expect(day(/^2026年6月12日/).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(day(/^2026年6月5日/));
  });

  it('turns to the next month with PageDown and keeps the focus on the same day number', async () => {
    renderCalendar();
    const user = userEvent.setup();
    day(/^2026年6月10日/).focus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { name: '2026年7月' })).toBeTruthy();
    expect(document.activeElement).toBe(day(/^2026年7月10日/));
    expect(day(/^2026年7月1日\(水\) 空きあり/)).toBeTruthy();
  });

  it('turns a day from free to full when the last place goes, live from the cache', async () => {
    const { client } = renderCalendar();
    expect(day(/^2026年6月12日\(金\) 空きあり/)).toBeTruthy();
    act(() => setRemaining(client, 'd', 0));
    await waitFor(() => expect(day(/^2026年6月12日\(金\) 満員$/).getAttribute('aria-disabled')).toBe('true'));
  });
});
