/**
 * Every table has one owning module, and only that module's repository runs SQL on it (CONVENTIONS.md).
 * This check reads the SQL text in server/src (every string and template literal, as `sql()`, `sqlOne()`
 * and `PreparedStatement` take it), finds the tables after from / join / update / insert into /
 * delete from, and fails on a file that touches a table it does not own.
 *
 * Another module that needs an owner's rows in its own single statement reads a view the owner publishes
 * (PUBLISHED_READ_MODELS), and changes them only through a function the owner publishes
 * (PUBLISHED_FUNCTIONS); both are created in migrations. The convention:
 * - a published view shows the columns of ONE owner's tables (a view joining two owners' tables is itself
 *   a crossing, and this check refuses it); a reader joins several owners' views in its one statement;
 * - any module may read a published view or call a published function; nobody writes through a view;
 *   only the owner's repository may create, alter or drop one in server/src;
 * - a view or function name the maps do not know (one created in a migration, or any `*_view`) fails
 *   wherever it is used: publish it with its owner first;
 * - every published name must be created in a migration, and read or write only its owner's tables.
 *
 * Crossings known when the check was written were listed in scripts/table-ownership.allowlist (`file table
 * # why it stays` a line; empty since issue 12); the check fails on one NOT in the list, on a line without
 * its reason, and prints how many listed ones remain.
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
  api_key: 'api-keys',
  session: 'auth',
  login_throttle: 'auth',
  password_reset: 'auth',
  login_info_resend: 'auth',
  admin_user_venue: 'staff',
  audit_log: 'audit',
  reservation: 'reservations',
  booking_idempotency: 'reservations',
  import_batch: 'imports',
  import_error: 'imports',
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
  event_log: 'events',
  webhook_endpoint: 'webhooks',
  webhook_delivery: 'webhooks',
  webhook_cursor: 'webhooks',
  event_log_horizon: 'events',
  venue_doctor: 'venues',
  faq_entry: 'faq',
  faq_hidden_entry: 'faq',
  faq_site_contact: 'faq',
  faq_unanswered: 'faq',
};

/**
 * Views an owner publishes for other modules to read, one owner's columns each (migration 20261205100000):
 * view → the module that owns it and the tables under it.
 */
export const PUBLISHED_READ_MODELS: Readonly<Record<string, string>> = {
  ticket_status_view: 'tickets',
  ticket_login_view: 'tickets',
  recipient_contact_view: 'recipients',
  recipient_login_view: 'recipients',
  site_settings_view: 'sites',
  vaccine_rules_view: 'vaccines',
  venue_site_view: 'venues',
  slot_booking_view: 'slots',
  settled_event_view: 'events',
};

/** Functions through which other modules change (or lock) an owner's rows: function → owning module. */
export const PUBLISHED_FUNCTIONS: Readonly<Record<string, string>> = {
  raise_slot_places: 'slots',
  raise_slots_with_room: 'slots',
  release_slot_places: 'slots',
  lock_slots: 'slots',
  lock_venue_slots: 'slots',
  close_open_slots: 'slots',
  set_recipient_password_hash: 'recipients',
  set_ticket_initial_password_hash: 'tickets',
};

/** The module that owns a table, published view or published function; undefined for a name nobody owns. */
export function ownerOf(name: string): string | undefined {
  return TABLE_OWNERS[name] ?? PUBLISHED_READ_MODELS[name] ?? PUBLISHED_FUNCTIONS[name];
}

/**
 * Read-side modules: reports and exports that must join many modules' tables. They may READ any table
 * (never write one), and say so here.
 */
export const READ_SIDE_MODULES: ReadonlySet<string> = new Set(['reports']);

export interface TableUse {
  file: string;
  /** A table, or a view or function name (published, or unknown: one nobody published). */
  table: string;
  /** `call`: a function called; `define`: a view or function created, altered or dropped. */
  access: 'read' | 'write' | 'call' | 'define';
  line: number;
}

// A table name after the keyword, optionally quoted or in `public.`; not a column (`from slot.starts_at`).
const TABLE_AFTER =
  /\b(from|join|update|insert\s+into|delete\s+from)\s+(?:public\.)?"?([a-z_][a-z0-9_]*)"?(?![\w.])/gi;
// A view or function created, altered or dropped.
const DEFINITION =
  /\b(?:create(?:\s+or\s+replace)?|alter|drop)\s+(?:materialized\s+)?(view|function)\s+(?:if\s+(?:not\s+)?exists\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)"?/gi;
// A function call: a name and its opening parenthesis.
const CALL = /\b([a-z_][a-z0-9_]*)\s*\(/gi;

/** A name that looks like a view (`*_view`) or that a migration created, but that nobody published. */
function isUnpublished(name: string, createdInMigrations: ReadonlySet<string>): boolean {
  if (name in PUBLISHED_READ_MODELS || name in PUBLISHED_FUNCTIONS || name in TABLE_OWNERS) return false;
  return /_view$/.test(name) || createdInMigrations.has(name);
}

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

/**
 * The owned tables, published views and functions a source file's SQL reads, writes, calls or defines, and
 * the names nobody published (`createdInMigrations`: the views and functions the migrations create).
 * Words that name none of these are not tables.
 */
export function tableUsesOf(
  file: string,
  source: string,
  createdInMigrations: ReadonlySet<string> = new Set(),
): TableUse[] {
  const uses: TableUse[] = [];
  const known = (name: string) => ownerOf(name) !== undefined || isUnpublished(name, createdInMigrations);
  for (const { text, line } of sqlTextsOf(source, file)) {
    const lineAt = (index: number) => line + text.slice(0, index).split('\n').length - 1;
    const definitions = new Set<number>();
    for (const match of text.matchAll(DEFINITION)) {
      const name = match[2]!.toLowerCase();
      definitions.add(match.index + match[0].length - match[2]!.length - (match[0].endsWith('"') ? 1 : 0));
      uses.push({ file, table: name, access: 'define', line: lineAt(match.index) });
    }
    for (const match of text.matchAll(TABLE_AFTER)) {
      const table = match[2]!.toLowerCase();
      if (!known(table) || table in PUBLISHED_FUNCTIONS) continue;
      const keyword = match[1]!.toLowerCase();
      const access = keyword === 'from' || keyword === 'join' ? 'read' : 'write';
      uses.push({ file, table, access, line: lineAt(match.index) });
    }
    for (const match of text.matchAll(CALL)) {
      const name = match[1]!.toLowerCase();
      if (definitions.has(match.index)) continue;
      if (name in PUBLISHED_FUNCTIONS || (isUnpublished(name, createdInMigrations) && !/_view$/.test(name)))
        uses.push({ file, table: name, access: 'call', line: lineAt(match.index) });
    }
  }
  return uses;
}

/**
 * True when `file` may run this SQL: a table's owner's repository, or a read-side module reading; any
 * module reading a published view or calling a published function; the owner's repository defining one.
 * Writing through a view, and any use of a name nobody published, is never allowed.
 */
export function isAllowed(use: TableUse): boolean {
  const module = /^server\/src\/modules\/([^/]+)\//.exec(use.file)?.[1];
  if (module === undefined) return false;
  const ownersRepository = module === ownerOf(use.table) && use.file.endsWith('.repository.ts');
  if (use.access === 'define') return ownersRepository && !(use.table in TABLE_OWNERS);
  if (use.table in PUBLISHED_READ_MODELS) return use.access === 'read';
  if (use.table in PUBLISHED_FUNCTIONS) return use.access === 'call';
  if (!(use.table in TABLE_OWNERS)) return false;
  if (ownersRepository) return true;
  return use.access === 'read' && READ_SIDE_MODULES.has(module);
}

/** What the migrations create: every view and function name, and the SQL text that creates each. */
export function migrationObjectsOf(sources: { file: string; source: string }[]): {
  views: Map<string, string>;
  functions: Map<string, string>;
} {
  const views = new Map<string, string>();
  const functions = new Map<string, string>();
  const CREATE =
    /\bcreate(?:\s+or\s+replace)?\s+(?:materialized\s+)?(view|function)\s+(?:public\.)?"?([a-z_][a-z0-9_]*)"?/gi;
  for (const { file, source } of sources) {
    for (const { text } of sqlTextsOf(source, file)) {
      const matches = [...text.matchAll(CREATE)];
      matches.forEach((match, i) => {
        // The definition runs to the next create in the same string (one create a string, usually).
        const body = text.slice(match.index + match[0].length, matches[i + 1]?.index ?? text.length);
        const into = match[1]!.toLowerCase() === 'view' ? views : functions;
        const name = match[2]!.toLowerCase();
        into.set(name, `${into.get(name) ?? ''}\n${body}`);
      });
    }
  }
  return { views, functions };
}

/**
 * What is wrong with the published maps against the migrations: a published name no migration creates
 * (the map would lie), a name published as a view but created as a function (or the reverse), and a
 * published view or function whose SQL touches a table its owner does not own.
 */
export function publishedProblems(objects: ReturnType<typeof migrationObjectsOf>): string[] {
  const problems: string[] = [];
  const check = (kind: 'view' | 'function', map: Readonly<Record<string, string>>) => {
    const created = kind === 'view' ? objects.views : objects.functions;
    for (const [name, owner] of Object.entries(map)) {
      const body = created.get(name);
      if (body === undefined) {
        problems.push(`published ${kind} ${name} (modules/${owner}) is created by no migration`);
        continue;
      }
      for (const match of body.matchAll(TABLE_AFTER)) {
        const table = match[2]!.toLowerCase();
        if (table in TABLE_OWNERS && TABLE_OWNERS[table] !== owner)
          problems.push(
            `published ${kind} ${name} (modules/${owner}) touches table ${table}, owned by modules/${TABLE_OWNERS[table]}: ` +
              'publish one per owner and join them in the reader',
          );
      }
    }
  };
  check('view', PUBLISHED_READ_MODELS);
  check('function', PUBLISHED_FUNCTIONS);
  return problems;
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

export function checkOwnership(
  sources: { file: string; source: string }[],
  allowlist: Set<string>,
  createdInMigrations: ReadonlySet<string> = new Set(),
) {
  const crossings = sources
    .flatMap(({ file, source }) => tableUsesOf(file, source, createdInMigrations))
    .filter((u) => !isAllowed(u));
  const fresh = crossings.filter((use) => !allowlist.has(crossingKey(use)));
  const known = new Set(crossings.map(crossingKey).filter((key) => allowlist.has(key)));
  const stale = [...allowlist].filter((key) => !known.has(key));
  return { fresh, known, stale } satisfies OwnershipReport;
}

/** Why a use is refused, and what to do instead. */
export function crossingMessage(use: TableUse): string {
  const owner = ownerOf(use.table);
  if (owner === undefined)
    return `${use.access === 'define' ? 'defines' : 'uses'} ${use.table}, which nobody published: add it to PUBLISHED_READ_MODELS or PUBLISHED_FUNCTIONS with its owner.`;
  if (use.access === 'define')
    return `defines ${use.table}: only modules/${owner}'s repository may (tables change in migrations).`;
  if (use.table in PUBLISHED_READ_MODELS)
    return `writes through view ${use.table}, published by modules/${owner} to be read: change its rows through a function it publishes.`;
  if (use.table in PUBLISHED_FUNCTIONS)
    return `reads ${use.table} as a table: call the function modules/${owner} publishes.`;
  return (
    `${use.access}s table ${use.table}, owned by modules/${owner}: read a view it publishes, call a function ` +
    'it publishes, ask its service, or move the SQL into its repository.'
  );
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
  const objects = migrationObjectsOf(sourceFilesUnder(root, 'migrations'));
  const created = new Set([...objects.views.keys(), ...objects.functions.keys()]);
  if (process.argv.includes('--list')) {
    const all = checkOwnership(sources, new Set(), created).fresh.map(crossingKey);
    console.log([...new Set(all)].sort().join('\n'));
    return;
  }
  const allowlistText = readFileSync(allowlistPath, 'utf8');
  const unexplained = allowlistLinesWithoutReason(allowlistText);
  for (const line of unexplained) {
    console.error(`${relative(root, allowlistPath)} ${line}: say why it stays, after a '#'.`);
  }
  const allowlist = parseAllowlist(allowlistText);
  const published = publishedProblems(objects);
  for (const problem of published) console.error(`scripts/check-table-ownership.ts: ${problem}`);
  const { fresh, known, stale } = checkOwnership(sources, allowlist, created);
  for (const key of stale) console.log(`gone, remove from ${relative(root, allowlistPath)}: ${key}`);
  console.log(`table ownership: ${known.size} known crossing(s) remain in the allowlist.`);
  if (fresh.length) {
    for (const use of fresh) console.error(`${use.file}:${use.line}: ${crossingMessage(use)}`);
    console.error(`table ownership: ${fresh.length} new crossing(s).`);
  }
  if (fresh.length || unexplained.length || published.length) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
