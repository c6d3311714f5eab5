import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.js';
import { requestScope } from './request-scope.js';

describe('Batcher', () => {
  it('runs the loads of one turn of the event loop as one batch, answers in order, and counts one statement per request', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, string>(async (keys) => {
      batches.push(keys);
      return keys.map((k) => `v${k}`);
    });
    const scopes = [1, 2, 3].map(() => ({ sqlStatements: 0 }));

    const values = await Promise.all(
      scopes.map((scope, i) => requestScope.run(scope, () => batcher.load(i))),
    );

    expect(values).toEqual(['v0', 'v1', 'v2']);
    expect(batches).toEqual([[0, 1, 2]]);
    expect(scopes.map((s) => s.sqlStatements)).toEqual([1, 1, 1]);
  });

  it('splits at the maximum batch size and passes a failure to every caller of the batch', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, number>(async (keys) => {
      batches.push(keys);
      if (keys.includes(4)) throw new Error('database down');
      return keys;
    }, 2);

    const results = await Promise.allSettled([1, 2, 3, 4].map((k) => batcher.load(k)));

    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
  });

  it('loads made together in one callback go out when it ends; a load alone waits for the end of the poll phase', async () => {
    const order: string[] = [];
    const batcher = new Batcher<number, number>(async (keys) => {
      order.push(`batch ${keys.join(',')}`);
      return keys;
    });

    // Three requests woken by the same answer: their loads leave before anything queued behind them.
    setImmediate(() => order.push('end of poll phase'));
    await Promise.all([1, 2, 3].map((k) => batcher.load(k)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['batch 1,2,3', 'end of poll phase']);

    // Requests arriving one per callback (here: three callbacks of one loop phase) gather into one batch.
    order.length = 0;
    const arriving = [4, 5, 6].map(
      (k) => new Promise<number>((resolve) => setImmediate(() => resolve(batcher.load(k)))),
    );
    await Promise.all(arriving);
    expect(order).toEqual(['batch 4,5,6']);
  });
});
