/**
 * `npm run mutants [-- --only id,id] [--concurrency 2] [--no-baseline | --baseline-only] [--keep] [--timeout-s 600]`: applies each known mutant
 * (scripts/mutants.list.ts) to a scratch copy of the working tree and runs the tests that must catch it.
 * Fails when a mutant survives, when its patch no longer applies, or when its tests cannot run.
 * A kill is judged from vitest's JSON report (failed tests), never from its exit code alone.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/src/config/embedded-postgres.js';
import { MUTANTS, type Mutant } from './mutants.list.js';

const root = path.resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    'no-baseline': { type: 'boolean', default: false },
    'baseline-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    /** Per vitest run; a run that hangs longer is killed and counts as an error. */
    'timeout-s': { type: 'string', default: '600' },
  },
});

type Verdict =
  | { id: string; status: 'killed'; failed: string[]; seconds: number }
  | { id: string; status: 'survived' | 'moved' | 'error'; detail: string; seconds: number };

interface VitestReport {
  numFailedTests: number;
  numPassedTests: number;
  numFailedTestSuites: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** The working tree as git sees it (tracked and new files, nothing ignored), so uncommitted work counts. */
function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
}

async function scratchCopy(from: string, files: string[], label: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `mutant-${label}-`));
  await Promise.all(
    files.map(async (file) => {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await cp(path.join(from, file), path.join(dir, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error; // deleted but not yet staged
      });
    }),
  );
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The tree as it was when the run began: edits made meanwhile do not leak into later mutants. */
let snapshot = '';

function occurrences(text: string, search: string): number {
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) count++;
  return count;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs the killer tests in `dir`; resolves with the exit code and vitest's JSON report (if written). */
async function runTests(
  dir: string,
  project: string,
  files: string[],
  killers: string[],
  databaseUrl: string,
): Promise<TestRun> {
  const reportFile = path.join(dir, 'mutant-report.json');
  const outcomeFile = path.join(dir, 'mutant-outcome.json');
  const logFile = path.join(dir, 'mutant-vitest.log');
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'vitest'),
    [
      'run',
      '--project',
      project,
      ...files,
      '--testNamePattern',
      killers.map(escapeRegExp).join('|'),
      '--reporter=json',
      `--outputFile=${reportFile}`,
      // What the JSON report leaves out (unhandled errors), so a run that fails with no failed test says why.
      `--reporter=${path.join(root, 'scripts', 'vitest-outcome-reporter.ts')}`,
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        TZ: 'UTC',
        TEST_DATABASE_URL: databaseUrl,
        DATABASE_URL: '',
        VITEST_OUTCOME_FILE: outcomeFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a hung run can be ended with its workers.
      detached: true,
    },
  );
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    },
    Number(args['timeout-s']) * 1000,
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (timedOut) log += `\nkilled after ${args['timeout-s']} s (--timeout-s)`;
  await writeFile(logFile, log);
  const report = await readFile(reportFile, 'utf8')
    .then((text) => JSON.parse(text) as VitestReport)
    .catch(() => undefined);
  const outcome = await readFile(outcomeFile, 'utf8')
    .then((text) => JSON.parse(text) as Pick<TestRun, 'fileErrors'> & { unhandledErrors: string[] })
    .catch(() => undefined);
  return {
    code,
    report,
    unhandled: outcome?.unhandledErrors ?? [],
    fileErrors: outcome?.fileErrors ?? [],
    log,
  };
}

interface TestRun {
  code: number | null;
  report: VitestReport | undefined;
  /** Unhandled errors of the run (scripts/vitest-outcome-reporter.ts). */
  unhandled: string[];
  /** Per file, its errors outside its tests with the line they point at (a hook that timed out: which). */
  fileErrors: { file: string; errors: string[] }[];
  log: string;
}

/** Why a run failed beyond its failed tests: files that did not load or whose hooks threw, unhandled errors. */
function brokenParts(run: TestRun): string[] {
  const files = (run.report?.testResults ?? [])
    .filter(
      (file) =>
        file.status === 'failed' &&
        (file.message || file.assertionResults.every((t) => t.status !== 'failed')),
    )
    .map((file) => {
      const located = run.fileErrors.find((f) => file.name.endsWith(f.file))?.errors;
      const why = located?.length ? located.join('; ') : (file.message ?? 'failed with no failed test');
      return `${path.basename(file.name)}: ${why.split('\n')[0]}`;
    });
  return [...files, ...run.unhandled.map((error) => `unhandled: ${error.split('\n')[0]}`)];
}

function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Killer names that matched no test that ran: the list went stale. */
function unmatchedKillers(report: VitestReport, killers: string[]): string[] {
  const ran = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => t.status === 'passed' || t.status === 'failed')
      .map((t) => t.fullName),
  );
  return killers.filter((killer) => !ran.some((name) => name.includes(killer)));
}

async function runMutant(mutant: Mutant, files: string[], databaseUrl: string): Promise<Verdict> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  const original = await readFile(path.join(snapshot, mutant.file), 'utf8').catch(() => undefined);
  if (original === undefined)
    return { id: mutant.id, status: 'moved', detail: `${mutant.file} does not exist`, seconds: seconds() };
  const found = occurrences(original, mutant.search);
  if (found !== 1) {
    return {
      id: mutant.id,
      status: 'moved',
      detail: `${mutant.file}: the search text occurs ${found} times (needs exactly 1): ${JSON.stringify(mutant.search)}`,
      seconds: seconds(),
    };
  }
  const dir = await scratchCopy(snapshot, files, mutant.id);
  try {
    await writeFile(
      path.join(dir, mutant.file),
      original.replace(mutant.search, () => mutant.replace),
    );
    const run = await runTests(
      dir,
      mutant.project ?? 'integration',
      mutant.tests,
      mutant.killers,
      databaseUrl,
    );
    const { code, report, log } = run;
    if (!report)
      return {
        id: mutant.id,
        status: 'error',
        detail: `no vitest report (exit ${code})\n${tail(log)}`,
        seconds: seconds(),
      };
    const failed = report.testResults.flatMap((file) =>
      file.assertionResults.filter((t) => t.status === 'failed').map((t) => t.fullName),
    );
    if (failed.length > 0 && report.numFailedTests > 0)
      return { id: mutant.id, status: 'killed', failed, seconds: seconds() };
    const stale = unmatchedKillers(report, mutant.killers);
    if (stale.length > 0)
      return {
        id: mutant.id,
        status: 'error',
        detail: `no test named ${JSON.stringify(stale)} ran\n${tail(log)}`,
        seconds: seconds(),
      };
    const broken = brokenParts(run);
    if (code !== 0 || broken.length > 0)
      return {
        id: mutant.id,
        status: 'error',
        detail: `tests did not run cleanly (exit ${code}): ${broken.join('; ')}\n${tail(log)}`,
        seconds: seconds(),
      };
    return {
      id: mutant.id,
      status: 'survived',
      detail: `${report.numPassedTests} test(s) still pass: ${mutant.why}`,
      seconds: seconds(),
    };
  } finally {
    if (!args.keep) await rm(dir, { recursive: true, force: true });
  }
}

/** The killer tests on the unmutated copy: a kill means nothing if they fail anyway. */
async function baseline(mutants: Mutant[], files: string[], databaseUrl: string): Promise<Verdict> {
  const started = Date.now();
  const dir = await scratchCopy(snapshot, files, 'baseline');
  try {
    const byProject = new Map<string, Mutant[]>();
    for (const m of mutants)
      byProject.set(m.project ?? 'integration', [...(byProject.get(m.project ?? 'integration') ?? []), m]);
    const problems: string[] = [];
    const notes: string[] = [];
    for (const [project, list] of byProject) {
      const killers = [...new Set(list.flatMap((m) => m.killers))];
      const run = () =>
        runTests(dir, project, [...new Set(list.flatMap((m) => m.tests))], killers, databaseUrl);
      const failedTests = (report: VitestReport | undefined) =>
        (report?.testResults ?? []).flatMap((file) =>
          file.assertionResults
            .filter((t) => t.status === 'failed')
            .map((t) => `${t.fullName}: ${(t.failureMessages ?? []).join(' ').split('\n')[0]}`),
        );
      let result = await run();
      // A run that broke with no failed test (a hook that timed out, an unhandled error, vitest itself) says
      // nothing about the killers: run it once more, and say what broke the first time. A failed killer test is
      // never rerun.
      if (result.code !== 0 && failedTests(result.report).length === 0) {
        notes.push(
          `${project}: first run broke with no failed test (${brokenParts(result).join('; ') || `exit ${result.code}`}); ran again`,
        );
        result = await run();
      }
      const { code, report, log } = result;
      if (!report || report.numFailedTests > 0 || code !== 0) {
        const failures = failedTests(report);
        const broken = brokenParts(result);
        problems.push(
          `${project}: exit ${code}, failed: ${failures.join('; ') || 'none reported'}` +
            `${broken.length ? `; broken: ${broken.join('; ')}` : ''}\n${tail(log, 30)}`,
        );
      } else if (unmatchedKillers(report, killers).length > 0)
        problems.push(`${project}: no test named ${JSON.stringify(unmatchedKillers(report, killers))}`);
    }
    for (const note of notes) console.log(`baseline: ${note}`);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    return problems.length
      ? { id: 'baseline', status: 'error', detail: problems.join('\n'), seconds }
      : { id: 'baseline', status: 'killed', failed: [], seconds };
  } finally {
    if (!args.keep) await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const only = args.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((id) => !MUTANTS.some((m) => m.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown mutant(s): ${unknown.join(', ')}`);
  const mutants = only ? MUTANTS.filter((m) => only.includes(m.id)) : MUTANTS;
  const concurrency = Math.max(1, Number(args.concurrency) || 2);

  let database: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let databaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!databaseUrl) {
    // One PostgreSQL for every run; each vitest run makes and drops a database of its own on it.
    dataDir = await mkdtemp(path.join(tmpdir(), 'mutants-pg-'));
    await chmod(dataDir, 0o755);
    database = await startEmbeddedPostgres(path.join(dataDir, 'data'), { persistent: false });
    databaseUrl = database.url;
  }
  const files = sourceFiles();
  snapshot = await scratchCopy(root, files, 'source');
  const jobs: (() => Promise<Verdict>)[] = args['baseline-only']
    ? []
    : mutants.map((m) => () => runMutant(m, files, databaseUrl));
  const verdicts: Verdict[] = [];
  const report = (verdict: Verdict) => {
    verdicts.push(verdict);
    const what =
      verdict.status === 'killed'
        ? verdict.id === 'baseline'
          ? 'the killer tests pass unmutated'
          : `by ${verdict.failed.join(' | ')}`
        : verdict.detail;
    console.log(`${verdict.status.toUpperCase().padEnd(8)} ${verdict.id} (${verdict.seconds} s) ${what}`);
  };
  try {
    // First and alone: if the killer tests fail without a mutant, no kill means anything.
    if (!args['no-baseline']) {
      report(await baseline(mutants, files, databaseUrl));
      if (verdicts[0]!.status !== 'killed') jobs.length = 0;
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
        while (next < jobs.length) report(await jobs[next++]!());
      }),
    );
  } finally {
    await database?.stop();
    await rm(snapshot, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
  const count = (status: string) => verdicts.filter((v) => v.id !== 'baseline' && v.status === status).length;
  const seconds = Math.round((Date.now() - started) / 1000);
  const bad = verdicts.filter((v) => v.status !== 'killed');
  console.log(
    `Mutants: ${count('killed')} killed, ${count('survived')} survived, ${count('moved')} moved, ${count('error')} errors` +
      `${args['no-baseline'] ? '' : `, baseline ${verdicts.find((v) => v.id === 'baseline')?.status === 'killed' ? 'ok' : 'FAILED'}`}` +
      ` of ${mutants.length} in ${seconds} s`,
  );
  return bad.length === 0 ? 0 : 1;
}

// embedded-postgres's exit hook may end the process with 0 on its own; the verdict is set explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
