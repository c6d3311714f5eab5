import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithCache, setRemaining, writeSlots, type TestSlot } from '../../../testing/render';
import { SlotPicker } from './SlotPicker';

const NOW = new Date('2026-06-20T00:00:00Z');
// 2026-06-21 in Tokyo (UTC+9): 10:00, 10:30 and 11:00 local.
const SLOTS: TestSlot[] = [
  {
    id: 's1',
    startsAt: '2026-06-21T01:00:00.000Z',
    endsAt: '2026-06-21T01:30:00.000Z',
    remaining: 3,
    capacity: 5,
    status: 'OPEN',
  },
  {
    id: 's2',
    startsAt: '2026-06-21T01:30:00.000Z',
    endsAt: '2026-06-21T02:00:00.000Z',
    remaining: 0,
    capacity: 5,
    status: 'OPEN',
  },
  {
    id: 's3',
    startsAt: '2026-06-21T02:00:00.000Z',
    endsAt: '2026-06-21T02:30:00.000Z',
    remaining: 4,
    capacity: 5,
    status: 'CANCELLED',
  },
];

function renderPicker(onSelect = vi.fn(), language: 'ja' | 'en' = 'ja') {
  const rendered = renderWithCache(
    (client) => (
      <SlotPicker
        date="2026-06-21"
        slots={writeSlots(client, SLOTS)}
        timeZone="Asia/Tokyo"
        selectedId={null}
        onSelect={onSelect}
        now={NOW}
      />
    ),
    language,
  );
  return { ...rendered, onSelect };
}

describe('SlotPicker', () => {
  it('lists the times in the site’s time zone with their free places, whatever the machine’s zone', () => {
    renderPicker();
    expect(screen.getByRole('heading', { name: '2026年6月21日(日) の時間' })).toBeTruthy();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '10:00〜10:30残り 3 人',
      '10:30〜11:00満員',
      '11:00〜11:30満員',
    ]);
  });

  it('lets a full or cancelled slot not be picked, and a free one be picked with the keyboard', async () => {
    const { onSelect } = renderPicker();
    const [free, full, cancelled] = screen.getAllByRole<HTMLButtonElement>('button');
    expect(free!.disabled).toBe(false);
    expect(full!.disabled).toBe(true);
    expect(cancelled!.disabled).toBe(true);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(free);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('s1');
  });

  it('shows a new count as soon as the cache has it (what a subscription message does), without a refetch', async () => {
    const { client } = renderPicker();
    const first = screen.getAllByRole('button')[0] as HTMLButtonElement;
    act(() => setRemaining(client, 's1', 1));
    await waitFor(() => expect(within(first).getByTestId('slot-remaining').textContent).toBe('残り 1 人'));
    act(() => setRemaining(client, 's1', 0));
    await waitFor(() => expect(within(first).getByTestId('slot-remaining').textContent).toBe('満員'));
    expect(first.disabled).toBe(true);
  });

  it('speaks English when switched', () => {
    renderPicker(vi.fn(), 'en');
    expect(screen.getByRole('heading', { name: 'Times on Sun, June 21, 2026' })).toBeTruthy();
    expect(screen.getAllByRole('button')[0]!.textContent).toBe('10:00–10:303 left');
  });
});
