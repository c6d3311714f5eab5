import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router';

type Key = 'venue' | 'vaccine' | 'month' | 'date' | 'slot' | 'confirm';
/** Choosing a date (the times) and a time (the confirmation) are steps: the browser's back and forward go through them. */
const STEPS = new Set<Key>(['date', 'confirm']);

/**
 * The booking's choices live in the URL (?venue=…&vaccine=…&date=…&slot=…&confirm=1), so back and forward step
 * through them and a new login returns to the same step. Setters called together in one handler make one
 * history entry: a new one when a step changed, else the current one is replaced.
 */
export function useBookingSteps() {
  const [params, setParams] = useSearchParams();
  const pending = useRef<{ next: URLSearchParams; push: boolean } | null>(null);

  const setter = useCallback(
    (key: Key) => (value: string | boolean | null) => {
      if (!pending.current) {
        pending.current = { next: new URLSearchParams(params), push: false };
        queueMicrotask(() => {
          const batch = pending.current!;
          pending.current = null;
          setParams(batch.next, { replace: !batch.push });
        });
      }
      const batch = pending.current;
      const before = batch.next.get(key);
      if (value === null || value === false) batch.next.delete(key);
      else batch.next.set(key, value === true ? '1' : value);
      if (STEPS.has(key) && before !== batch.next.get(key)) batch.push = true;
    },
    [params, setParams],
  );

  return {
    venueId: params.get('venue'),
    vaccineId: params.get('vaccine'),
    month: params.get('month'),
    date: params.get('date'),
    slotId: params.get('slot'),
    confirming: params.get('confirm') === '1',
    setVenueId: setter('venue') as (value: string | null) => void,
    setVaccineId: setter('vaccine') as (value: string | null) => void,
    setMonth: setter('month') as (value: string | null) => void,
    setDate: setter('date') as (value: string | null) => void,
    setSlotId: setter('slot') as (value: string | null) => void,
    setConfirming: setter('confirm') as (value: boolean) => void,
  };
}
