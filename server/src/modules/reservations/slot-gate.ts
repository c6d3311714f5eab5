interface SlotState {
  active: number;
  waiting: (() => void)[];
  /** performance.now() of the last conditional UPDATE that found the slot full; -Infinity when never. */
  fullAt: number;
}

export type Admission = { admitted: true; release(): void } | { admitted: false; fullSlotId: string };

const FORGET_FULL_AFTER_MS = 60_000;

/**
 * Admission control in front of the slot row lock. At most `perSlot` booking transactions of this process
 * wait on one slot's row at a time; the rest of the crowd waits here, in memory, holding no connection.
 * When a transaction finds the slot full, the requests that read the slot before that moment are answered
 * SLOT_FULL without touching the database. This only ever refuses: whether a place is granted is decided
 * by the conditional UPDATE in PostgreSQL. A request that read the slot after the last refusal (a
 * cancellation may have freed a place) always goes to the database.
 */
export class SlotGate {
  private readonly slots = new Map<string, SlotState>();

  constructor(private readonly perSlot: number) {}

  /** Enters every slot in id order (the same order the transaction locks them). */
  async enter(slotIds: readonly string[], readAt: number): Promise<Admission> {
    const ordered = [...new Set(slotIds)].sort();
    const entered: string[] = [];
    const release = () => {
      for (const id of entered.splice(0)) this.leave(id);
    };
    for (const slotId of ordered) {
      const state = this.stateOf(slotId);
      if (state.fullAt > readAt) {
        release();
        return { admitted: false, fullSlotId: slotId };
      }
      if (state.active >= this.perSlot) await new Promise<void>((resolve) => state.waiting.push(resolve));
      else state.active += 1;
      entered.push(slotId);
      if (state.fullAt > readAt) {
        release();
        return { admitted: false, fullSlotId: slotId };
      }
    }
    return { admitted: true, release };
  }

  /** A conditional UPDATE just found the slot full. */
  markFull(slotId: string, at = performance.now()): void {
    const state = this.stateOf(slotId);
    state.fullAt = Math.max(state.fullAt, at);
    this.forgetIfIdle(slotId, state);
  }

  /** Slots with state kept (in flight, waiting, or recently full); for tests and diagnostics. */
  size(): number {
    return this.slots.size;
  }

  private stateOf(slotId: string): SlotState {
    let state = this.slots.get(slotId);
    if (!state) this.slots.set(slotId, (state = { active: 0, waiting: [], fullAt: -Infinity }));
    return state;
  }

  private leave(slotId: string): void {
    const state = this.slots.get(slotId);
    if (!state) return;
    const next = state.waiting.shift();
    // The place in flight passes straight to the next waiter.
    if (next) next();
    else state.active -= 1;
    this.forgetIfIdle(slotId, state);
  }

  private forgetIfIdle(slotId: string, state: SlotState): void {
    if (state.active > 0 || state.waiting.length > 0) return;
    if (state.fullAt === -Infinity || performance.now() - state.fullAt > FORGET_FULL_AFTER_MS)
      this.slots.delete(slotId);
  }
}
