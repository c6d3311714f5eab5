import { describe, expect, it } from 'vitest';
import { Bm25Index, editDistance } from './bm25.js';

const options = { fields: ['q'], boost: { q: 1 }, bm25: { k: 1.2, b: 0.5, d: 0.5 }, fuzzyWeight: 0.45 };

describe('the BM25 index', () => {
  it('ranks the document with the rarer matching term first and says which query terms matched', () => {
    const index = new Bm25Index(
      [{ q: ['common', 'rare'] }, { q: ['common'] }, { q: ['common', 'other'] }],
      new Float64Array([1, 1, 1]),
      options,
    );
    const hits = index.search(['rare', 'common'], () => 0);
    expect(hits.map((h) => h.doc)).toEqual([0, expect.any(Number), expect.any(Number)]);
    expect(hits[0]!.queryTerms.sort()).toEqual([0, 1]);
  });

  it('lets a boosted document outrank an equal one', () => {
    const index = new Bm25Index(
      [{ q: ['parking'] }, { q: ['parking'] }],
      new Float64Array([1, 1.5]),
      options,
    );
    expect(index.search(['parking'], () => 0)[0]!.doc).toBe(1);
  });

  it('finds a misspelt word within the allowed distance, weighted below an exact match', () => {
    const index = new Bm25Index([{ q: ['e:questionnair'] }], new Float64Array([1]), options);
    expect(index.search(['e:questionair'], () => 2)).toHaveLength(1);
    expect(index.search(['e:questionair'], () => 0)).toHaveLength(0);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(-1);
    // Two neighbouring letters swapped are one edit.
    expect(editDistance('teh', 'the', 1)).toBe(1);
    expect(editDistance('recieve', 'receive', 1)).toBe(1);
  });
});
