import { requestScope, type RequestScope } from './request-scope.js';

interface Waiting<K, V> {
  key: K;
  scope: RequestScope | undefined;
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the same read from every request that arrives in one turn of the event loop and runs it as
 * one statement: under a rush, hundreds of session lookups cost one round trip instead of hundreds.
 * Reads made together in one callback (requests woken by the same answer) leave as soon as it ends.
 * At most `maxInFlight` statements of one batcher run at a time; meanwhile requests gather into the next
 * batch, so the busier the server, the bigger the batches — and the fewer connections reads take from
 * bookings. Each request still counts the statement once (the N+1 tests count statements per request).
 */
export class Batcher<K, V> {
  private waiting: Waiting<K, V>[] = [];
  private scheduled = false;
  private loadsThisTick = 0;
  private inFlight = 0;

  constructor(
    private readonly run: (keys: K[]) => Promise<V[]>,
    private readonly maxBatch = 500,
    private readonly maxInFlight = 2,
  ) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, scope: requestScope.getStore(), resolve, reject });
      if (this.waiting.length >= this.maxBatch) {
        this.flush();
        return;
      }
      // Requests that go on together — woken by the same database answer — go out together at once,
      // when that callback's promise chains have run: waiting for the end of the poll phase would put them
      // behind every request that arrives meanwhile (at opening time, hundreds).
      this.loadsThisTick += 1;
      if (this.loadsThisTick === 1) {
        process.nextTick(() => {
          const together = this.loadsThisTick;
          this.loadsThisTick = 0;
          if (together > 1) this.flush();
        });
      }
      if (!this.scheduled) {
        this.scheduled = true;
        // After the poll phase: every request read in this turn of the loop is in the batch.
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    if (this.waiting.length === 0 || this.inFlight >= this.maxInFlight) return;
    const batch = this.waiting.splice(0, this.maxBatch);
    this.inFlight += 1;
    requestScope.exit(() => {
      this.run(batch.map((w) => w.key))
        .then(
          (values) => {
            batch.forEach((w, i) => {
              if (w.scope) w.scope.sqlStatements += 1;
              w.resolve(values[i]!);
            });
          },
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          this.inFlight -= 1;
          this.flush();
        });
    });
  }
}
