import PQueue from 'p-queue';

/**
 * Who is waiting: a request that carries a session or API key (someone already logged in, on their way to a
 * booking, or an HR system) or one that does not (a visitor arriving, a login).
 */
export type AdmissionClass = 'session' | 'anonymous';

/**
 * Admission control for the HTTP endpoint: at most `max` GraphQL requests are worked on at once; the
 * others wait before any parsing or SQL. Under a rush this keeps the server doing a bounded amount of work
 * well instead of everything at once badly — throughput with 512 clients stays that of a few dozen. Requests
 * with a session go first, then the anonymous ones, each first come first served: at an opening the people
 * already in finish their booking instead of timing out behind the crowd still arriving (a virtual waiting
 * room; bench:opening). When even the queue is full, the request is turned away at once.
 */
export class RequestAdmission {
  /** Undefined when unlimited. */
  private readonly queue: PQueue | undefined;

  constructor(
    max: number,
    private readonly maxQueue: number,
  ) {
    this.queue = max > 0 ? new PQueue({ concurrency: max }) : undefined;
  }

  /** Resolves with a release function, or with undefined when the queue is full. */
  async enter(kind: AdmissionClass = 'anonymous'): Promise<(() => void) | undefined> {
    const queue = this.queue;
    if (!queue) return () => undefined;
    if (queue.pending >= queue.concurrency && queue.size >= this.maxQueue) return undefined;
    // The place is held until the caller releases it; the queue then hands it to the next in line.
    return new Promise((admitted) => {
      void queue.add(() => new Promise<void>((release) => admitted(once(release))), {
        priority: kind === 'session' ? 1 : 0,
      });
    });
  }

  waiting(): number {
    return this.queue?.size ?? 0;
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
