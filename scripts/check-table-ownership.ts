/**
 * Every table has one owning module, and only that module's repository runs SQL on it (CONVENTIONS.md).
 * This check reads the SQL text in server/src (every string and template literal, as `sql()`, `sqlOne()`
 * and `PreparedStatement` take it), finds the tables after from / join / update / insert into /
 * delete from, and fails on a file that touches a table it does not own.
 *
 * Crossings known when the check was written are listed in scripts/table-ownership.allowlist (`file table
 * # why it stays` a line); the check fails on one NOT in the list, on a line without its reason, and prints
 * how many listed ones remain.
 * Entity access through MikroORM is not SQL text: `.dependency-cruiser.cjs` keeps entities inside their module.
 *
 *   npx tsx scripts/check-table-ownership.ts          check
 *   npx tsx scripts/check-table-ownership.ts --list   print today's crossings as allowlist lines
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Table → the module folder (server/src/modules/<module>) that owns it. */
export const TABLE_OWNERS: Readonly<Record<string, string>> = {
  admin_user: 'auth',
  session: 'auth',
  login_throttle: 'auth',
  admin_user_venue: 'staff',
  audit_log: 'audit',
  reservation: 'reservations',
  booking_idempotency: 'reservations',
  import_batch: 'imports',
  upload: 'imports',
  mail_outbox: 'notifications',
  recipient: 'recipients',
  site: 'sites',
  slot: 'slots',
  ticket: 'tickets',
  vaccination_record: 'records',
  vaccine: 'vaccines',
  venue: 'venues',
  venue_vaccine: 'venues',
};

/**
 * Read-side modules: reports and exports that must join many modules' tables. They may READ any table
 * (never write one), and say so here.
 */
export const READ_SIDE_MODULES: ReadonlySet<string> = new Set(['reports']);

export interface TableUse {
  file: string;
  table: string;
  access: 'read' | 'write';
  line: number;
}

// A table name after the keyword, optionally quoted or in `public.`; not a column (`from slot.starts_at`).
const TABLE_AFTER =
  /\b(from|join|update|insert\s+into|delete\s+from)\s+(?:public\.)?"?([a-z_][a-z0-9_]*)"?(?![\w.])/gi;

/** The text of every string and template literal in a TypeScript source, with its line. */
export function sqlTextsOf(source: string, fileName = 'file.ts'): { text: string; line: number }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const texts: { text: string; line: number }[] = [];
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      texts.push({ text: node.text, line: lineOf(node) });
    } else if (ts.isTemplateExpression(node)) {
      // An interpolation stands for a value or a fragment: a placeholder that names no table.
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' $expr ');
      texts.push({ text, line: lineOf(node) });
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** The owned tables a source file's SQL reads or writes. Words that name no table are not tables. */
export function tableUsesOf(file: string, source: string): TableUse[] {
  const uses: TableUse[] = [];
  for (const { text, line } of sqlTextsOf(source, file)) {
    for (const match of text.matchAll(TABLE_AFTER)) {
      const table = match[2]!.toLowerCase();
      if (!(table in TABLE_OWNERS)) continue;
      const keyword = match[1]!.toLowerCase();
      const access = keyword === 'from' || keyword === 'join' ? 'read' : 'write';
      uses.push({ file, table, access, line: line + text.slice(0, match.index).split('\n').length - 1 });
    }
  }
  return uses;
}

/** True when `file` may run this SQL: the owner's repository, or a read-side module reading. */
export function isAllowed(use: TableUse): boolean {
  const module = /^server\/src\/modules\/([^/]+)\//.exec(use.file)?.[1];
  if (module === undefined) return false;
  if (module === TABLE_OWNERS[use.table] && use.file.endsWith('.repository.ts')) return true;
  return use.access === 'read' && READ_SIDE_MODULES.has(module);
}

/** One line per file and table, as the allowlist holds them. */
export const crossingKey = (use: Pick<TableUse, 'file' | 'table'>) => `${use.file} ${use.table}`;

export function parseAllowlist(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  );
}

/**
 * Allowlist lines that do not say why the crossing stays: every `<file> <table>` line carries a reason
 * after `#` (`<file> <table>  # one statement: the booking's facts`). Returned as `line N: <text>`.
 */
export function allowlistLinesWithoutReason(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const hash = line.indexOf('#');
    const entry = (hash === -1 ? line : line.slice(0, hash)).trim();
    const reason = hash === -1 ? '' : line.slice(hash + 1).trim();
    return entry !== '' && reason === '' ? [`line ${index + 1}: ${line.trim()}`] : [];
  });
}

export interface OwnershipReport {
  /** Crossings not in the allowlist: the check fails on these. */
  fresh: TableUse[];
  /** Allowlisted crossings still in the code. */
  known: Set<string>;
  /** Allowlist lines that no longer occur: remove them. */
  stale: string[];
}

export function checkOwnership(sources: { file: string; source: string }[], allowlist: Set<string>) {
  const crossings = sources
    .flatMap(({ file, source }) => tableUsesOf(file, source))
    .filter((u) => !isAllowed(u));
  const fresh = crossings.filter((use) => !allowlist.has(crossingKey(use)));
  const known = new Set(crossings.map(crossingKey).filter((key) => allowlist.has(key)));
  const stale = [...allowlist].filter((key) => !known.has(key));
  return { fresh, known, stale } satisfies OwnershipReport;
}

function sourceFilesUnder(root: string, dir: string): { file: string; source: string }[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(root, path);
    if (!/\.ts$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) return [];
    return [{ file: path.split('\\').join('/'), source: readFileSync(join(root, path), 'utf8') }];
  });
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const allowlistPath = join(root, 'scripts/table-ownership.allowlist');
  const sources = sourceFilesUnder(root, 'server/src');
  if (process.argv.includes('--list')) {
    const all = checkOwnership(sources, new Set()).fresh.map(crossingKey);
    console.log([...new Set(all)].sort().join('\n'));
    return;
  }
  const allowlistText = readFileSync(allowlistPath, 'utf8');
  const unexplained = allowlistLinesWithoutReason(allowlistText);
  for (const line of unexplained) {
    console.error(`${relative(root, allowlistPath)} ${line}: say why it stays, after a '#'.`);
  }
  const allowlist = parseAllowlist(allowlistText);
  const { fresh, known, stale } = checkOwnership(sources, allowlist);
  for (const key of stale) console.log(`gone, remove from ${relative(root, allowlistPath)}: ${key}`);
  console.log(`table ownership: ${known.size} known crossing(s) remain in the allowlist.`);
  if (fresh.length) {
    for (const use of fresh) {
      console.error(
        `${use.file}:${use.line}: ${use.access}s table ${use.table}, owned by modules/${TABLE_OWNERS[use.table]}: ` +
          'ask its service, or move the SQL into its repository.',
      );
    }
    console.error(`table ownership: ${fresh.length} new crossing(s).`);
  }
  if (fresh.length || unexplained.length) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
