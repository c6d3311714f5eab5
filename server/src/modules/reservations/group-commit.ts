import { requestScope, type RequestScope } from '../../shared/request-scope.js';

interface Waiting<B, R> {
  booking: B;
  scope: RequestScope | undefined;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

interface Queue<B, R> {
  running: boolean;
  waiting: Waiting<B, R>[];
}

/**
 * Group commit per set of slots. One transaction at a time books a given set of slots (per process); the
 * bookings of those slots that arrive while it runs wait here, in memory and holding no connection, and go
 * together in the next transaction. So the busier a slot, the more places one commit hands out, instead of
 * a queue of transactions each waiting for the row lock the previous one holds.
 */
export class GroupCommit<B, R> {
  private readonly queues = new Map<string, Queue<B, R>>();

  constructor(
    /** Books them; each answer is settled on its own (one booking's failure need not fail the others). */
    private readonly run: (bookings: B[]) => Promise<PromiseSettledResult<R>[]>,
    private readonly maxBatch = 32,
  ) {}

  /** `key` names the slots the booking raises (sorted ids); bookings with the same key may go together. */
  submit(key: string, booking: B): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) this.queues.set(key, (queue = { running: false, waiting: [] }));
      queue.waiting.push({ booking, scope: requestScope.getStore(), resolve, reject });
      if (queue.running) return;
      queue.running = true;
      // Bookings let through together (woken by the same answer) are all queued once this callback's
      // promise chains have run.
      const started = queue;
      process.nextTick(() => this.next(key, started));
    });
  }

  /** Keys with bookings queued or running; for tests and diagnostics. */
  size(): number {
    return this.queues.size;
  }

  private next(key: string, queue: Queue<B, R>): void {
    const batch = queue.waiting.splice(0, this.maxBatch);
    if (batch.length === 0) {
      queue.running = false;
      this.queues.delete(key);
      return;
    }
    const settle = (counted: boolean) =>
      this.run(batch.map((w) => w.booking))
        .then(
          (results) =>
            batch.forEach((w, i) => {
              if (counted && w.scope) w.scope.sqlStatements += 1;
              const result = results[i]!;
              if (result.status === 'fulfilled') w.resolve(result.value);
              else w.reject(result.reason);
            }),
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => this.next(key, queue));
    // A booking alone runs in its own request's scope (its statements counted as they run); a shared
    // transaction runs in none, and counts as one statement for each of its bookings.
    const alone = batch.length === 1 ? batch[0]!.scope : undefined;
    if (alone) void requestScope.run(alone, () => settle(false));
    else void requestScope.exit(() => settle(true));
  }
}
