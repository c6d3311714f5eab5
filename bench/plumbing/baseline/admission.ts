// The hand-written admission queue as it was before p-limit (commit 7955947), kept for bench/plumbing/admission.ts.
/**
 * Admission control for the HTTP endpoint: at most `max` GraphQL requests are worked on at once; the
 * others wait, first come first served, before any parsing or SQL. Under a rush this keeps the server
 * doing a bounded amount of work well instead of everything at once badly — throughput with 512 clients
 * stays that of a few dozen — and the earliest requests are answered first. When even the queue is full,
 * the request is turned away at once.
 */
export class RequestAdmission {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly maxQueue: number,
  ) {}

  /** Resolves with a release function, or with undefined when the queue is full. */
  async enter(): Promise<(() => void) | undefined> {
    if (this.max <= 0) return () => undefined;
    if (this.active < this.max) {
      this.active += 1;
      return this.releaser();
    }
    if (this.queue.length >= this.maxQueue) return undefined;
    await new Promise<void>((resolve) => this.queue.push(resolve));
    return this.releaser();
  }

  waiting(): number {
    return this.queue.length;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The place passes straight to the next in line.
      if (next) next();
      else this.active -= 1;
    };
  }
}
