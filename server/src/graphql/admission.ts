import pLimit, { type LimitFunction } from 'p-limit';

/**
 * Admission control for the HTTP endpoint: at most `max` GraphQL requests are worked on at once; the
 * others wait, first come first served, before any parsing or SQL. Under a rush this keeps the server
 * doing a bounded amount of work well instead of everything at once badly — throughput with 512 clients
 * stays that of a few dozen — and the earliest requests are answered first. When even the queue is full,
 * the request is turned away at once.
 */
export class RequestAdmission {
  /** Undefined when unlimited. */
  private readonly limit: LimitFunction | undefined;

  constructor(
    max: number,
    private readonly maxQueue: number,
  ) {
    this.limit = max > 0 ? pLimit(max) : undefined;
  }

  /** Resolves with a release function, or with undefined when the queue is full. */
  async enter(): Promise<(() => void) | undefined> {
    const limit = this.limit;
    if (!limit) return () => undefined;
    if (limit.activeCount >= limit.concurrency && limit.pendingCount >= this.maxQueue) return undefined;
    // The place is held until the caller releases it; p-limit then hands it to the next in line.
    return new Promise((admitted) => {
      void limit(() => new Promise<void>((release) => admitted(once(release))));
    });
  }

  waiting(): number {
    return this.limit?.pendingCount ?? 0;
  }
}

function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
