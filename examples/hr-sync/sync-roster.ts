/**
 * Keeps the site's roster in step with the HR system: reads employees from a CSV or JSON file and sends them
 * with `upsertTickets`, 10,000 rows a call. Prints one line per rejected row and a summary; exits 1 when any
 * row was rejected (the valid rows are written all the same), so a scheduler notices.
 *
 *   npx tsx examples/hr-sync/sync-roster.ts --url … --key vrk_live_… --site <siteId> employees.csv
 *
 * CSV: a header line naming the columns ticket_number, birth_date (YYYY-MM-DD), and optionally
 * municipality_code, employee_id, email, department; UTF-8, comma-separated, "quoted" fields allowed.
 * JSON: an array of { ticketNumber, birthDate, municipalityCode?, externalId?, email?, department? }.
 * An empty CSV cell leaves the stored value as it is. Running it again with the same file changes nothing.
 * Key scope: ROSTER_WRITE.
 */
import { readFile } from 'node:fs/promises';
import { parseCommon, runIfMain, UsageError } from './client.js';

export const CHUNK = 10_000;

export interface RosterRow {
  ticketNumber: string;
  birthDate: string;
  municipalityCode?: string;
  externalId?: string | null;
  email?: string | null;
  department?: string | null;
}

interface UpsertResult {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  rows: {
    index: number;
    ticketNumber: string;
    outcome: string;
    error: { code: string; message: string } | null;
  }[];
}

const UPSERT = `mutation Sync($input: UpsertTicketsInput!) {
  upsertTickets(input: $input) {
    ok created updated unchanged failed
    rows { index ticketNumber outcome error { code message } }
  }
}`;

/** A small RFC 4180 reader: commas, "quoted" fields, "" inside quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    if (record.some((f) => f !== '')) records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  endRecord();
  return records;
}

export function rowsFromFile(name: string, text: string): RosterRow[] {
  const content = text.replace(/^\uFEFF/, '');
  if (name.endsWith('.json')) return JSON.parse(content) as RosterRow[];
  const [header, ...records] = parseCsv(content);
  if (!header) return [];
  const column = (title: string) => header.findIndex((h) => h.trim().toLowerCase() === title);
  const at = {
    number: column('ticket_number'),
    birth: column('birth_date'),
    municipality: column('municipality_code'),
    external: column('employee_id'),
    email: column('email'),
    department: column('department'),
  };
  if (at.number < 0 || at.birth < 0)
    throw new UsageError('the CSV header must name ticket_number and birth_date');
  const cell = (record: string[], index: number) =>
    index < 0 ? undefined : record[index]?.trim() || undefined;
  return records.map((record) => ({
    ticketNumber: cell(record, at.number) ?? '',
    birthDate: cell(record, at.birth) ?? '',
    municipalityCode: cell(record, at.municipality),
    externalId: cell(record, at.external),
    email: cell(record, at.email),
    department: cell(record, at.department),
  }));
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { client, siteId, positionals } = parseCommon(
    argv,
    env,
    {},
    'sync-roster.ts [--url --key --site] employees.csv|employees.json',
  );
  const file = positionals[0];
  if (!file) throw new UsageError('usage: sync-roster.ts [--url --key --site] employees.csv|employees.json');
  const rows = rowsFromFile(file, await readFile(file, 'utf8'));

  const total = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    // One call is one transaction. Sending the same chunk again is harmless (idempotent), so a chunk whose
    // answer was lost (timeout, CONFLICT from a concurrent sync) can simply be sent again.
    const { upsertTickets } = await client.request<{ upsertTickets: UpsertResult }>(
      UPSERT,
      {
        input: { siteId, allOrNothing: false, rows: chunk },
      },
      { retryLostAnswers: true },
    );
    for (const row of upsertTickets.rows) {
      if (row.error)
        console.log(
          `row ${from + row.index + 1} (ticket ${row.ticketNumber}): ${row.error.code} ${row.error.message}`,
        );
    }
    total.created += upsertTickets.created;
    total.updated += upsertTickets.updated;
    total.unchanged += upsertTickets.unchanged;
    total.failed += upsertTickets.failed;
  }
  console.log(
    `synced ${rows.length} rows: ${total.created} created, ${total.updated} updated, ${total.unchanged} unchanged, ${total.failed} rejected`,
  );
  return total.failed > 0 ? 1 : 0;
}

runIfMain(import.meta.url, (argv) => main(argv));
