/**
 * Lists who has not booked yet: pages the roster (`tickets`) with the NOT_BOOKED filter, 500 at a time, and
 * prints a CSV (employee_id, ticket_number, ticket_id, status, email, department) to stdout, e.g. for a
 * reminder mail from the HR system. `--registered` keeps only holders who have logged in and registered.
 *
 *   npx tsx examples/hr-sync/not-booked.ts --url … --key vrk_live_… --site <siteId> [--registered] [--page-size 500] > not-booked.csv
 *
 * Key scope: ROSTER_READ.
 */
import { parseCommon, runIfMain } from './client.js';

interface Page {
  tickets: {
    edges: {
      node: {
        id: string;
        number: string;
        status: string;
        externalId: string | null;
        email: string | null;
        department: string | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const NOT_BOOKED = `query NotBooked($siteId: ID!, $first: Int!, $after: String, $filter: TicketFilter) {
  tickets(siteId: $siteId, first: $first, after: $after, filter: $filter) {
    edges { node { id number status externalId email department } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const csvField = (value: string | null) =>
  value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { client, siteId, values } = parseCommon(
    argv,
    env,
    { registered: { type: 'boolean' }, 'page-size': { type: 'string', default: '500' } },
    'not-booked.ts [--url --key --site] [--registered]',
  );
  const filter = { booking: 'NOT_BOOKED', ...(values.registered ? { status: 'REGISTERED' } : {}) };
  console.log('employee_id,ticket_number,ticket_id,status,email,department');
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const { tickets }: Page = await client.request<Page>(
      NOT_BOOKED,
      { siteId, first: Number(values['page-size']), after, filter },
      { retryLostAnswers: true },
    );
    for (const { node } of tickets.edges) {
      console.log(
        [node.externalId, node.number, node.id, node.status, node.email, node.department]
          .map(csvField)
          .join(','),
      );
      count++;
    }
    if (!tickets.pageInfo.hasNextPage) break;
    after = tickets.pageInfo.endCursor;
  }
  console.error(`${count} not booked`);
  return 0;
}

runIfMain(import.meta.url, (argv) => main(argv));
