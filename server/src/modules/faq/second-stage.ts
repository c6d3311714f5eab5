/** What the second stage reads of a first-stage search (retriever.ts's FaqSearch). */
export interface StageInput {
  ranked: {
    entryId: string;
    site?: boolean;
    score: number;
    coverage: number;
    wordCoverage: number;
    unknown: number;
    bestWording: number;
  }[];
  confident: boolean;
  signals: { topicWords: number; outside: number; outOfScope: boolean; japanese: boolean };
}

/**
 * A learned second stage over the retriever's own figures (eval/train.ts, README "Round 14"): logistic regressions,
 * small enough to read. `rerank` scores each of the first `candidates` entries against the first one and puts first
 * the one it rates highest; `answer` gives the probability that a question is in scope, from its best entry.
 */
export interface LogisticModel {
  /** One weight per feature after standardising, then the intercept. */
  weights: number[];
  mean: number[];
  scale: number[];
  /** Probability above which the model says yes. */
  threshold: number;
}

export interface SecondStage {
  /** Pairwise: the probability that candidate r, not the first, is right (of pairs where one of them is); an entry
   * list adds each entry's own bias (+1 for the candidate's, −1 for the first's). */
  rerank?: LogisticModel & { candidates: number; entries?: string[] };
  answer?: LogisticModel & { combine: 'replace' | 'and' | 'or' };
}

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const logRatio = (a: number, b: number) => (a > 0 && b > 0 ? clip(Math.log(a / b), -5, 5) : -5);

/** One candidate (at 0-based `rank`, ≥ 1) measured against the first stage's first entry, with entry biases when
 * `entries` is given. */
export function pairFeatures(search: StageInput, rank: number, entries?: string[]): number[] {
  const x = candidateFeatures(search, rank);
  if (!entries) return x;
  const bias = entries.map(() => 0);
  const at = (id: string) => entries.indexOf(id);
  const c = at(search.ranked[rank]!.entryId);
  const f = at(search.ranked[0]!.entryId);
  if (c >= 0) bias[c]! += 1;
  if (f >= 0) bias[f]! -= 1;
  return [...x, ...bias];
}

function candidateFeatures(search: StageInput, rank: number): number[] {
  const first = search.ranked[0]!;
  const c = search.ranked[rank]!;
  const ja = search.signals.japanese ? 1 : 0;
  const ratio = logRatio(c.score, first.score);
  return [
    ratio,
    c.coverage - first.coverage,
    c.wordCoverage - first.wordCoverage,
    c.unknown - first.unknown,
    rank === 1 ? 1 : 0,
    rank === 2 ? 1 : 0,
    ja * ratio,
    ja * (c.coverage - first.coverage),
    Math.min(search.signals.topicWords, 10) * ratio,
    c.bestWording - first.bestWording,
  ];
}

/** The question and its best entry, for the decision to answer. */
export function answerFeatures(search: StageInput): number[] {
  const [first, second] = search.ranked;
  const ja = search.signals.japanese ? 1 : 0;
  if (!first) return [0, 0, 0, 0, 0, 0, 0, ja, 0, 0, search.signals.outOfScope ? 1 : 0];
  return [
    first.coverage,
    first.wordCoverage,
    first.unknown,
    search.signals.outside,
    Math.min(search.signals.topicWords, 10),
    second ? logRatio(first.score, second.score) : 5,
    Math.log1p(first.score),
    ja,
    ja * first.coverage,
    ja * first.unknown,
    search.signals.outOfScope ? 1 : 0,
  ];
}

export function probability(model: LogisticModel, x: number[]): number {
  let z = model.weights[x.length]!;
  for (let i = 0; i < x.length; i++) z += (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.scale[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The first stage's search with its candidates reordered and its decision to answer retaken by the models. */
export function applySecondStage<S extends StageInput>(search: S, stage: SecondStage): S {
  let { ranked, confident } = search;
  if (ranked.length === 0) return search;
  if (stage.answer) {
    const yes = probability(stage.answer, answerFeatures(search)) > stage.answer.threshold;
    const combine = stage.answer.combine;
    confident =
      combine === 'replace'
        ? yes && !search.signals.outOfScope
        : combine === 'and'
          ? confident && yes
          : confident || (yes && !search.signals.outOfScope);
  }
  // A site's own entry first stays first: the models learnt from the common entries only.
  if (stage.rerank && !ranked[0]!.site) {
    const n = Math.min(stage.rerank.candidates, ranked.length);
    let best = 0;
    let bestP = stage.rerank.threshold;
    for (let r = 1; r < n; r++) {
      const p = probability(stage.rerank, pairFeatures(search, r, stage.rerank.entries));
      if (p > bestP) [best, bestP] = [r, p];
    }
    if (best > 0) ranked = [ranked[best]!, ...ranked.filter((_, i) => i !== best)];
  }
  return { ...search, ranked, confident };
}

/**
 * Logistic regression by Newton's method on standardised features with an L2 penalty `l2` (not on the intercept):
 * deterministic, no learning rate to tune, a dozen iterations for a dozen features.
 */
export function trainLogistic(x: number[][], y: number[], l2 = 1, iterations = 25): LogisticModel {
  const d = x[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((a, r) => a + r[j]!, 0) / Math.max(1, x.length));
  const scale = mean.map(
    (m, j) => Math.sqrt(x.reduce((a, r) => a + (r[j]! - m) ** 2, 0) / Math.max(1, x.length)) || 1,
  );
  const z = x.map((r) => [...r.map((v, j) => (v - mean[j]!) / scale[j]!), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj, j) => (j < d ? l2 * wj : 0));
    const hess = w.map((_, j) => w.map((__, k) => (j === k && j < d ? l2 : 0)));
    z.forEach((row, n) => {
      const p = 1 / (1 + Math.exp(-row.reduce((a, v, j) => a + v * w[j]!, 0)));
      const g = p - y[n]!;
      const h = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        grad[j]! += g * row[j]!;
        for (let k = 0; k <= d; k++) hess[j]![k]! += h * row[j]! * row[k]!;
      }
    });
    const step = solve(hess, grad);
    let moved = 0;
    for (let j = 0; j <= d; j++) {
      w[j]! -= step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-9) break;
  }
  return { weights: w, mean, scale, threshold: 0.5 };
}

/** Gaussian elimination with partial pivoting: a·s = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
