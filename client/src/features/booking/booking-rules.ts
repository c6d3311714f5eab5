/** What the recipient can book next, from their reservations: the same rules the server enforces. */

export interface ReservationSummary {
  dose: number;
  status: string;
  startsAt: string;
  vaccineId: string;
  vaccineDoses: number;
}

export type NextBooking =
  | { kind: 'first' }
  | { kind: 'next'; dose: number; vaccineId: string; previousStartsAt: string }
  | { kind: 'done' };

const ACTIVE = new Set(['BOOKED', 'VACCINATED']);

export function nextBooking(reservations: readonly ReservationSummary[]): NextBooking {
  const active = reservations.filter((r) => ACTIVE.has(r.status)).sort((a, b) => a.dose - b.dose);
  const last = active.at(-1);
  // No active dose 1 (even with a later dose still booked, as before issue 18's rule): book dose 1 first.
  if (!last || active[0]!.dose !== 1) return { kind: 'first' };
  if (last.dose >= last.vaccineDoses) return { kind: 'done' };
  return { kind: 'next', dose: last.dose + 1, vaccineId: last.vaccineId, previousStartsAt: last.startsAt };
}
