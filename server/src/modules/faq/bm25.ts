// Hand-written instead of minisearch for latency: bench:faq p95 19.5 ms (MiniSearch) → 3.7 ms (this), bench/README.md "FAQ".
/**
 * BM25+ over pre-analysed terms, scored the way MiniSearch 7 scores (per-field idf, field boosts, a document
 * boost, OR of the query terms, the sum times the number of query terms matched, fuzzy matches of unknown
 * words weighted down by their distance), but with flat postings and one score array per search: MiniSearch
 * allocated a result object per matching document, and with 1,000 entries sharing common words (会場,
 * 予約) that alone took p95 past 10 ms (bench/README.md, FAQ).
 */
export interface Bm25Options {
  fields: readonly string[];
  boost: Record<string, number>;
  bm25: { k: number; b: number; d: number };
  fuzzyWeight: number;
}

export interface Bm25Hit {
  doc: number;
  score: number;
  /** Indexes of the query terms the document matched. */
  queryTerms: number[];
}

export class Bm25Index {
  /** field → term → [doc, tf, doc, tf, …] */
  private readonly postings: Map<string, number[]>[];
  private readonly lengths: Float64Array[];
  private readonly averageLength: number[];
  readonly documentCount: number;

  constructor(
    documents: readonly Record<string, readonly string[]>[],
    private readonly documentBoost: Float64Array,
    private readonly options: Bm25Options,
  ) {
    this.documentCount = documents.length;
    this.postings = options.fields.map(() => new Map<string, number[]>());
    this.lengths = options.fields.map(() => new Float64Array(documents.length));
    this.averageLength = options.fields.map((field, f) => {
      let total = 0;
      documents.forEach((document, doc) => {
        const counts = new Map<string, number>();
        for (const term of document[field] ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
        this.lengths[f]![doc] = counts.size;
        total += counts.size;
        for (const [term, tf] of counts) {
          const list = this.postings[f]!.get(term);
          if (list) list.push(doc, tf);
          else this.postings[f]!.set(term, [doc, tf]);
        }
      });
      return documents.length > 0 ? total / documents.length : 0;
    });
  }

  has(term: string): boolean {
    return this.postings.some((field) => field.has(term));
  }

  /** `fuzzy(term)`: the largest edit distance at which other indexed terms count for it (0: exact only). */
  search(terms: readonly string[], fuzzy: (term: string) => number): Bm25Hit[] {
    const scores = new Float64Array(this.documentCount);
    const matched = new Map<number, Set<number>>();
    const { k, b, d } = this.options.bm25;
    const add = (queryIndex: number, term: string, weight: number) => {
      this.options.fields.forEach((field, f) => {
        const list = this.postings[f]!.get(term);
        if (!list) return;
        const boost = (this.options.boost[field] ?? 1) * weight;
        const df = list.length / 2;
        const idf = Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5));
        const average = this.averageLength[f]!;
        const lengths = this.lengths[f]!;
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i]!;
          const tf = list[i + 1]!;
          const norm = k * (1 - b + (b * lengths[doc]!) / average);
          scores[doc]! += boost * this.documentBoost[doc]! * idf * (d + (tf * (k + 1)) / (tf + norm));
          let set = matched.get(doc);
          if (!set) matched.set(doc, (set = new Set()));
          set.add(queryIndex);
        }
      });
    };
    terms.forEach((term, queryIndex) => {
      add(queryIndex, term, 1);
      const distance = fuzzy(term);
      if (distance > 0)
        for (const other of this.vocabulary())
          if (other !== term) {
            const found = editDistance(term, other, distance);
            if (found > 0)
              add(queryIndex, other, (this.options.fuzzyWeight * other.length) / (other.length + found));
          }
    });
    const hits: Bm25Hit[] = [];
    for (const [doc, set] of matched)
      hits.push({ doc, score: scores[doc]! * set.size, queryTerms: [...set] });
    return hits.sort((x, y) => y.score - x.score);
  }

  private vocabularyCache: string[] | undefined;
  private vocabulary(): string[] {
    return (this.vocabularyCache ??= [...new Set(this.postings.flatMap((field) => [...field.keys()]))]);
  }
}

/**
 * Edit distance (Levenshtein, with two neighbouring letters swapped counting as one edit: "teh" → "the") if at
 * most `max`, else -1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return -1;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= max ? previous[b.length]! : -1;
}
