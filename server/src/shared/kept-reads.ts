/**
 * Reads kept in this instance's memory, in groups, until something says they changed — never by time
 * (issue 17: the month view per venue, a site's public settings per code). The owner forgets a group or
 * everything when its change arrives (a committed event, a database NOTIFY over the bus). Only enabled with a
 * bus listener, and off while it reconnects (messages may be lost meanwhile). At most `maxEntries` reads are
 * kept; a failed read is not.
 */
export class KeptReads<Value> {
  private readonly byGroup = new Map<string, Map<string, Promise<Value>>>();
  private entries = 0;

  constructor(
    private enabled: boolean,
    private readonly maxEntries = 10_000,
  ) {}

  /**
   * The kept read, or `read()` kept from now on. An invalidation drops the entry at once, so a read that was
   * under way when a change arrived is never served again.
   */
  get(group: string, key: string, read: () => Promise<Value>): Promise<Value> {
    if (!this.enabled) return read();
    const cached = this.byGroup.get(group)?.get(key);
    if (cached) return cached;
    if (this.entries >= this.maxEntries) this.clear();
    const pending = read();
    let kept = this.byGroup.get(group);
    if (!kept) this.byGroup.set(group, (kept = new Map<string, Promise<Value>>()));
    kept.set(key, pending);
    this.entries += 1;
    // A failed read is not kept.
    pending.catch(() => {
      const current = this.byGroup.get(group);
      if (current?.get(key) === pending) {
        current.delete(key);
        this.entries -= 1;
        if (current.size === 0) this.byGroup.delete(group);
      }
    });
    return pending;
  }

  /** True while `read` (what `get` returned) is still the kept read: nothing has invalidated it since. */
  holds(group: string, key: string, read: Promise<Value>): boolean {
    return this.byGroup.get(group)?.get(key) === read;
  }

  /** Everything kept of this group may have changed. */
  forget(group: string): void {
    const kept = this.byGroup.get(group);
    if (!kept) return;
    this.entries -= kept.size;
    this.byGroup.delete(group);
  }

  /** Anything may have changed. */
  clear(): void {
    this.byGroup.clear();
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
