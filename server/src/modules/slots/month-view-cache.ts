import { KeptReads } from '../../shared/kept-reads.js';
import type { SlotView } from './slot.types.js';

/** What a month view is computed from; the parts that depend on the clock are computed per request. */
export interface MonthViewSource {
  site: { siteId: string; timeZone: string; bookingOpensAt: Date | null };
  slots: SlotView[];
}

/**
 * The month view's reads (`availability(venueId, vaccineId, from, to)`) cached per venue on this instance,
 * invalidated by what changes them, never by time:
 * - free places: the committed events (own or over the bus) forget the venue's entries (`venueChanged`);
 * - slots, venues, sites changed by anyone: the database's `availability_structure` NOTIFY forgets all;
 *   a mutation answered here forgets all before its answer leaves (its own NOTIFY may come a moment later).
 * Only enabled with a bus listener, and off while it reconnects (messages may be lost meanwhile). A read that
 * began before an invalidation is answered but not kept. At most `maxEntries` reads are kept.
 */
export class MonthViewCache extends KeptReads<MonthViewSource | undefined> {
  /** Free places changed at this venue (a committed booking, cancellation, move or capacity change). */
  venueChanged(venueId: string): void {
    this.forget(venueId);
  }
}
