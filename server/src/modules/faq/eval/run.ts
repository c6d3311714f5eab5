/**
 * `npm run eval:faq [-- dev|test|holdout-2|dev-2|holdout-5|holdout-6|holdout-7|holdout-8|holdout-9|holdout-10|holdout-11|holdout-12|holdout-13|holdout-14|holdout-15|holdout-18|holdout-19|holdout-20|holdout-21|holdout-22|dev-3 …] [--misses]`: top-1/top-3 and the
 * out-of-scope refusal rate per language, for every set present (or the ones named), then for the dev set
 * (dev + test + holdout-2). Blind sets (holdout-3, holdout-4, holdout-16, holdout-17, holdout-23, holdout-24, holdout-25) are run by the lead only, never with
 * `--misses`.
 */
import {
  devSets,
  evalSetExists,
  evalSets,
  evaluate,
  goals,
  readEvalSet,
  type EvalReport,
  type EvalSetName,
} from './evaluate.js';

const named = process.argv
  .slice(2)
  .filter((a): a is EvalSetName => (evalSets as readonly string[]).includes(a));
const verbose = process.argv.includes('--misses');
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function print(name: string, report: EvalReport): void {
  console.log(`\n${name}`);
  for (const s of report.scores)
    console.log(
      `  ${s.language}: ${s.questions} questions  top-1 ${pct(s.top1, s.questions)}  top-3 ${pct(s.top3, s.questions)}` +
        `  out of scope: ${s.outOfScope}  refused ${pct(s.refused, s.outOfScope)}`,
    );
  const all = report.scores.reduce(
    (a, s) => ({ n: a.n + s.questions, t1: a.t1 + s.top1, t3: a.t3 + s.top3 }),
    { n: 0, t1: 0, t3: 0 },
  );
  console.log(`  all: ${all.n} questions  top-1 ${pct(all.t1, all.n)}  top-3 ${pct(all.t3, all.n)}`);
  console.log(`  out of scope: ${report.outOfScope}  refused ${pct(report.refused, report.outOfScope)}`);
  if (verbose)
    for (const m of report.misses)
      console.log(
        `    miss ${m.confident ? ' ' : '?'} ${m.question}  want ${m.expected.join('|') || '-'}  got ${m.got.join(' ')}`,
      );
}

for (const name of named.length ? named : evalSets) {
  if (!evalSetExists(name)) {
    console.log(`\n${name}: not present`);
    continue;
  }
  print(name, await evaluate(readEvalSet(name)));
}
if (!named.length)
  print(`dev set (${devSets.join(' + ')})`, await evaluate(devSets.flatMap((n) => readEvalSet(n))));
console.log(
  `\ngoals: top-1 ≥ ${goals.top1 * 100}%, top-3 ≥ ${goals.top3 * 100}% per language, ` +
    `refusals ≥ ${goals.refusals * 100}% per language`,
);
