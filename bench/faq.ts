/**
 * The FAQ assistant's answer path on the server: the analyser's dictionary load (time, memory), then the
 * latency of answering (analyse the question, BM25 over the site's index, confidence, pick the entry,
 * fill in the site's settings) with 1,000 entries: the 65 common ones plus generated site entries.
 * No database and no HTTP (an ask adds two one-row statements and the request around it).
 * `npm run bench:faq` (BENCH_ENTRIES, BENCH_ROUNDS change the sizes); writes bench/reports/faq-<time>.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Analyzer } from '../server/src/modules/faq/analyzer.js';
import { placeholdersOf, render } from '../server/src/modules/faq/faq-answer.js';
import { commonDocuments } from '../server/src/modules/faq/faq-documents.js';
import { commonEntries } from '../server/src/modules/faq/knowledge-base.js';
import { readEvalSet } from '../server/src/modules/faq/eval/evaluate.js';
import { FaqRetriever, type FaqDocument } from '../server/src/modules/faq/retriever.js';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
global.gc?.();
const before = process.memoryUsage();
const loadStarted = performance.now();
const analyzer = await Analyzer.load();
const loadMs = performance.now() - loadStarted;
global.gc?.();
const afterLoad = process.memoryUsage();

// Site entries as a site's admins write them: a topic, a place or service, a question and an answer.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const placesJa = [
  '第一会場',
  '市民体育館',
  '北公民館',
  '南保健センター',
  '本社ビル',
  '第二工場',
  '駅前クリニック',
  '西小学校',
];
const placesEn = [
  'first venue',
  'city gym',
  'north hall',
  'south health centre',
  'head office',
  'second plant',
  'station clinic',
  'west school',
];
const topicsJa = [
  '駐車場',
  '駐輪場',
  '送迎バス',
  '授乳室',
  '待合室',
  '受付時間',
  '入口',
  '休憩場所',
  '託児',
  '通訳',
  '手話通訳',
  '雨の日の入口',
];
const topicsEn = [
  'parking',
  'bicycle parking',
  'shuttle bus',
  'nursing room',
  'waiting room',
  'reception hours',
  'entrance',
  'rest area',
  'childcare',
  'interpreter',
  'sign language',
  'rainy day entrance',
];
const siteCount = Math.max(0, ENTRIES - commonEntries.length);
const siteDocuments: FaqDocument[] = [];
for (let i = 0; i < siteCount; i++) {
  const t = Math.floor(random() * topicsJa.length);
  const p = Math.floor(random() * placesJa.length);
  const n = 1 + Math.floor(random() * 9);
  const entryId = `site-${i}`;
  siteDocuments.push(
    {
      entryId,
      site: true,
      q: `${placesJa[p]}の${topicsJa[t]}について(${n})`,
      k: `${topicsJa[t]} ${placesJa[p]} ${pick(['ありますか', '使えますか', 'どこですか', '何時から'])}`,
      a: `${placesJa[p]}の${topicsJa[t]}は${n}番の案内に従ってください。`,
    },
    {
      entryId,
      site: true,
      q: `About the ${topicsEn[t]} at the ${placesEn[p]} (${n})`,
      k: `${topicsEn[t]} ${placesEn[p]} ${pick(['is there', 'can I use', 'where is', 'from when'])}`,
      a: `For the ${topicsEn[t]} at the ${placesEn[p]}, follow sign ${n}.`,
    },
  );
}

const buildStarted = performance.now();
const retriever = new FaqRetriever(analyzer, [...commonDocuments(), ...siteDocuments]);
const buildMs = performance.now() - buildStarted;
global.gc?.();
const afterIndex = process.memoryUsage();

const questions = [...readEvalSet('dev'), ...readEvalSet('test')].map((q) => q.question);
questions.push(...placesJa.map((p, i) => `${p}の${topicsJa[i]}はありますか`));
const site = {
  name: 'ベンチ市',
  bookingMode: 'SET' as const,
  cancellationCutoffHours: 24,
  bookingOpensAt: new Date('2026-12-01T00:00:00Z'),
  timeZone: 'Asia/Tokyo',
};
const byId = new Map(commonEntries.map((e) => [e.id, e]));
const answer = (question: string) => {
  const { ranked, confident } = retriever.search(question, 4);
  const entry = confident ? byId.get(ranked[0]!.entryId) : undefined;
  return entry ? render(entry.ja.a, placeholdersOf(site, null, 'JA', new Date())) : '';
};
for (const q of questions) answer(q); // warm-up
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const q of questions) {
    const started = performance.now();
    answer(q);
    times.push(performance.now() - started);
  }
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

const lines = [
  `# bench:faq ${new Date().toISOString()}`,
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}.`,
  '',
  `- dictionary load (kuromoji, once per process): ${loadMs.toFixed(0)} ms; heap +${mb(afterLoad.heapUsed - before.heapUsed)} MB, RSS +${mb(afterLoad.rss - before.rss)} MB`,
  `- index of ${commonEntries.length + siteCount} entries (${commonEntries.length} common + ${siteCount} generated site entries, ${commonDocuments().length + siteDocuments.length} documents): built in ${buildMs.toFixed(0)} ms; heap +${mb(afterIndex.heapUsed - afterLoad.heapUsed)} MB`,
  `- answer latency over ${times.length} answers (${questions.length} questions × ${ROUNDS} rounds): p50 ${at(50).toFixed(2)} ms, p95 ${at(95).toFixed(2)} ms, p99 ${at(99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`,
  '',
  'Not included: the two one-row statements of an ask (site by code, the site’s FAQ state) and the HTTP request.',
];
console.log(lines.join('\n'));
const dir = path.join(import.meta.dirname, 'reports');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `faq-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.md`);
writeFileSync(file, `${lines.join('\n')}\n`);
console.log(`\nreport: ${path.relative(process.cwd(), file)}`);
