import { describe, expect, it } from 'vitest';
import { crossValidate, score, total, train, type Row } from './eval/train.js';
import { applySecondStage, probability, trainLogistic, type StageInput } from './second-stage.js';

const match = (entryId: string, score: number, bestWording: number) => ({
  entryId,
  score,
  coverage: 0.6,
  wordCoverage: 0.6,
  unknown: 0,
  bestWording,
});
const signals = { topicWords: 3, outside: 0, outOfScope: false, japanese: false };

/** A first stage that puts `loose` ahead of `whole` by score; the right one is the one a single wording holds. */
function question(set: string, secondRight: boolean, n: number): Row {
  const gap = 0.9 + 0.01 * (n % 7);
  const search: StageInput = {
    ranked: [match('loose', 10, secondRight ? 0.3 : 0.9), match('whole', 10 * gap, secondRight ? 0.95 : 0.2)],
    confident: true,
    signals,
  };
  return {
    set,
    language: 'en',
    expected: [secondRight ? 'whole' : 'loose'],
    search: search as Row['search'],
  };
}

describe('the learned second stage', () => {
  it('fits a logistic regression that separates a one-feature set, the same weights on every run', () => {
    const x = [[-2], [-1], [-0.5], [0.5], [1], [2]];
    const y = [0, 0, 0, 1, 1, 1];
    const model = trainLogistic(x, y, 0.1);
    expect(probability(model, [-1.5])).toBeLessThan(0.2);
    expect(probability(model, [1.5])).toBeGreaterThan(0.8);
    expect(trainLogistic(x, y, 0.1)).toEqual(model);
  });

  it("puts the second candidate first only when the model rates it above its threshold and a site's own entry is not first, and never changes the decision to answer", () => {
    const search: StageInput = {
      ranked: [match('a', 10, 0.2), match('b', 9, 0.9)],
      confident: false,
      signals,
    };
    const weights = new Array<number>(10).fill(0);
    const stage = (threshold: number, bias: number) => ({
      rerank: {
        weights: [...weights, bias],
        mean: weights,
        scale: weights.map(() => 1),
        threshold,
        candidates: 2,
      },
    });
    expect(applySecondStage(search, stage(0.5, 2)).ranked.map((m) => m.entryId)).toEqual(['b', 'a']);
    expect(applySecondStage(search, stage(0.5, -2)).ranked.map((m) => m.entryId)).toEqual(['a', 'b']);
    expect(applySecondStage(search, stage(0.5, 2)).confident).toBe(false);
    expect(applySecondStage(search, {})).toEqual(search);
    const site = { ...search, ranked: [{ ...search.ranked[0]!, site: true }, search.ranked[1]!] };
    expect(applySecondStage(site, stage(0.5, 2)).ranked.map((m) => m.entryId)).toEqual(['a', 'b']);
  });

  it('learns, from sets it was not shown, to give the entry one of whose wordings holds the question', () => {
    const rows = ['a', 'b', 'c'].flatMap((set) =>
      Array.from({ length: 12 }, (_, n) => question(set, n % 3 === 0, n)),
    );
    const before = total([score(rows)]);
    expect(before.en.top1).toBe(24);
    const cv = total(crossValidate(rows, { name: 'rerank 2', rerank: { candidates: 2, l2: 1 } }).values());
    expect(cv.en.top1).toBe(36);
    expect(cv.en.gained).toBe(12);
    expect(cv.en.lost).toBe(0);
    expect(train(rows, { name: 'rerank 2', rerank: { candidates: 2, l2: 1 } })).toEqual(
      train(rows, { name: 'rerank 2', rerank: { candidates: 2, l2: 1 } }),
    );
  });
});
