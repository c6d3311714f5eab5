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
});
