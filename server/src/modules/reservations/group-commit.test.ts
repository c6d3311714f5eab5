import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

/** A run whose transactions end when the test says so, recording what each one held. */
function controlledRun() {
  const batches: string[][] = [];
  const finishers: (() => void)[] = [];
  const run = (bookings: string[]) =>
    new Promise<PromiseSettledResult<string>[]>((resolve) => {
      batches.push(bookings);
      finishers.push(() => resolve(bookings.map((b) => ({ status: 'fulfilled', value: `${b}:ok` }))));
    });
  const finishNext = async () => {
    finishers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, run, finishNext };
}

describe('GroupCommit', () => {
  it('books the first arrival at once and the ones arriving meanwhile together, each with its own answer', async () => {
    const { batches, run, finishNext } = controlledRun();
    const commit = new GroupCommit(run);
    const first = commit.submit('slot-a', 'b1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([['b1']]);
    const later = ['b2', 'b3', 'b4'].map((b) => commit.submit('slot-a', b));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toHaveLength(1); // one transaction per set of slots at a time
    await finishNext();
    expect(batches).toEqual([['b1'], ['b2', 'b3', 'b4']]);
    await finishNext();
    expect(await first).toBe('b1:ok');
    expect(await Promise.all(later)).toEqual(['b2:ok', 'b3:ok', 'b4:ok']);
    expect(commit.size()).toBe(0);
  });

  it('runs different sets of slots side by side, and never more than maxBatch together', async () => {
    const { batches, run, finishNext } = controlledRun();
    const commit = new GroupCommit(run, 2);
    const answers = [
      commit.submit('slot-a', 'a1'),
      commit.submit('slot-b', 'b1'),
      commit.submit('slot-a', 'a2'),
      commit.submit('slot-a', 'a3'),
      commit.submit('slot-a', 'a4'),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([['a1', 'a2'], ['b1']]);
    await finishNext();
    await finishNext();
    expect(batches.at(-1)).toEqual(['a3', 'a4']);
    await finishNext();
    expect(await Promise.all(answers)).toEqual(['a1:ok', 'b1:ok', 'a2:ok', 'a3:ok', 'a4:ok']);
  });

  it('fails every booking of a transaction that throws, and goes on with the next', async () => {
    let calls = 0;
    const commit = new GroupCommit<string, string>(async (bookings) => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return bookings.map((b) => ({ status: 'fulfilled' as const, value: `${b}:ok` }));
    });
    const failed = [commit.submit('slot-a', 'b1'), commit.submit('slot-a', 'b2')];
    const results = await Promise.allSettled(failed);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await commit.submit('slot-a', 'b3')).toBe('b3:ok');
  });

  it('gives each booking its own answer when they are settled one by one', async () => {
    const commit = new GroupCommit<string, string>(async (bookings) =>
      bookings.map((b) =>
        b === 'b2'
          ? { status: 'rejected' as const, reason: new Error('b2 failed') }
          : { status: 'fulfilled' as const, value: `${b}:ok` },
      ),
    );
    const results = await Promise.allSettled(['b1', 'b2', 'b3'].map((b) => commit.submit('slot-a', b)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'b1:ok',
      'b2 failed',
      'b3:ok',
    ]);
  });
});
