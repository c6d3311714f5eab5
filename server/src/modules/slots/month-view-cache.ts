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
export class MonthViewCache {
  private readonly byVenue = new Map<string, Map<string, Promise<MonthViewSource | undefined>>>();
  private entries = 0;

  constructor(
    private enabled: boolean,
    private readonly maxEntries = 10_000,
  ) {}

  /**
   * The kept read, or `read()` kept from now on. An invalidation drops the entry at once, so a read that was
   * under way when a change arrived is never served again.
   */
  get(
    venueId: string,
    key: string,
    read: () => Promise<MonthViewSource | undefined>,
  ): Promise<MonthViewSource | undefined> {
    if (!this.enabled) return read();
    const cached = this.byVenue.get(venueId)?.get(key);
    if (cached) return cached;
    if (this.entries >= this.maxEntries) this.clear();
    const pending = read();
    let venue = this.byVenue.get(venueId);
    if (!venue) this.byVenue.set(venueId, (venue = new Map<string, Promise<MonthViewSource | undefined>>()));
    venue.set(key, pending);
    this.entries += 1;
    // A failed read is not kept.
    pending.catch(() => {
      const current = this.byVenue.get(venueId);
      if (current?.get(key) === pending) {
        current.delete(key);
        this.entries -= 1;
        if (current.size === 0) this.byVenue.delete(venueId);
      }
    });
    return pending;
  }

  /** True while `read` (what `get` returned) is still the kept read: nothing has invalidated it since. */
  holds(venueId: string, key: string, read: Promise<MonthViewSource | undefined>): boolean {
    return this.byVenue.get(venueId)?.get(key) === read;
  }

  /** Free places changed at this venue (a committed booking, cancellation, move or capacity change). */
  venueChanged(venueId: string): void {
    const venue = this.byVenue.get(venueId);
    if (!venue) return;
    this.entries -= venue.size;
    this.byVenue.delete(venueId);
  }

  /** Anything may have changed. */
  clear(): void {
    this.byVenue.clear();
    this.entries = 0;
  }

  /** The bus listener went down (false: off, nothing kept) or came back (true). */
  connection(connected: boolean): void {
    this.clear();
    this.enabled = connected;
  }

  /** Reads kept; for tests and diagnostics. */
  size(): number {
    return this.entries;
  }
}
