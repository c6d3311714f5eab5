import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../analyzer.js';
import { commonDocuments } from '../faq-documents.js';
import { FaqRetriever } from '../retriever.js';

export interface EvalQuestion {
  expected: string[];
  question: string;
  language: 'ja' | 'en';
}

export interface EvalScore {
  language: 'ja' | 'en';
  questions: number;
  top1: number;
  top3: number;
  /** Out-of-scope questions in this language, and how many of them the assistant refused. */
  outOfScope: number;
  refused: number;
}

export interface EvalReport {
  scores: EvalScore[];
  outOfScope: number;
  refused: number;
  misses: { question: string; expected: string[]; got: string[]; confident: boolean }[];
}

export const goals = { top1: 0.85, top3: 0.95, refusals: 0.9 };

/**
 * `dev` and `test`: the first set's two halves, both used while tuning since round 2; `holdout-2`: the set
 * written before round 2, run once blind and used while tuning since round 3; together they are the dev set.
 * `holdout-3`: the blind set written by someone else for round 3, added by the lead (README.md); absent until then.
 * `holdout-4`: a second blind set by another author, written before round 4 and run once after it (README.md).
 * `dev-2`: round 5's own development set (colloquial Japanese, English in and out of scope; README "Round 5"),
 * tuned on and printed on its own, not part of the dev set's gate.
 * `holdout-5`: the blind set of round 5, run once after it; since round 6 a dev set like `dev-2` (its misses read,
 * README "Round 6"), printed on its own.
 * `holdout-6`: the blind set of round 6, run once after it; since round 7 a dev set like `holdout-5` (its misses read,
 * README "Round 7"), printed on its own.
 * `holdout-7`: the blind set of round 7, run once after it; since round 8 a dev set like `holdout-6` (its misses read,
 * README "Round 8"), printed on its own.
 * `holdout-8`: the blind set of round 8, run once after it; since round 9 a dev set like `holdout-7` (its misses read,
 * README "Round 9"), printed on its own.
 * `holdout-9`: the blind set of round 9, run once after it; since round 10 a dev set like `holdout-8` (its misses read,
 * README "Round 10"), printed on its own.
 * `holdout-10`: the blind set of round 10, run once after it; since round 11 a dev set like `holdout-9` (its misses read,
 * README "Round 11"), printed on its own.
 * `holdout-11`: the blind set of round 11, run once after it; since round 12 a dev set like `holdout-10` (its misses
 * read, README "Round 12"), printed on its own.
 * `holdout-12`: the blind set of round 12, run once after it; since round 13 a dev set like `holdout-11` (README
 * "Round 13"), printed on its own.
 * `holdout-13`: the blind set of round 13, run once after it; since round 14 a dev set like `holdout-12` (README
 * "Round 14"), printed on its own.
 * `holdout-14` and `holdout-15`: round 14's blind sets, written by two other authors and added by the lead (README.md,
 * "Round 14's blind sets"), run once on main; since round 16 dev sets like `holdout-13` (their misses read, README
 * "Round 16"), printed on their own.
 * `holdout-16`: round 15's blind set, by another author, added by the lead (README.md, "Round 15's blind set").
 * `holdout-17` and `holdout-18`: round 16's blind sets, by two more authors, added by the lead (README.md, "Round 16's
 * blind sets"); since round 17 `holdout-18` is a dev set like `holdout-15` (its misses read, README "Round 17"), printed
 * on its own; `holdout-17` stays blind.
 * `holdout-19`: round 17's blind set, by another author, added by the lead (README.md, "Round 17's blind set"); since
 * round 18 a dev set like `holdout-18` (its misses read, README "Round 18"), printed on its own.
 * `holdout-20`: round 18's blind set, by another author, added by the lead (README.md, "Round 18's blind set"); since
 * round 19 a dev set like `holdout-19` (its misses read, README "Round 19"), printed on its own.
 * `holdout-21`: round 19's blind set, by another author, added by the lead (README.md, "Round 19's blind set"); since
 * round 20 a dev set like `holdout-20` (its misses read, README "Round 20"), printed on its own.
 * `holdout-22`: round 20's blind set, by another author, added by the lead (README.md, "Round 20's blind set"); since
 * round 21 a dev set like `holdout-21` (its misses read, README "Round 21"), printed on its own.
 * `holdout-23`: round 21's blind set, by another author, added by the lead (README.md, "Round 21's blind set").
 * `holdout-24`: round 22's blind set, by another author, added by the lead (README.md, "Round 22's blind set").
 * `holdout-25`: round 23's blind set, by another author, added by the lead (README.md, "Round 23's blind set").
 * `dev-3`: round 15's development set (questions that describe a situation instead of naming a topic, by an author who
 * saw only the product brief and the entry titles; README "Round 15"), tuned on and printed on its own.
 */
export const evalSets = [
  'dev',
  'test',
  'holdout-2',
  'dev-2',
  'holdout-5',
  'holdout-3',
  'holdout-4',
  'holdout-6',
  'holdout-7',
  'holdout-8',
  'holdout-9',
  'holdout-10',
  'holdout-11',
  'holdout-12',
  'holdout-13',
  'holdout-14',
  'holdout-15',
  'holdout-16',
  'holdout-17',
  'holdout-18',
  'holdout-19',
  'holdout-20',
  'holdout-21',
  'holdout-22',
  'holdout-23',
  'holdout-24',
  'holdout-25',
  'dev-3',
] as const;
export type EvalSetName = (typeof evalSets)[number];
export const devSets: EvalSetName[] = ['dev', 'test', 'holdout-2'];

export function evalSetPath(name: EvalSetName): string {
  return join(dirname(fileURLToPath(import.meta.url)), `${name}.tsv`);
}

export function evalSetExists(name: EvalSetName): boolean {
  return existsSync(evalSetPath(name));
}

export function readEvalSet(name: EvalSetName): EvalQuestion[] {
  const file = evalSetPath(name);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [ids = '', question = ''] = line.split('\t');
      return {
        expected: ids === '-' ? [] : ids.split(','),
        question,
        language: /[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]/.test(question) ? 'ja' : 'en',
      };
    });
}

/**
 * In scope: top-1 counts when the first answer is one of the expected entries and the assistant is confident
 * enough to give it (a refusal is a miss); top-3 when one of them is among the three offered.
 */
export async function evaluate(questions: EvalQuestion[]): Promise<EvalReport> {
  const retriever = new FaqRetriever(await Analyzer.load(), commonDocuments());
  const scores = new Map<'ja' | 'en', EvalScore>();
  const misses: EvalReport['misses'] = [];
  let outOfScope = 0;
  let refused = 0;
  for (const q of questions) {
    const { ranked, confident } = retriever.search(q.question);
    const ids = ranked.map((r) => r.entryId);
    const score = scores.get(q.language) ?? {
      language: q.language,
      questions: 0,
      top1: 0,
      top3: 0,
      outOfScope: 0,
      refused: 0,
    };
    scores.set(q.language, score);
    if (q.expected.length === 0) {
      outOfScope++;
      score.outOfScope++;
      if (!confident) {
        refused++;
        score.refused++;
      } else misses.push({ question: q.question, expected: [], got: ids.slice(0, 3), confident });
      continue;
    }
    score.questions++;
    const top1 = confident && q.expected.includes(ids[0] ?? '');
    if (top1) score.top1++;
    if (ids.slice(0, 3).some((id) => q.expected.includes(id))) score.top3++;
    if (!top1) misses.push({ question: q.question, expected: q.expected, got: ids.slice(0, 3), confident });
  }
  return { scores: [...scores.values()], outOfScope, refused, misses };
}
