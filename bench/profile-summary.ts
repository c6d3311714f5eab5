/**
 * Sums a V8 CPU profile (`BENCH_PROFILE=1` writes them to bench/.tmp/profiles) by package or repository file:
 * self time (samples whose top frame is there) and total time (samples with the group anywhere on the stack).
 *
 *   npx tsx bench/profile-summary.ts <a.cpuprofile> [b.cpuprofile …] [--top 40] [--functions 40] [--after <regex>]
 *
 * With several profiles (e.g. before and after), one column each, sorted by the last one's total.
 *
 * `--after` drops the samples before the first one whose stack has a function or file matching the regex
 * (e.g. `--after graphqlRoute` leaves out start-up and module loading). Groups: `pkg:<name>` for
 * node_modules, the path under the repository for its own files, `node:<module>` for Node's, and V8's
 * own entries ((garbage collector), (program), (idle)) as they are.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '40' },
    functions: { type: 'string', default: '40' },
    after: { type: 'string' },
  },
});
if (positionals.length === 0)
  throw new Error(
    'usage: profile-summary.ts <a.cpuprofile> [b.cpuprofile …] [--top N] [--functions N] [--after regex]',
  );

function groupOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return `pkg:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const repo = /\/(server|bench|client|scripts)\/.*$/.exec(url.replace(/^file:\/\//, ''));
  return repo ? repo[0].slice(1) : url;
}
const label = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${groupOf(f)}:${f.lineNumber + 1}`;

interface Summary {
  file: string;
  busy: number;
  idle: number;
  from: number;
  self: Map<string, number>;
  total: Map<string, number>;
  selfFn: Map<string, number>;
  totalFn: Map<string, number>;
}

function summarise(file: string): Summary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = new Map<number, number[]>();
  const stack = (id: number): number[] => {
    let s = stackOf.get(id);
    if (!s) {
      s = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) s.push(at);
      stackOf.set(id, s);
    }
    return s;
  };
  let from = 0;
  if (args.after) {
    const pattern = new RegExp(args.after);
    const matches = new Set(
      profile.nodes
        .filter((n) => pattern.test(n.callFrame.functionName) || pattern.test(n.callFrame.url))
        .map((n) => n.id),
    );
    from = profile.samples.findIndex((id) => stack(id).some((s) => matches.has(s)));
    if (from < 0) throw new Error(`${file}: no sample matches ${args.after}`);
  }
  const out: Summary = {
    file,
    busy: 0,
    idle: 0,
    from,
    self: new Map(),
    total: new Map(),
    selfFn: new Map(),
    totalFn: new Map(),
  };
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  for (let i = from; i < profile.samples.length; i++) {
    // A sample's time is the delta to the next one.
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    const ids = stack(profile.samples[i]!);
    const top = byId.get(ids[0]!)!.callFrame;
    if (top.functionName === '(idle)') {
      out.idle += us;
      continue;
    }
    out.busy += us;
    add(out.self, groupOf(top), us);
    add(out.selfFn, label(top), us);
    for (const group of new Set(ids.map((id) => groupOf(byId.get(id)!.callFrame)))) add(out.total, group, us);
    for (const fn of new Set(ids.map((id) => label(byId.get(id)!.callFrame)))) add(out.totalFn, fn, us);
  }
  return out;
}

const summaries = positionals.map(summarise);
const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(0).padStart(7);
const pct = (us: number | undefined, s: Summary) => `${((100 * (us ?? 0)) / s.busy).toFixed(1).padStart(5)}%`;
summaries.forEach((s, i) =>
  console.log(
    `[${i}] ${s.file}: ${ms(s.busy).trim()} ms busy, idle ${ms(s.idle).trim()} ms, from sample ${s.from}`,
  ),
);

function section(title: string, key: 'self' | 'total' | 'selfFn' | 'totalFn', limit: number) {
  console.log(`\n${title}: ms and % of busy, one column per profile`);
  const last = summaries.at(-1)![key];
  const keys = new Set<string>();
  for (const s of summaries)
    for (const [k] of [...s[key]].sort((a, b) => b[1] - a[1]).slice(0, limit)) keys.add(k);
  const sorted = [...keys].sort((a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0));
  for (const k of sorted)
    console.log(`${summaries.map((s) => `${ms(s[key].get(k))} ${pct(s[key].get(k), s)}`).join('  ')}  ${k}`);
}
section('by group, self', 'self', Number(args.top));
section('by group, total', 'total', Number(args.top));
section('functions, self', 'selfFn', Number(args.functions));
section('functions, total', 'totalFn', Number(args.functions));
