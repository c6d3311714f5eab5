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
 * Each request still counts the statement once (the N+1 tests count statements per request).
 */
export class Batcher<K, V> {
  private waiting: Waiting<K, V>[] = [];
  private scheduled = false;

  constructor(
    private readonly run: (keys: K[]) => Promise<V[]>,
    private readonly maxBatch = 500,
  ) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, scope: requestScope.getStore(), resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        // After the poll phase: every request read in this turn of the loop is in the batch.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    requestScope.exit(() => {
      this.run(batch.map((w) => w.key)).then(
        (values) => {
          batch.forEach((w, i) => {
            if (w.scope) w.scope.sqlStatements += 1;
            w.resolve(values[i]!);
          });
        },
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      );
    });
  }
}
