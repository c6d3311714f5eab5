import { editDistance } from './bm25.js';

/**
 * Corrects a misspelt word to the nearest word the knowledge base uses, with the same first letter: one edit (a letter dropped, added,
 * changed, or two neighbours swapped) for words of 4 to 7 letters, two for longer ones; among equally near
 * words the most frequent wins. Words it knows, and shorter ones, stay as they are.
 */
export class SpellingCorrector {
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly minLength = 4,
  ) {
    for (const word of counts.keys()) {
      const n = word.length;
      const list = this.byLength.get(n);
      if (list) list.push(word);
      else this.byLength.set(n, [word]);
    }
  }

  knows(word: string): boolean {
    return this.counts.has(word);
  }

  correct(word: string): string {
    if (this.counts.has(word)) return word;
    const length = word.length;
    if (length < this.minLength) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const max = length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (let n = length - max; n <= length + max; n++)
      for (const other of this.byLength.get(n) ?? []) {
        // People rarely mistype a word's first letter; "iphone" is not "phone".
        if (other[0] !== word[0]) continue;
        const distance = editDistance(word, other, max);
        if (distance < 0) continue;
        const count = this.counts.get(other) ?? 0;
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = other;
          bestDistance = distance;
          bestCount = count;
        }
      }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }
}
