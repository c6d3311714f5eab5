/**
 * `npx tsx server/src/modules/faq/eval/robustness.ts`: how well the dev set's questions (dev + test +
 * holdout-2) are still answered when they are typed differently — all in hiragana (the analyser's reading),
 * without particles, with one kana dropped (a typo), in English with two letters swapped or one dropped.
 * Generated from the dev set only, by fixed rules, so it measures robustness to spelling, not the wordings.
 */
import kuromoji from 'kuromoji';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Analyzer } from '../analyzer.js';
import { devSets, evaluate, readEvalSet, type EvalQuestion } from './evaluate.js';

const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji')), '..', 'dict');
const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
  kuromoji.builder({ dicPath }).build((e, t) => (e ? reject(e) : resolve(t))),
);
const hira = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const variants: Record<string, (q: string) => string | undefined> = {
  hiragana: (q) =>
    tokenizer
      .tokenize(q.normalize('NFKC'))
      .map((t) =>
        t.reading && t.reading !== '*' && /[\u4e00-\u9fff\u30a0-\u30ff]/.test(t.surface_form)
          ? hira(t.reading)
          : t.surface_form,
      )
      .join(''),
  'no particles': (q) => {
    const out = tokenizer
      .tokenize(q.normalize('NFKC'))
      .filter((t) => !(t.pos === '助詞' && ['格助詞', '係助詞'].includes(t.pos_detail_1)))
      .map((t) => t.surface_form)
      .join('');
    return out === q ? undefined : out;
  },
  'kana typo': (q) => {
    const chars = [...q];
    const kana = chars.flatMap((c, i) => (/[\u3041-\u30f6]/.test(c) && i > 0 ? [i] : []));
    if (kana.length < 4) return undefined;
    chars.splice(kana[Math.floor(random() * kana.length)]!, 1);
    return chars.join('');
  },
  'en swap': (q) => {
    const words = q.split(' ');
    const long = words.flatMap((w, i) => (/^[a-z]{5,}$/i.test(w) ? [i] : []));
    if (!long.length) return undefined;
    const i = long[Math.floor(random() * long.length)]!;
    const w = [...words[i]!];
    const j = 1 + Math.floor(random() * (w.length - 2));
    [w[j], w[j + 1]] = [w[j + 1]!, w[j]!];
    words[i] = w.join('');
    return words.join(' ');
  },
  'en drop': (q) => {
    const words = q.split(' ');
    const long = words.flatMap((w, i) => (/^[a-z]{5,}$/i.test(w) ? [i] : []));
    if (!long.length) return undefined;
    const i = long[Math.floor(random() * long.length)]!;
    const w = [...words[i]!];
    w.splice(1 + Math.floor(random() * (w.length - 2)), 1);
    words[i] = w.join('');
    return words.join(' ');
  },
};

await Analyzer.load();
const base = devSets.flatMap((n) => readEvalSet(n));
const verbose = process.argv.includes('--misses');
for (const [name, make] of Object.entries(variants)) {
  const lang = name.startsWith('en') ? 'en' : 'ja';
  const questions: EvalQuestion[] = base
    .filter((q) => q.language === lang)
    .flatMap((q) => {
      const v = make(q.question);
      return v && v !== q.question ? [{ ...q, question: v }] : [];
    });
  const report = await evaluate(questions);
  for (const s of report.scores)
    console.log(
      `${name.padEnd(13)} ${s.language}: ${s.questions} in scope top-1 ${((100 * s.top1) / s.questions).toFixed(1)}% top-3 ${((100 * s.top3) / s.questions).toFixed(1)}%  out of scope ${s.outOfScope} refused ${((100 * s.refused) / Math.max(1, s.outOfScope)).toFixed(1)}%`,
    );
  if (verbose)
    for (const m of report.misses)
      console.log(
        `   miss ${m.confident ? ' ' : '?'} ${m.question}  want ${m.expected.join('|') || '-'}  got ${m.got.join(' ')}`,
      );
}
