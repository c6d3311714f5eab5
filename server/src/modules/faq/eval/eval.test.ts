import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  devSets,
  evalSetExists,
  evalSetPath,
  evalSets,
  evaluate,
  goals,
  readEvalSet,
  type EvalQuestion,
  type EvalReport,
  type EvalSetName,
} from './evaluate.js';

/** The dev set (the first set's two halves and holdout-2, all tuned on since round 3) is gated on the goals. */
const gated: { name: string; present: boolean; questions: () => EvalQuestion[] }[] = [
  {
    name: 'dev set (dev.tsv + test.tsv + holdout-2.tsv)',
    present: true,
    questions: () => devSets.flatMap((n) => readEvalSet(n)),
  },
];

/**
 * The blind sets are BELOW the goals (each run once when it was added; README "Round 3's blind set", "Round 4's
 * blind set", "Round 6's blind set", "Round 7's blind set"): issue 16 stays open. Until a later round reaches the
 * goals, the suite holds the figures measured then as a floor, so no change can make unseen questions worse
 * unnoticed. Raise these, never lower them — with seven recorded exceptions: round 4 lowered holdout-3's English
 * refusals from 0.777 to 0.740 (21 → 20 of 27, one question) for +7.5 points of its English top-1 (README "Round
 * 4"); round 5 lowered holdout-3's and holdout-4's English top-1 (0.837 → 0.775, 0.926 → 0.897) for +11.1 and +5.0
 * points of their English refusals (README "Round 5's blind sets"); round 6 lowered holdout-3's English refusals
 * from 0.851 to 0.814 (23 → 22 of 27, one question) for +6.3 points of its English top-1 (README "Round 6's blind
 * set"); round 8 lowered holdout-4's English top-3 from 1 to 0.985 (136 → 134 of 136, still above the goal) while
 * raising its other five figures and holdout-3's Japanese ones (README "Round 8's blind set"); round 9 lowered
 * holdout-3's Japanese top-3 from 0.933 to 0.93 (267 → 266 of 286, one question) while raising its Japanese top-1
 * (+2 questions) and English top-1 (+1), and holdout-4's Japanese top-1 and top-3 and English refusals (README
 * "Round 9's blind set"); round 10 lowered holdout-3's Japanese refusals from 0.961 to 0.884 (25 → 23 of 26, two
 * questions, below the goal) while raising its Japanese top-1 by 16 questions (0.818 → 0.874) and top-3 by 5, its
 * English top-1 and refusals by one each, and holdout-4's Japanese top-1 and top-3 and English refusals (README
 * "Round 10's blind set"). Since round 7 holdout-4 meets every goal. Round 11 raised holdout-3's and holdout-4's
 * floors to its run and lowered none. holdout-5 to holdout-15 are dev sets now (devFloors below; holdout-14 and
 * holdout-15, round 14's blind sets, since round 16); holdout-16 is round 15's blind set (README "Round 15's blind
 * set"), held at its one run on main and raised to round 16's; holdout-17 is one of round 16's blind sets (README
 * "Round 16's blind sets"), held at its one run; holdout-18, the other, is a dev set since round 17 (devFloors below).
 * The seventh exception: round 17 lowered holdout-3's Japanese top-1 from 0.877 to 0.874 (251 → 250 of 286) and
 * holdout-16's from 0.79 to 0.787 (223 → 222 of 282, its run before round 16), one question each, for ten more
 * out-of-scope questions refused over the blind sets (holdout-19 ja 85.0 → 90.0 %, en 80.0 → 86.7 %; README "Round
 * 17's blind set"). holdout-19, round 17's blind set, is a dev set since round 18 (devFloors below), held at its run.
 * holdout-20, round 18's blind set (README "Round 18's blind set"), is a dev set since round 19 (devFloors below), held
 * at its one run; round 18 raised holdout-17's English refusals to its run (55 → 56 of 60). holdout-21, round 19's
 * blind set (README "Round 19's blind set"), is a dev set since round 20 (devFloors below), held at its one run on main
 * (round 19 was not adopted). Round 20 raised holdout-16's Japanese refusals to its run (55 → 56 of 60); holdout-22,
 * round 20's blind set (README "Round 20's blind set"), is a dev set since round 21 (devFloors below), held at its one
 * run on main after round 20. holdout-23 is round 21's blind set (README "Round 21's blind set"), held at its one run on
 * main before round 21, which round 21 did not move. Round 22 raised refusals on three blind sets to its run (holdout-4
 * ja 57 → 58, holdout-17 en 56 → 57, holdout-23 ja 55 → 57 and en 56 → 57 of 60); holdout-24 is round 22's blind set
 * (README "Round 22's blind set"), held at its run on main after round 22 (refusals 58 → 60 ja, 54 → 55 en of its
 * 62 / 60 by round 22; top-1 and top-3 as on main before it). Round 23 raised top-1 and top-3 on four blind sets to
 * its run (holdout-3 ja top-1 250 → 252 and top-3 272 → 273 of 286, holdout-16 ja 222 → 227 and 266 → 267 of 282 and
 * en 170 → 171 of 207, holdout-23 en 153 → 154 of 156, holdout-24 ja 203 → 204 of 241); holdout-25 is round 23's
 * blind set (README "Round 23's blind set"), held at its run after round 23 (ja top-1 185 → 189, top-3 234 → 235 of
 * 261 by round 23; the rest as on main before it).
 */
const blindFloors: Partial<Record<BlindSet, Record<'ja' | 'en', Floor>>> = {
  'holdout-3': {
    ja: { top1: 0.881, top3: 0.954, refusals: 0.884 },
    en: { top1: 0.975, top3: 1, refusals: 0.888 },
  },
  'holdout-4': {
    ja: { top1: 0.952, top3: 0.991, refusals: 0.966 },
    en: { top1: 0.963, top3: 0.992, refusals: 0.975 },
  },
  'holdout-16': {
    ja: { top1: 0.804, top3: 0.946, refusals: 0.933 },
    en: { top1: 0.826, top3: 0.937, refusals: 0.95 },
  },
  'holdout-17': {
    ja: { top1: 0.932, top3: 0.982, refusals: 0.95 },
    en: { top1: 0.966, top3: 0.985, refusals: 0.95 },
  },
  'holdout-23': {
    ja: { top1: 0.943, top3: 0.983, refusals: 0.95 },
    en: { top1: 0.987, top3: 0.993, refusals: 0.95 },
  },
  'holdout-24': {
    ja: { top1: 0.846, top3: 0.962, refusals: 0.967 },
    en: { top1: 0.9, top3: 0.966, refusals: 0.916 },
  },
  'holdout-25': {
    ja: { top1: 0.724, top3: 0.9, refusals: 0.945 },
    en: { top1: 0.785, top3: 0.964, refusals: 0.888 },
  },
};
const blindSets = [
  'holdout-3',
  'holdout-4',
  'holdout-16',
  'holdout-17',
  'holdout-23',
  'holdout-24',
  'holdout-25',
] as const;
type BlindSet = (typeof blindSets)[number];
interface Floor {
  top1: number;
  top3: number;
  refusals: number;
}
const goalFloor: Floor = { top1: goals.top1, top3: goals.top3, refusals: goals.refusals };

/**
 * The development sets outside the gated dev set: dev-2.tsv (written and tuned on in round 5), holdout-5.tsv
 * (round 5's blind set, tuned on since round 6, README "Round 6"), holdout-6.tsv (round 6's blind set, tuned on
 * since round 7, README "Round 7"), holdout-7.tsv (round 7's blind set, tuned on since round 8, README "Round 8")
 * holdout-8.tsv (round 8's blind set, tuned on since round 9, README "Round 9"), holdout-9.tsv (round 9's blind set,
 * tuned on since round 10, README "Round 10"), holdout-10.tsv (round 10's blind set, tuned on since round 11,
 * README "Round 11"), holdout-11.tsv (round 11's blind set, tuned on since round 12, README "Round 12"),
 * holdout-12.tsv (round 12's blind set, tuned on since round 13, README "Round 13") and holdout-13.tsv (round 13's
 * blind set, a dev set since round 14, README "Round 14"): dev-2 and holdout-7 to holdout-11 held at what round 12
 * reached (or the last round's figure where that is higher), holdout-12 and holdout-13 at their one run on main,
 * holdout-5 and holdout-6 at the goals, which rounds 8 to 12 reached in every figure; dev-3.tsv (round 15's own
 * development set, situation-first questions, README "Round 15") at its figures; holdout-14.tsv and holdout-15.tsv
 * (round 14's blind sets, dev sets since round 16, README "Round 16") at their one run on main (README "Round 14's
 * blind sets"); holdout-18.tsv (round 16's blind set by a workplace / university / city campaign's help desk, a dev
 * set since round 17, README "Round 17") at its one run on main (README "Round 16's blind sets"); holdout-19.tsv
 * (round 17's blind set by a city and large employers' campaign help line, a dev set since round 18, README "Round
 * 18") at its run on round 17 (README "Round 17's blind set"); holdout-20.tsv (round 18's blind set by a small town's
 * clinic and a hospital group's staff campaign chat, a dev set since round 19, README "Round 19") at its one run on
 * main (README "Round 18's blind set"); holdout-21.tsv (round 19's blind set by a city's messaging-app chat, a dev set
 * since round 20, README "Round 20") at its one run on main (README "Round 19's blind set"); holdout-22.tsv (round 20's
 * blind set by a rural town's campaign chat, a dev set since round 21, README "Round 21") at its one run on main after
 * round 20 (README "Round 20's blind set"). Round 22 (another body's card, login and services, README "Round 22") raised
 * the refusals of the sets it moved (an employer's leave and a carrier's contract too): dev-3, holdout-10 to holdout-15
 * and holdout-18 to holdout-22. Round 23 (situations in everyday words read as the entry's concept, README "Round 23")
 * raised top-1 and top-3 where they rose: dev-3, holdout-11 to holdout-15, holdout-18, holdout-20 and holdout-21.
 * Raise these, never lower them — with two recorded exceptions: round 6 lowered dev-2's English
 * refusals from 0.954 to 0.943 (84 → 83 of 88): "my back hurts, what should i do" had been refused only because
 * spelling corrected "back" to "bank" (a word of the bills topic), which round 6's spelling changes stopped (README
 * "Round 6", rule 1; round 8 raised it again to 0.954, 84 of 88); round 7 moved holdout-5's English refusals from
 * 94.8 % to 93.1 % (55 → 54 of 58: "I lost my residence card" is answered since a residence card is an identity
 * document, README "Round 7", rule 5), still above the goal it is held at (since round 9 it is refused again, as
 * losing an identity document issued elsewhere: 56 of 58, README "Round 9").
 */
const devFloors: Record<
  Extract<
    EvalSetName,
    'dev-2' | 'dev-3' | `holdout-${5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 18 | 19 | 20 | 21 | 22}`
  >,
  Record<'ja' | 'en', Floor>
> = {
  // Round 9 reached ja 89.6 / 97.8 / 93.5 and en 94.7 / 100 / 97.7, round 10 ja 96.5 / 98.4 / 93.5 and en 96.8 / 100 /
  // 97.7, round 11 ja 97.8 / 99.4 / 93.5 and en 100 / 100 / 98.9.
  'dev-2': {
    ja: { top1: 0.977, top3: 0.993, refusals: 0.935 },
    en: { top1: 1, top3: 1, refusals: 0.988 },
  },
  // Round 8 reached ja 87.9 / 97.3 / 100 and en 91.0 / 98.6 / 93.1: every figure meets its goal, where it is held.
  'holdout-5': {
    ja: { top1: 0.85, top3: 0.95, refusals: 0.9 },
    en: { top1: 0.85, top3: 0.95, refusals: 0.9 },
  },
  // Round 6's blind set (run once after round 6: ja 82.4 / 94.7 / 88.5, en 80.1 / 96.2 / 93.4); round 8 reached
  // ja 88.0 / 96.1 / 95.1 and en 89.4 / 97.5 / 96.7: every figure meets its goal, where it is held.
  'holdout-6': {
    ja: { top1: 0.85, top3: 0.95, refusals: 0.9 },
    en: { top1: 0.85, top3: 0.95, refusals: 0.9 },
  },
  // Round 7's blind set (run once after round 7: ja 86.8 / 95.8 / 86.7, en 76.8 / 94.5 / 95.2); round 8, tuned on
  // it, reached ja 92.5 / 97.4 / 98.3 and en 88.6 / 98.2 / 98.4, round 9 ja 92.8 / 97.7 / 98.3 and en 91.4 / 98.2 /
  // 100, round 10 ja 95.5 / 99.2 / 98.3 and en 95.0 / 99.5 / 100, round 11 ja 97.7 / 100 / 98.3 and en 97.3 / 99.5 /
  // 100, round 12 ja 97.7 / 100 / 98.3 and en 98.2 / 100 / 100: held at round 12's figures.
  'holdout-7': {
    ja: { top1: 0.977, top3: 1, refusals: 0.983 },
    en: { top1: 0.981, top3: 1, refusals: 1 },
  },
  // Round 8's blind set (run once after round 8: ja 85.5 / 95.9 / 86.7, en 81.8 / 97.3 / 95.0); round 9, tuned on
  // it, reached ja 88.6 / 96.9 / 95.0 and en 90.9 / 97.3 / 98.3, round 10 ja 93.4 / 98.3 / 95.0 and en 94.1 / 99.5 /
  // 98.3, round 11 ja 94.8 / 98.6 / 95.0 and en 97.3 / 99.5 / 98.3, round 12 ja 94.8 / 98.6 / 95.0
  // and en 97.7 / 99.5 / 98.3: held at round 12's figures.
  'holdout-8': {
    ja: { top1: 0.948, top3: 0.986, refusals: 0.95 },
    en: { top1: 0.977, top3: 0.995, refusals: 0.983 },
  },
  // Round 9's blind set (run once after round 9: ja 72.5 / 92.4 / 93.3, en 74.5 / 91.4 / 95.0, its author told to
  // avoid the entries' own words); round 10, tuned on it, reached ja 87.6 / 95.5 / 93.3 and en 85.5 / 96.4 / 95.0,
  // round 11 ja 89.7 / 97.6 / 93.3 and en 92.7 / 98.6 / 95.0, round 12 ja 89.7 / 97.6 / 93.3 and en 93.2 / 99.1 /
  // 95.0: held at round 12's figures.
  'holdout-9': {
    ja: { top1: 0.896, top3: 0.975, refusals: 0.933 },
    en: { top1: 0.931, top3: 0.99, refusals: 0.95 },
  },
  // Round 10's blind set (run once after round 10: ja 80.9 / 96.6 / 93.3, en 76.8 / 92.7 / 90.0, its author told to
  // avoid the entries' title words); round 11, tuned on it, reached ja 85.7 / 98.3 / 93.3 and en 86.4 / 96.8 / 91.7,
  // round 12 ja 85.7 / 98.6 / 93.3 and en 90.0 / 97.7 / 93.3: held at round 12's figures.
  'holdout-10': {
    ja: { top1: 0.856, top3: 0.986, refusals: 0.966 },
    en: { top1: 0.9, top3: 0.977, refusals: 0.933 },
  },
  // Round 11's blind set (run once after round 11: ja 90.3 / 97.1 / 93.3, en 83.9 / 96.5 / 98.3, its author told to
  // avoid the entries' title words); round 12, tuned on it, reached ja 90.3 / 97.4 / 93.3 and en 87.8 / 97.8 / 98.3:
  // held at those figures.
  'holdout-11': {
    ja: { top1: 0.906, top3: 0.974, refusals: 0.95 },
    en: { top1: 0.878, top3: 0.978, refusals: 0.983 },
  },
  // Round 12's blind set (run once after round 12: ja 82.5 / 95.1 / 91.7, en 81.6 / 96.6 / 90.0); round 13's rerank was
  // reverted (README "Round 13"), so main answers it as then: held at that run; round 16 (half-width katakana
  // sentences) raised ja to 86.0 / 95.8 / 91.7; round 21 (romaji names of the site's things) en to 82.1 / 97.0 / 90.0.
  'holdout-12': {
    ja: { top1: 0.866, top3: 0.961, refusals: 0.95 },
    en: { top1: 0.82, top3: 0.97, refusals: 0.95 },
  },
  // Round 13's blind set (run once on main after round 13: ja 86.3 / 96.3 / 93.3, en 88.4 / 96.4 / 96.7, every goal
  // met; README "Round 13's blind set"): held at that run; round 16 raised ja top-1 to 86.6, round 18 ja refusals to
  // 95.0.
  'holdout-13': {
    ja: { top1: 0.869, top3: 0.962, refusals: 0.966 },
    en: { top1: 0.884, top3: 0.964, refusals: 0.966 },
  },
  // Round 15's development set (situation-first questions by an author who saw only the brief and the entry titles):
  // held at its run on the unchanged retriever (ja 65.4 / 85.5 / 78.3, en 68.9 / 90.4 / 76.7), truncated; round 16
  // reached ja 66.0 / 86.0 / 78.3 and en 69.9 / 90.4 / 76.7, round 17 (workplace and university domains) en refusals
  // 78.3; round 23 (situations read as the entry's concept) ja 75.6 / 91.6 and en 74.2 / 93.3.
  'dev-3': {
    ja: { top1: 0.755, top3: 0.915, refusals: 0.9 },
    en: { top1: 0.741, top3: 0.933, refusals: 0.833 },
  },
  // Round 14's blind sets (two new authors, run once on main: README "Round 14's blind sets"), dev sets since round 16:
  // held at that run, raised where round 16 rose (holdout-14 ja top-1 82.1, holdout-15 en top-1 75.5) and round 17
  // (holdout-15 refusals ja 93.3, en 93.3).
  'holdout-14': {
    ja: { top1: 0.827, top3: 0.936, refusals: 0.966 },
    en: { top1: 0.895, top3: 0.985, refusals: 0.95 },
  },
  'holdout-15': {
    ja: { top1: 0.749, top3: 0.921, refusals: 0.95 },
    en: { top1: 0.769, top3: 0.966, refusals: 0.966 },
  },
  // Round 16's blind set by a workplace / university / city campaign's help desk (run once on main: ja 92.6 / 99.6 /
  // 80.0, en 92.4 / 97.6 / 76.7; README "Round 16's blind sets"), a dev set since round 17: held at that run, raised
  // to round 17's refusals (ja 88.3, en 83.3: workplace, university and investing domains).
  'holdout-18': {
    ja: { top1: 0.926, top3: 1, refusals: 0.933 },
    en: { top1: 0.923, top3: 0.976, refusals: 0.883 },
  },
  // Round 17's blind set by a city and large employers' campaign help line (run once on round 17: ja 93.0 / 99.3 /
  // 90.0, en 94.2 / 98.1 / 86.7; README "Round 17's blind set"), a dev set since round 18: held at that run, raised to
  // round 18's refusals (ja 93.3, en 91.7: other certificates, newsletters, a class, a workplace's clients).
  'holdout-19': {
    ja: { top1: 0.93, top3: 0.993, refusals: 0.983 },
    en: { top1: 0.942, top3: 0.98, refusals: 0.95 },
  },
  // Round 18's blind set by a small town's clinic and a hospital group's staff campaign chat (run once on main: ja 87.5
  // / 97.2 / 90.0, en 87.6 / 98.6 / 80.0; README "Round 18's blind set"), a dev set since round 19: held at that run,
  // raised to round 21's English (91.4 / 100 / 80.0: romaji names of the site's things, README "Round 21").
  'holdout-20': {
    ja: { top1: 0.878, top3: 0.972, refusals: 1 },
    en: { top1: 0.914, top3: 1, refusals: 0.883 },
  },
  // Round 19's blind set by a city's messaging-app chat (run once on main: ja 91.2 / 98.9 / 83.3, en 88.1 / 99.0 /
  // 93.3; README "Round 19's blind set"), a dev set since round 20: held at that run, raised to round 20's Japanese
  // refusals (88.3: the modifier rule on a word no document uses, README "Round 20").
  'holdout-21': {
    ja: { top1: 0.912, top3: 0.989, refusals: 0.933 },
    en: { top1: 0.885, top3: 0.99, refusals: 0.933 },
  },
  // Round 20's blind set by a rural town's campaign chat (run once on main after round 20: ja 86.5 / 97.5 / 80.0, en
  // 82.8 / 90.1 / 88.3; README "Round 20's blind set"), a dev set since round 21: held at that run, raised to round 21's
  // English (84.1 / 90.7 / 88.3, README "Round 21").
  'holdout-22': {
    ja: { top1: 0.864, top3: 0.974, refusals: 0.883 },
    en: { top1: 0.841, top3: 0.907, refusals: 0.966 },
  },
};

/** The SHA-256 README.md records for a held-out set, as `name.tsv` SHA-256: `hex`. */
function recordedSha(name: EvalSetName): string | undefined {
  const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'README.md'), 'utf8');
  return new RegExp(`${name.replace('-', '\\-')}\\.tsv\` SHA-256: \`([0-9a-f]{64})\``).exec(readme)?.[1];
}

/** Each language's figures of a report at or above its floor. */
function expectAtLeast(name: string, report: EvalReport, floorOf: (language: 'ja' | 'en') => Floor): void {
  expect(report.scores.map((s) => s.language).sort()).toEqual(['en', 'ja']);
  for (const s of report.scores) {
    const floor = floorOf(s.language);
    expect(s.top1 / s.questions, `${name} ${s.language} top-1`).toBeGreaterThanOrEqual(floor.top1);
    expect(s.top3 / s.questions, `${name} ${s.language} top-3`).toBeGreaterThanOrEqual(floor.top3);
    expect(s.refused / s.outOfScope, `${name} ${s.language} refusals`).toBeGreaterThanOrEqual(floor.refusals);
  }
}

const sha256 = (name: EvalSetName) =>
  createHash('sha256')
    .update(readFileSync(evalSetPath(name)))
    .digest('hex');

describe('the FAQ assistant on its evaluation sets', () => {
  for (const set of gated) {
    it.skipIf(!set.present)(
      `answers the ${set.name} at the goals: top-1 ≥ 85%, top-3 ≥ 95%, refuses ≥ 90% out of scope, per language`,
      async () => {
        const report = await evaluate(set.questions());
        for (const s of report.scores)
          expect(s.outOfScope, `${set.name} ${s.language} out-of-scope questions`).toBeGreaterThan(0);
        expectAtLeast(set.name, report, () => goalFloor);
      },
      60_000,
    );
  }

  for (const name of Object.keys(devFloors) as (keyof typeof devFloors)[])
    it(`answers ${name}.tsv (a development set outside the gate, README "Round 5" to "Round 21") no worse than the last round reached`, async () => {
      expectAtLeast(name, await evaluate(readEvalSet(name)), (language) => devFloors[name][language]);
    }, 60_000);

  for (const name of blindSets)
    it.skipIf(!evalSetExists(name))(
      `answers the blind set ${name}.tsv no worse than when it was added (one author's set: some below a goal)`,
      async () => {
        const report = await evaluate(readEvalSet(name));
        expectAtLeast(name, report, (language) => blindFloors[name]?.[language] ?? goalFloor);
      },
      60_000,
    );

  // One author's set can sit under a goal on its own (holdout-16's situations, holdout-3's near out-of-scope questions);
  // the questions of every blind author together are the held-out measure of the goals (README "Round 22's blind set").
  it('answers the blind sets pooled at the goals: top-1 ≥ 85%, top-3 ≥ 95%, refuses ≥ 90% out of scope, per language', async () => {
    const report = await evaluate(blindSets.filter(evalSetExists).flatMap((name) => readEvalSet(name)));
    expectAtLeast('the blind sets pooled', report, () => goalFloor);
  }, 120_000);

  it('holds at least 250 in-scope questions and 40 out of scope in the first set, each label a real entry', async () => {
    const { commonEntries } = await import('../knowledge-base.js');
    const ids = new Set(commonEntries.map((e) => e.id));
    const all = [...readEvalSet('dev'), ...readEvalSet('test')];
    expect(all.filter((q) => q.expected.length > 0).length).toBeGreaterThanOrEqual(250);
    expect(all.filter((q) => q.expected.length === 0).length).toBeGreaterThanOrEqual(40);
    expect(all.flatMap((q) => q.expected).filter((id) => !ids.has(id))).toEqual([]);
  });

  // Every held-out set, whichever round wrote it: evaluate.ts's list of sets is the one place a new one is named.
  for (const name of evalSets.filter((n) => n.startsWith('holdout-')))
    it.skipIf(!evalSetExists(name))(
      `keeps ${name}.tsv as committed (its SHA-256 in README.md), ≥ 140 ja, ≥ 40 en, ≥ 40 out of scope, each label a real entry`,
      async () => {
        const { commonEntries } = await import('../knowledge-base.js');
        const ids = new Set(commonEntries.map((e) => e.id));
        expect(recordedSha(name), `README.md records ${name}.tsv's SHA-256`).toBeDefined();
        expect(sha256(name), `${name}.tsv unchanged since its SHA-256 was recorded`).toBe(recordedSha(name));
        const set = readEvalSet(name);
        const inScope = set.filter((q) => q.expected.length > 0);
        expect(inScope.filter((q) => q.language === 'ja').length).toBeGreaterThanOrEqual(140);
        expect(inScope.filter((q) => q.language === 'en').length).toBeGreaterThanOrEqual(40);
        expect(set.filter((q) => q.expected.length === 0).length).toBeGreaterThanOrEqual(40);
        expect(set.flatMap((q) => q.expected).filter((id) => !ids.has(id))).toEqual([]);
      },
    );
});
