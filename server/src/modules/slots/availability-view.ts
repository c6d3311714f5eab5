import type { SlotView } from './slot.types.js';

/** The answers a booking of a full slot gets (BookingErrorCode values). */
export type FullRefusal = 'SLOT_FULL' | 'SECOND_DOSE_UNAVAILABLE';

interface Known {
  siteId: string;
  startsAt: number;
  remaining: number;
  /** performance.now() when learned. */
  at: number;
}

/**
 * A safety net, not the mechanism: a message lost on its way between instances (a failed NOTIFY) would
 * otherwise leave a slot refused here until its next change. After this long the database is asked again
 * (and its SLOT_FULL answer teaches the view anew), which costs one round trip per slot and instance.
 */
const DEFAULT_MAX_AGE_MS = 10_000;

/**
 * This instance's last known free places per slot, kept only to refuse a booking of a full slot without a
 * database round trip. It is fed by reads made after the events that change free places (the same committed
 * events, local or from other instances over the bus, that feed live counts), and by the database's own
 * SLOT_FULL answers. It only ever refuses, and only when it is sure:
 * - every such event forgets the slot at once (no entry: the booking goes to the database as before) and
 *   counts as a change, so a read or a refusal that started before the event never writes an older state
 *   over it (`learn` takes the sequence number taken before the read began);
 * - while the bus is down (messages from other instances may be lost) it forgets everything and learns
 *   nothing, until the bus is back.
 * A place freed anywhere is therefore bookable here as soon as its event has arrived, and once the events
 * have settled the view never calls full a slot that has a place.
 */
export class AvailabilityView {
  private readonly known = new Map<string, Known>();
  /**
   * The database's answer to a plain dose-1 booking of a full slot, per slot: SLOT_FULL, or on a SET site
   * SECOND_DOSE_UNAVAILABLE when the dose-2 slot (`secondId`) is full too. Forgotten when either changes.
   */
  private readonly refusals = new Map<string, { code: FullRefusal; secondId: string | undefined }>();
  private readonly bySecond = new Map<string, Set<string>>();
  /** Booking mode per site, as the last booking read found it: a SEPARATE site's answer is SLOT_FULL. */
  private readonly siteModes = new Map<string, string>();
  /** Per slot, the sequence number of the last change heard of. */
  private readonly changedAt = new Map<string, number>();
  private sequence = 0;
  /** Reads marked before this (the bus's last reconnection) are not learned: messages may have been lost. */
  private validFrom = 0;
  private trusted = true;

  constructor(private readonly maxAgeMs = DEFAULT_MAX_AGE_MS) {}

  /** Taken before a read of slots begins; passed to `learn` with what that read found. */
  mark(): number {
    return this.sequence;
  }

  /** A committed change to these slots' free places was heard of. */
  changed(slotIds: Iterable<string>): void {
    this.sequence += 1;
    for (const id of slotIds) {
      this.known.delete(id);
      this.changedAt.set(id, this.sequence);
      this.forgetRefusal(id);
      for (const first of this.bySecond.get(id) ?? []) this.forgetRefusal(first);
    }
  }

  private forgetRefusal(firstId: string): void {
    const refusal = this.refusals.get(firstId);
    if (!refusal) return;
    this.refusals.delete(firstId);
    if (refusal.secondId) {
      const firsts = this.bySecond.get(refusal.secondId);
      firsts?.delete(firstId);
      if (firsts?.size === 0) this.bySecond.delete(refusal.secondId);
    }
  }

  private changedSince(slotId: string, mark: number): boolean {
    return (this.changedAt.get(slotId) ?? 0) > mark;
  }

  /** A booking read found the site in this booking mode. */
  learnSiteMode(siteId: string, mode: string): void {
    this.siteModes.set(siteId, mode);
  }

  /**
   * The database refused a plain dose-1 booking (no key, no chosen dose-2 slot) of `first`, which its read
   * begun after `mark` found full, with `code`; `secondId` is the dose-2 slot it judged with, if any.
   */
  learnRefusal(first: SlotView, code: FullRefusal, secondId: string | undefined, mark: number): void {
    if (!this.trusted || mark < this.validFrom) return;
    if (this.changedSince(first.id, mark) || (secondId && this.changedSince(secondId, mark))) return;
    this.learnFull(first, mark);
    this.forgetRefusal(first.id);
    this.refusals.set(first.id, { code, secondId });
    if (secondId) {
      let firsts = this.bySecond.get(secondId);
      if (!firsts) this.bySecond.set(secondId, (firsts = new Set()));
      firsts.add(first.id);
    }
  }

  /**
   * The answer to a plain dose-1 booking (no key, no chosen dose-2 slot) of this slot by someone of `siteId`
   * when it is known full: the one the database gave for it, or SLOT_FULL on a SEPARATE site; otherwise
   * undefined (ask the database).
   */
  refusalFor(slotId: string, siteId: string, now = Date.now()): FullRefusal | undefined {
    if (!this.knownFull(slotId, siteId, now)) return undefined;
    const learned = this.refusals.get(slotId);
    if (learned) return learned.code;
    return this.siteModes.get(siteId) === 'SEPARATE' ? 'SLOT_FULL' : undefined;
  }

  /** What a read begun at `mark` found; ignored for slots changed since, and while the bus is down. */
  learn(slots: readonly SlotView[], mark: number): void {
    if (!this.trusted || mark < this.validFrom) return;
    for (const slot of slots) {
      if (this.changedSince(slot.id, mark)) continue;
      if (slot.status !== 'OPEN') {
        this.known.delete(slot.id);
        continue;
      }
      this.known.set(slot.id, {
        siteId: slot.siteId,
        startsAt: slot.startsAt.getTime(),
        remaining: slot.capacity - slot.reserved,
        at: performance.now(),
      });
    }
  }

  /** The database just found this slot full, in a statement that began after `mark`. */
  learnFull(slot: SlotView, mark: number): void {
    this.learn([{ ...slot, reserved: Math.max(slot.reserved, slot.capacity) }], mark);
  }

  /**
   * True when a booking of this slot by someone of `siteId` is known to be refused as full: an open slot of
   * that site, not started, with no place left at its last known state.
   */
  knownFull(slotId: string, siteId: string, now = Date.now()): boolean {
    if (!this.trusted) return false;
    const known = this.known.get(slotId);
    return (
      !!known &&
      known.remaining <= 0 &&
      known.siteId === siteId &&
      known.startsAt > now &&
      performance.now() - known.at < this.maxAgeMs
    );
  }

  /**
   * Slots, venues or sites changed in ways no event describes (a slot closed, reopened or moved): forget
   * everything, and learn nothing from reads already under way.
   */
  forgetAll(): void {
    this.known.clear();
    this.refusals.clear();
    this.bySecond.clear();
    this.sequence += 1;
    this.validFrom = this.sequence;
  }

  /** The bus to the other instances went down (false) or came back (true). */
  connection(connected: boolean): void {
    if (!connected) {
      this.known.clear();
      this.refusals.clear();
      this.bySecond.clear();
    }
    // Reads begun before the bus came back may predate a lost message: they are not learned.
    this.sequence += 1;
    this.validFrom = this.sequence;
    this.trusted = connected;
  }

  /** Slots with a known state; for tests and diagnostics. */
  size(): number {
    return this.known.size;
  }
}
