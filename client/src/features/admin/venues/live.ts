import { CombinedGraphQLErrors } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AdminDayTotalsFragment, AdminSlotCountFragment, SlotStatus } from '../gql/graphql';
import { BoardSubscription } from './documents';

export type SlotCount = AdminSlotCountFragment;
export type DayTotals = AdminDayTotalsFragment;

/** When the server refused the subscription for now (RATE_LIMITED), the seconds it asked to wait. */
function retryAfterOf(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const seconds = error.errors.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions
    ?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

interface LiveCounts {
  capacity: number;
  booked: number;
  free: number;
  status: SlotStatus;
}

/**
 * The venue's slot counts as the server pushes them (slotAvailabilityChanged, no polling): each message
 * replaces a slot's capacity, booked, free and status. `reset` is the query's data: pushes older than it
 * are dropped when it changes (a refetch already holds them).
 */
export function useLiveSlotOverrides(
  venueId: string | null,
  reset: unknown,
  onPush?: () => void,
): Map<string, LiveCounts> {
  const [overrides, setOverrides] = useState<Map<string, LiveCounts>>(() => new Map());
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setOverrides(new Map()), [reset]);
  const { restart } = useSubscription(BoardSubscription, {
    variables: { venueId: venueId ?? '' },
    skip: !venueId,
    onData: ({ data }) => {
      const changes = data.data?.slotAvailabilityChanged;
      if (!changes?.length) return;
      onPush?.();
      setOverrides((previous) => {
        const next = new Map(previous);
        for (const c of changes)
          next.set(c.slotId, {
            capacity: c.capacity,
            booked: c.booked,
            free: c.slot.status === 'OPEN' ? c.remaining : 0,
            status: c.slot.status,
          });
        return next;
      });
    },
    onError: (error) => {
      const seconds = retryAfterOf(error);
      if (seconds !== undefined) retry.current = setTimeout(() => restart(), seconds * 1000);
    },
  });
  useEffect(() => () => clearTimeout(retry.current), []);
  return overrides;
}

/** The query's slots with the pushed counts laid over them. */
export function useLiveSlots(
  venueId: string | null,
  slots: readonly SlotCount[] | undefined,
  onPush?: () => void,
): SlotCount[] {
  const overrides = useLiveSlotOverrides(venueId, slots, onPush);
  return useMemo(() => (slots ?? []).map((s) => ({ ...s, ...overrides.get(s.slotId) })), [slots, overrides]);
}

/** A day's totals summed again from its slots, as the server sums them (cancelled slots count nowhere). */
export function totalsOf(date: string, slots: readonly SlotCount[]): DayTotals {
  const totals: DayTotals = {
    __typename: 'SlotDayTotals',
    date,
    slots: 0,
    closedSlots: 0,
    capacity: 0,
    booked: 0,
    free: 0,
  };
  for (const s of slots) {
    if (s.status === 'CANCELLED') continue;
    totals.slots += 1;
    if (s.status === 'CLOSED') totals.closedSlots += 1;
    totals.capacity += s.capacity;
    totals.booked += s.booked;
    totals.free += s.status === 'OPEN' ? s.free : 0;
  }
  return totals;
}
