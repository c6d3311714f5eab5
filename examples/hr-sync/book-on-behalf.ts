/**
 * Books a slot for an employee who has not booked (or cannot book) themselves: finds their ticket by the
 * HR system's employee id in the roster, then calls `proxyBookReservation` with its id. The booking follows
 * the same rules as the person's own and is marked `madeBy: API`.
 *
 *   npx tsx examples/hr-sync/book-on-behalf.ts --url … --key vrk_live_… --site <siteId> \
 *     --employee-id E10023 --slot <slotId> [--dose 1]
 *
 * Exit 0: booked. Exit 2: refused (SLOT_FULL, ALREADY_BOOKED, …; printed). Key scopes: ROSTER_READ, BOOK_ON_BEHALF.
 */
import { randomUUID } from 'node:crypto';
import { parseCommon, runIfMain, UsageError, type ApiClient } from './client.js';

const FIND = `query Find($siteId: ID!, $externalId: String!) {
  tickets(siteId: $siteId, first: 1, filter: { externalId: $externalId }) {
    edges { node { id number status booking { state dosesBooked } } }
  }
}`;

const BOOK = `mutation BookOnBehalf($input: ProxyBookReservationInput!) {
  proxyBookReservation(input: $input) {
    ok
    error { code message }
    reservations { id dose madeBy slot { startsAt } }
  }
}`;

interface Found {
  tickets: {
    edges: {
      node: { id: string; number: string; status: string; booking: { state: string; dosesBooked: number } };
    }[];
  };
}
interface Booked {
  proxyBookReservation: {
    ok: boolean;
    error: { code: string; message: string } | null;
    reservations: { id: string; dose: number; madeBy: string; slot: { startsAt: string } }[];
  };
}

async function findTicket(client: ApiClient, siteId: string, externalId: string) {
  const { tickets } = await client.request<Found>(FIND, { siteId, externalId });
  return tickets.edges[0]?.node;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const usage = 'book-on-behalf.ts [--url --key --site] --employee-id E… --slot <slotId> [--dose 1]';
  const { client, siteId, values } = parseCommon(
    argv,
    env,
    { 'employee-id': { type: 'string' }, slot: { type: 'string' }, dose: { type: 'string', default: '1' } },
    usage,
  );
  const externalId = values['employee-id'];
  const slotId = values.slot;
  if (typeof externalId !== 'string' || typeof slotId !== 'string') throw new UsageError(`usage: ${usage}`);
  const dose = Number(values.dose);

  const ticket = await findTicket(client, siteId, externalId);
  if (!ticket) {
    console.log(`no ticket with employee id ${externalId}`);
    return 2;
  }

  // One idempotency key for this run's booking: when an answer is lost (timeout, connection reset, HTTP 5xx)
  // the client sends the same request again and gets the first answer, whether or not it had committed.
  const input = { ticketId: ticket.id, slotId, dose, idempotencyKey: randomUUID() };
  const result = (await client.request<Booked>(BOOK, { input }, { retryLostAnswers: true }))
    .proxyBookReservation;

  if (!result.ok) {
    console.log(
      `${externalId}: not booked: ${result.error?.code ?? 'UNKNOWN'} ${result.error?.message ?? ''}`,
    );
    return 2;
  }
  for (const r of result.reservations)
    console.log(
      `${externalId}: booked reservation ${r.id} dose ${r.dose} at ${r.slot.startsAt} (madeBy ${r.madeBy})`,
    );
  return 0;
}

runIfMain(import.meta.url, (argv) => main(argv));
