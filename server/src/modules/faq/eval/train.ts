/**
 * `npm run faq:train [-- --write <variant>]`: the learned second stage (second-stage.ts, README "Round 14"), judged by
 * leaving one dev set out at a time — each author's set in turn is answered by models trained on the others — against
 * the retriever as it is on the same folds. `--write <variant>` trains that variant on every dev set and writes its
 * weights to second-stage.weights.ts. Dev sets only; deterministic (fixed set order, Newton's method from zero).
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../analyzer.js';
import { commonDocuments } from '../faq-documents.js';
import { FaqRetriever, type FaqSearch } from '../retriever.js';
import {
  answerFeatures,
  applySecondStage,
  pairFeatures,
  probability,
  trainLogistic,
  type SecondStage,
} from '../second-stage.js';
import { readEvalSet, type EvalSetName } from './evaluate.js';

export const trainingSets = [
  'dev',
  'test',
  'holdout-2',
  'dev-2',
  'holdout-5',
  'holdout-6',
  'holdout-7',
  'holdout-8',
  'holdout-9',
  'holdout-10',
  'holdout-11',
  'holdout-12',
  'holdout-13',
] as const satisfies readonly EvalSetName[];

export interface Row {
  set: string;
  language: 'ja' | 'en';
  expected: string[];
  search: FaqSearch;
}

export interface Tally {
  questions: number;
  top1: number;
  top3: number;
  outOfScope: number;
  refused: number;
  /** In-scope questions answered right that the first stage alone answered wrong, and the other way round. */
  gained: number;
  lost: number;
}
export type Scores = Record<'ja' | 'en', Tally>;

const emptyTally = (): Tally => ({
  questions: 0,
  top1: 0,
  top3: 0,
  outOfScope: 0,
  refused: 0,
  gained: 0,
  lost: 0,
});

/** The figures evaluate.ts would print for these rows, answered by `stage` (none: the retriever as it is). */
export function score(rows: Row[], stage: SecondStage = {}): Scores {
  const scores: Scores = { ja: emptyTally(), en: emptyTally() };
  for (const row of rows) {
    const s = scores[row.language];
    const { ranked, confident } = applySecondStage(row.search, stage);
    if (row.expected.length === 0) {
      s.outOfScope++;
      if (!confident) s.refused++;
      continue;
    }
    s.questions++;
    const right = confident && row.expected.includes(ranked[0]?.entryId ?? '');
    const before = row.search.confident && row.expected.includes(row.search.ranked[0]?.entryId ?? '');
    if (right) s.top1++;
    if (right && !before) s.gained++;
    if (before && !right) s.lost++;
    if (ranked.slice(0, 3).some((m) => row.expected.includes(m.entryId))) s.top3++;
  }
  return scores;
}

export interface Variant {
  name: string;
  rerank?: { candidates: number; l2: number; entries?: boolean };
  answer?: { combine: 'replace' | 'and' | 'or'; l2: number };
}

/** Trains a variant's models on `rows`; the answer model's threshold is the one with the most top-1 answers on them
 * among those refusing, in each language, at least as many out-of-scope questions as the retriever does. */
export function train(rows: Row[], variant: Variant): SecondStage {
  const stage: SecondStage = {};
  if (variant.rerank) {
    const n = variant.rerank.candidates;
    const entries = variant.rerank.entries
      ? [...new Set(rows.flatMap((r) => r.search.ranked.slice(0, n).map((m) => m.entryId)))].sort()
      : undefined;
    const x: number[][] = [];
    const y: number[] = [];
    for (const row of rows) {
      if (row.expected.length === 0) continue;
      const first = row.expected.includes(row.search.ranked[0]?.entryId ?? '');
      row.search.ranked.slice(1, n).forEach((m, i) => {
        const other = row.expected.includes(m.entryId);
        if (first === other) return;
        x.push(pairFeatures(row.search, i + 1, entries));
        y.push(other ? 1 : 0);
      });
    }
    stage.rerank = {
      ...trainLogistic(x, y, variant.rerank.l2),
      candidates: n,
      ...(entries ? { entries } : {}),
    };
  }
  if (variant.answer) {
    const model = trainLogistic(
      rows.map((r) => answerFeatures(r.search)),
      rows.map((r) => (r.expected.length > 0 ? 1 : 0)),
      variant.answer.l2,
    );
    const base = score(rows, { rerank: stage.rerank });
    let best: { threshold: number; top1: number } | undefined;
    for (let t = 0.02; t < 0.99; t += 0.01) {
      const threshold = Math.round(t * 100) / 100;
      const s = score(rows, { ...stage, answer: { ...model, threshold, combine: variant.answer.combine } });
      if (s.ja.refused < base.ja.refused || s.en.refused < base.en.refused) continue;
      const top1 = s.ja.top1 + s.en.top1;
      if (
        !best ||
        top1 > best.top1 ||
        (top1 === best.top1 && Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5))
      )
        best = { threshold, top1 };
    }
    if (best) stage.answer = { ...model, threshold: best.threshold, combine: variant.answer.combine };
  }
  return stage;
}

/** Leave one set out: each set answered by the variant trained on all the others. */
export function crossValidate(rows: Row[], variant: Variant): Map<string, Scores> {
  const sets = [...new Set(rows.map((r) => r.set))];
  return new Map(
    sets.map((set) => [
      set,
      score(
        rows.filter((r) => r.set === set),
        train(
          rows.filter((r) => r.set !== set),
          variant,
        ),
      ),
    ]),
  );
}

/**
 * The choice of setting judged too (`--nested`): for each held-out set, the rerank setting with the most top-1 answers
 * in a leave-one-set-out run over the other sets is trained on them all and answers the held-out set.
 */
export function nestedCrossValidate(
  rows: Row[],
  candidates: Variant[],
): Map<string, { chosen: string; scores: Scores }> {
  const sets = [...new Set(rows.map((r) => r.set))];
  return new Map(
    sets.map((set) => {
      const inner = rows.filter((r) => r.set !== set);
      let chosen = candidates[0]!;
      let best = -1;
      for (const variant of candidates) {
        const t = total(crossValidate(inner, variant).values());
        if (t.ja.top1 + t.en.top1 > best) [chosen, best] = [variant, t.ja.top1 + t.en.top1];
      }
      return [
        set,
        {
          chosen: chosen.name,
          scores: score(
            rows.filter((r) => r.set === set),
            train(inner, chosen),
          ),
        },
      ];
    }),
  );
}

export function total(perSet: Iterable<Scores>): Scores {
  const sum: Scores = { ja: emptyTally(), en: emptyTally() };
  for (const s of perSet)
    for (const l of ['ja', 'en'] as const)
      for (const k of Object.keys(sum[l]) as (keyof Tally)[]) sum[l][k] += s[l][k];
  return sum;
}

export const variants: Variant[] = [
  { name: 'rerank 2', rerank: { candidates: 2, l2: 1 } },
  { name: 'rerank 3', rerank: { candidates: 3, l2: 1 } },
  { name: 'rerank 2, l2 30', rerank: { candidates: 2, l2: 30 } },
  { name: 'rerank 2 + entry biases', rerank: { candidates: 2, l2: 1, entries: true } },
  { name: 'rerank 2 + entry biases, l2 10', rerank: { candidates: 2, l2: 10, entries: true } },
  { name: 'rerank 3 + entry biases, l2 10', rerank: { candidates: 3, l2: 10, entries: true } },
  { name: 'rerank 3 + entry biases, l2 30', rerank: { candidates: 3, l2: 30, entries: true } },
  { name: 'rerank 3, l2 10', rerank: { candidates: 3, l2: 10 } },
  { name: 'answer replace', answer: { combine: 'replace', l2: 1 } },
  { name: 'answer and rules', answer: { combine: 'and', l2: 1 } },
  { name: 'answer or rules', answer: { combine: 'or', l2: 1 } },
  {
    name: 'rerank 3 + entry biases, l2 10 + answer or rules',
    rerank: { candidates: 3, l2: 10, entries: true },
    answer: { combine: 'or', l2: 1 },
  },
];

const pct = (n: number, d: number) => (d === 0 ? '—' : ((100 * n) / d).toFixed(1));
const line = (s: Scores) =>
  (['ja', 'en'] as const)
    .map(
      (l) =>
        `${l} of ${s[l].questions}: top-1 ${s[l].top1} (${pct(s[l].top1, s[l].questions)}) top-3 ${s[l].top3} ` +
        `(${pct(s[l].top3, s[l].questions)}) refused ` +
        `${s[l].refused} of ${s[l].outOfScope} (${pct(s[l].refused, s[l].outOfScope)}) +${s[l].gained} −${s[l].lost}`,
    )
    .join('   ');

async function main(): Promise<void> {
  const retriever = new FaqRetriever(await Analyzer.load(), commonDocuments());
  const rows: Row[] = trainingSets.flatMap((set) =>
    readEvalSet(set).map((q) => ({
      set,
      language: q.language,
      expected: q.expected,
      search: retriever.firstStage(q.question),
    })),
  );
  const write = process.argv.indexOf('--write');
  if (write >= 0) {
    const variant = variants.find((v) => v.name === process.argv[write + 1]);
    if (!variant) throw new Error(`--write needs one of: ${variants.map((v) => v.name).join(', ')}`);
    const stage = train(rows, variant);
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'second-stage.weights.ts');
    const source =
      `// Written by \`npm run faq:train -- --write '${variant.name}'\` (eval/train.ts) from ${trainingSets.join(', ')}.\n` +
      `import type { SecondStage } from './second-stage.js';\n\nexport const secondStage: SecondStage = ${JSON.stringify(stage)};\n`;
    writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
    console.log(`wrote ${file}`);
    return;
  }
  if (process.argv.includes('--nested')) {
    const nested = nestedCrossValidate(
      rows,
      variants.filter((v) => v.rerank && !v.answer),
    );
    for (const [set, { chosen, scores }] of nested)
      console.log(`${set.padEnd(11)} ${chosen.padEnd(32)} ${line(scores)}`);
    console.log(`nested total: ${line(total([...nested.values()].map((n) => n.scores)))}`);
    return;
  }
  const current = new Map(
    trainingSets.map((set) => [set as string, score(rows.filter((r) => r.set === set))]),
  );
  console.log(
    `current (the retriever as it is), totals over ${trainingSets.length} held-out folds:\n  ${line(total(current.values()))}`,
  );
  for (const variant of variants) {
    const cv = crossValidate(rows, variant);
    console.log(`\n${variant.name}: ${line(total(cv.values()))}`);
    for (const set of trainingSets)
      console.log(`  ${set.padEnd(11)} ${line(current.get(set)!)}\n  ${''.padEnd(11)} ${line(cv.get(set)!)}`);
  }
  // What the models read: the weights trained on every set (standardised features).
  for (const variant of variants.slice(0, 1).concat(variants.slice(3, 4))) {
    const stage = train(rows, variant);
    for (const m of [stage.rerank, stage.answer])
      if (m)
        console.log(
          `\n${variant.name} weights: ${m.weights.map((w) => w.toFixed(2)).join(' ')} threshold ${m.threshold} p(0) ${probability(m, m.mean).toFixed(2)}`,
        );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
