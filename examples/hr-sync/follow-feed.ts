/**
 * Reads what changed since the last run: pages the change feed (`changes`) from the stored cursor to the end,
 * handles each change (here: prints it as one JSON line), and stores the cursor after each page, so a run that
 * stops half-way resumes where it stopped and no change is skipped. `--follow` keeps asking every
 * `--interval` seconds once it is up to date.
 *
 *   npx tsx examples/hr-sync/follow-feed.ts --url … --key vrk_live_… --site <siteId> \
 *     [--cursor-file feed.cursor] [--types reservation.booked,reservation.cancelled] [--follow --interval 60] [--page-size 500]
 *
 * Key scope: RECORDS_READ.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseCommon, runIfMain } from './client.js';

const CHANGES = `query Changes($siteId: ID!, $after: String, $first: Int!, $types: [String!]) {
  changes(siteId: $siteId, after: $after, first: $first, types: $types) {
    edges {
      node {
        eventId type occurredAt ticketId ticketNumber externalId reservationId
        slotStartsAt dose reservationStatus madeBy cancelledBy reason vaccinatedOn
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface Change {
  eventId: string;
  type: string;
  occurredAt: string;
  ticketId: string | null;
  ticketNumber: string | null;
  externalId: string | null;
  reservationId: string | null;
  slotStartsAt: string | null;
  dose: number | null;
  reservationStatus: string | null;
  madeBy: string | null;
  cancelledBy: string | null;
  reason: string | null;
  vaccinatedOn: string | null;
}
interface Page {
  changes: { edges: { node: Change }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

async function readCursor(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).trim() || null;
  } catch {
    return null; // first run: from the beginning of the log
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a cursor. */
async function storeCursor(file: string, cursor: string): Promise<void> {
  await writeFile(`${file}.tmp`, cursor);
  await rename(`${file}.tmp`, file);
}

/** Your HR system's work for one change (an upsert in your own database, keyed by eventId). */
function handle(change: Change): void {
  console.log(JSON.stringify(change));
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { client, siteId, values } = parseCommon(
    argv,
    env,
    {
      'cursor-file': { type: 'string', default: 'feed.cursor' },
      types: { type: 'string' },
      follow: { type: 'boolean' },
      interval: { type: 'string', default: '60' },
      'page-size': { type: 'string', default: '500' },
    },
    'follow-feed.ts [--url --key --site] [--cursor-file f] [--types a,b] [--follow --interval s]',
  );
  const file = String(values['cursor-file']);
  const types = typeof values.types === 'string' ? values.types.split(',').map((t) => t.trim()) : null;
  let after = await readCursor(file);
  let count = 0;
  let pages = 0;
  for (;;) {
    const { changes }: Page = await client.request<Page>(
      CHANGES,
      {
        siteId,
        after,
        first: Number(values['page-size']),
        types,
      },
      { retryLostAnswers: true },
    );
    pages++;
    for (const { node } of changes.edges) handle(node);
    count += changes.edges.length;
    // Store the cursor only once the page is handled; an empty page has endCursor null: keep the old one.
    if (changes.pageInfo.endCursor) {
      after = changes.pageInfo.endCursor;
      await storeCursor(file, after);
    }
    if (changes.pageInfo.hasNextPage) continue;
    if (!values.follow) break;
    await new Promise((resolve) => setTimeout(resolve, Number(values.interval) * 1000));
  }
  console.error(`${count} changes in ${pages} pages; up to date; cursor in ${file}`);
  return 0;
}

runIfMain(import.meta.url, (argv) => main(argv));
