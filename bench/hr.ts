/**
 * npm run bench:hr — an HR system's three bulk paths (issue 13), each over loopback HTTP with an API key:
 *
 * 1. roster sync: BENCH_ROWS (default 50,000) rows through upsertTickets, 10,000 a call (rows/s), next to the
 *    CSV import (upload, preview, commit) of the same rows into another site in the same run;
 * 2. the change feed: BENCH_BOOKINGS (default 5,000) proxy bookings made with the key by 32 concurrent
 *    callers (the rush, timed too), then the site's whole feed paged with `changes(first: 1000)` (rows/s);
 * 3. webhooks: an endpoint for reservation.booked on a loopback receiver that verifies every signature with
 *    `standardwebhooks`. The bench's server runs no webhook worker, so the rush's deliveries wait; then a
 *    second server instance on the same database starts with the worker (production webhook settings,
 *    private addresses allowed for the loopback receiver) and drains them: deliveries/s until the receiver
 *    holds every booking once.
 *
 * BENCH_DATABASE_URL (else an embedded PostgreSQL), BENCH_NOTE (a line for the report).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { createApp } from '../server/src/app.js';
import { loadConfig, testConfig } from '../server/src/config/config.js';
import { Bench, fmt, machine, writeReport } from './harness.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const BOOKINGS = Math.min(ROWS, Number(process.env.BENCH_BOOKINGS ?? 5_000));
const BATCH = 10_000;
const CONCURRENCY = 32;
const FEED_PAGE = 1000;
const SLOTS = 10;
const FIRST_NUMBER = 4_000_000_000;

const number = (i: number) => String(FIRST_NUMBER + i);
const birth = (i: number) =>
  `${1950 + (i % 50)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

// Production webhook settings (the environment's defaults), except that the loopback receiver is allowed.
const productionWebhooks = (() => {
  const defaults = loadConfig({});
  return {
    webhookPollMs: defaults.webhookPollMs,
    webhookRetryBaseMs: defaults.webhookRetryBaseMs,
    webhookMaxAttempts: defaults.webhookMaxAttempts,
    webhookDisableAfterFailures: defaults.webhookDisableAfterFailures,
    webhookTimeoutMs: defaults.webhookTimeoutMs,
    webhookAllowPrivateAddresses: true,
  };
})();

const bench = await Bench.start({ webhookWorker: false, ...productionWebhooks });
let worker: Awaited<ReturnType<typeof createApp>> | undefined;
let receiver: http.Server | undefined;
try {
  const url = `http://127.0.0.1:${bench.app.port}/graphql`;
  const site = await bench.createSite('hr bench', 'WORKPLACE');
  const { createApiKey } = await bench.graphql<{ createApiKey: { secret: string } }>(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    {
      input: {
        siteId: site.id,
        name: 'bench HR system',
        scopes: ['ROSTER_READ', 'ROSTER_WRITE', 'BOOK_ON_BEHALF', 'RECORDS_READ', 'WEBHOOKS_MANAGE'],
      },
    },
  );
  const withKey = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiKey.secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data)
      throw new Error(`HTTP ${response.status} ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  // 1. The roster through upsertTickets with the key, as an HR system syncs it.
  const ticketIds: string[] = [];
  const syncStarted = performance.now();
  for (let from = 0; from < ROWS; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - from) }, (_, k) => {
      const i = from + k;
      return {
        ticketNumber: number(i),
        birthDate: birth(i),
        externalId: `H${String(i).padStart(7, '0')}`,
        email: `h${i}@corp.example`,
        department: `部署${i % 40}`,
      };
    });
    const { upsertTickets } = await withKey<{
      upsertTickets: { created: number; rows: { ticketId: string | null }[] };
    }>(
      `mutation ($input: UpsertTicketsInput!) { upsertTickets(input: $input) { created rows { ticketId } } }`,
      { input: { siteId: site.id, rows } },
    );
    if (upsertTickets.created !== rows.length)
      throw new Error(`created ${upsertTickets.created} of ${rows.length}`);
    ticketIds.push(...upsertTickets.rows.map((r) => r.ticketId!));
  }
  const syncMs = performance.now() - syncStarted;

  // The same rows through the CSV import into a site of their own (the import takes no department column).
  const csvSite = await bench.createSite('hr bench csv', 'WORKPLACE');
  const csv = [
    'ticket_number,birth_date,employee_id,email',
    ...Array.from(
      { length: ROWS },
      (_, i) => `${number(i)},${birth(i)},H${String(i).padStart(7, '0')},h${i}@corp.example`,
    ),
  ].join('\r\n');
  const csvImport = await bench.importFile(csvSite.id, 'VALID_TICKETS', Buffer.from(`${csv}\r\n`));
  if (csvImport.created !== ROWS) throw new Error(`CSV import created ${csvImport.created} of ${ROWS}`);

  // 3 (set-up). A loopback receiver that verifies every delivery, and the endpoint.
  const deliveredAt = new Map<string, number>();
  let requests = 0;
  let rejected = 0;
  const signing: { webhook?: Webhook } = {};
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests++;
      try {
        signing.webhook!.verify(
          Buffer.concat(chunks).toString('utf8'),
          request.headers as Record<string, string>,
        );
      } catch {
        rejected++;
        return void response.writeHead(400).end();
      }
      const id = String(request.headers['webhook-id']);
      if (!deliveredAt.has(id)) deliveredAt.set(id, performance.now());
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
  const { createWebhookEndpoint } = await withKey<{ createWebhookEndpoint: { secret: string } }>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    {
      input: {
        siteId: site.id,
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`,
        eventTypes: ['reservation.booked'],
      },
    },
  );
  signing.webhook = new Webhook(createWebhookEndpoint.secret);

  // 2. The rush: BOOKINGS proxy bookings with the key, CONCURRENCY at a time, over SLOTS slots.
  const { createVaccine } = await bench.graphql<{ createVaccine: { id: string } }>(
    `mutation ($input: CreateVaccineInput!) { createVaccine(input: $input) { id } }`,
    {
      input: {
        siteId: site.id,
        name: 'ファイザー',
        manufacturer: 'ファイザー',
        doses: 2,
        doseIntervalDays: 21,
        intervalWindowDays: 14,
      },
    },
  );
  const { createVenue } = await bench.graphql<{ createVenue: { id: string } }>(
    `mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id } }`,
    { input: { siteId: site.id, name: '本社', address: '', vaccineIds: [createVaccine.id] } },
  );
  const slotIds: string[] = [];
  for (let s = 0; s < SLOTS; s++) {
    const startsAt = new Date(Date.now() + 7 * 86_400_000 + s * 3_600_000);
    const { createSlot } = await bench.graphql<{ createSlot: { id: string } }>(
      `mutation ($input: CreateSlotInput!) { createSlot(input: $input) { id } }`,
      {
        input: {
          venueId: createVenue.id,
          vaccineId: createVaccine.id,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          capacity: Math.ceil(BOOKINGS / SLOTS),
        },
      },
    );
    slotIds.push(createSlot.id);
  }
  let next = 0;
  let refused = 0;
  const rushStarted = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < BOOKINGS; i = next++) {
        const { proxyBookReservation } = await withKey<{ proxyBookReservation: { ok: boolean } }>(
          `mutation ($input: ProxyBookReservationInput!) { proxyBookReservation(input: $input) { ok } }`,
          { input: { ticketId: ticketIds[i], slotId: slotIds[i % SLOTS], dose: 1 } },
        );
        if (!proxyBookReservation.ok) refused++;
      }
    }),
  );
  const rushMs = performance.now() - rushStarted;
  const booked = BOOKINGS - refused;

  // 2. The whole feed, paged with the key from the beginning; repeated until it holds every booking (the
  // feed shows a commit once every older transaction has ended). Only the final, complete pass is timed.
  const CHANGES = `query ($siteId: ID!, $after: String, $first: Int!) {
    changes(siteId: $siteId, after: $after, first: $first) {
      edges { node { eventId type occurredAt ticketId ticketNumber externalId reservationId slotStartsAt dose reservationStatus madeBy } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = {
    changes: {
      edges: { node: { eventId: string; type: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  let feed:
    { rows: number; pages: number; ms: number; booked: number; issued: number; distinct: number } | undefined;
  for (let pass = 0; pass < 20; pass++) {
    const t0 = performance.now();
    let after: string | null = null;
    let rows = 0;
    let pages = 0;
    let bookedRows = 0;
    let issuedRows = 0;
    const ids = new Set<string>();
    for (;;) {
      const { changes }: Page = await withKey<Page>(CHANGES, { siteId: site.id, after, first: FEED_PAGE });
      pages++;
      rows += changes.edges.length;
      for (const { node } of changes.edges) {
        ids.add(node.eventId);
        if (node.type === 'reservation.booked') bookedRows++;
        if (node.type === 'ticket.issued') issuedRows++;
      }
      if (!changes.pageInfo.hasNextPage) break;
      after = changes.pageInfo.endCursor;
    }
    feed = {
      rows,
      pages,
      ms: performance.now() - t0,
      booked: bookedRows,
      issued: issuedRows,
      distinct: ids.size,
    };
    if (bookedRows >= booked) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!feed || feed.booked !== booked)
    throw new Error(`the feed lists ${feed?.booked} of ${booked} bookings`);
  if (feed.issued !== ROWS) throw new Error(`the feed lists ${feed.issued} of ${ROWS} synced tickets`);
  if (feed.distinct !== feed.rows) throw new Error(`the feed repeated ${feed.rows - feed.distinct} changes`);

  // 3. A second instance with the webhook worker drains the rush's deliveries.
  const workerStarted = performance.now();
  worker = await createApp({
    ...testConfig(bench.databaseUrl, {
      exposeSqlStatementCount: false,
      logLevel: 'silent',
      trustedProxies: [],
      webhookWorker: true,
      ...productionWebhooks,
    }),
    databaseUrl: bench.databaseUrl,
  });
  const deadline = Date.now() + 15 * 60_000;
  while (deliveredAt.size < booked) {
    if (Date.now() > deadline) throw new Error(`only ${deliveredAt.size} of ${booked} webhooks arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const times = [...deliveredAt.values()].sort((a, b) => a - b);
  const firstAt = times[0]!;
  const lastAt = times.at(-1)!;
  const drainMs = lastAt - workerStarted;
  const steadyMs = lastAt - firstAt;

  const lines = [
    `# HR system paths: roster sync, change feed, webhooks`,
    '',
    `Run ${new Date().toISOString()} on ${machine()}.`,
    process.env.BENCH_NOTE ??
      'The machine may be shared: check the load average above before comparing runs.',
    '',
    'Everything over loopback HTTP with one API key (all scopes); the server in the bench process, embedded PostgreSQL unless BENCH_DATABASE_URL.',
    '',
    '| path | what | time | rate |',
    '| --- | --- | ---: | ---: |',
    `| roster sync | ${fmt(ROWS)} new rows through upsertTickets, ${Math.ceil(ROWS / BATCH)} calls of ≤ ${fmt(BATCH)} (external id, email, department) | ${fmt(syncMs)} ms | **${fmt(ROWS / (syncMs / 1000))} rows/s** |`,
    `| CSV import, same run | the same ${fmt(ROWS)} rows as one CSV file (upload ${fmt(csvImport.uploadMs)} ms, preview ${fmt(csvImport.previewMs)} ms, commit ${fmt(csvImport.commitMs)} ms; no department column) into another site | ${fmt(csvImport.totalMs)} ms | **${fmt(ROWS / (csvImport.totalMs / 1000))} rows/s** |`,
    `| rush (the feed's input) | ${fmt(BOOKINGS)} proxyBookReservation calls with the key, ${CONCURRENCY} concurrent, ${SLOTS} slots; ${fmt(booked)} booked, ${fmt(refused)} refused | ${fmt(rushMs)} ms | ${fmt(booked / (rushMs / 1000))} bookings/s |`,
    `| change feed | the site's whole feed from the start after the rush: ${fmt(feed.rows)} changes (${fmt(ROWS)} ticket.issued, ${fmt(feed.booked)} reservation.booked, …) in ${fmt(feed.pages)} pages of ≤ ${fmt(FEED_PAGE)}, none repeated | ${fmt(feed.ms)} ms | **${fmt(feed.rows / (feed.ms / 1000))} rows/s** |`,
    `| webhooks | ${fmt(booked)} reservation.booked deliveries queued during the rush, drained by a second instance started with the worker; receiver on 127.0.0.1 verifying every signature (${fmt(requests)} requests, ${fmt(rejected)} rejected, ${fmt(requests - deliveredAt.size)} duplicates) | ${fmt(drainMs)} ms from the worker's start (first delivery after ${fmt(firstAt - workerStarted)} ms) | **${fmt(booked / (drainMs / 1000))} deliveries/s** (${fmt(booked / (steadyMs / 1000))}/s first to last) |`,
    '',
    `Webhook settings as in production (\`WEBHOOK_POLL_MS\` ${productionWebhooks.webhookPollMs}, timeout ${productionWebhooks.webhookTimeoutMs} ms) except \`WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true\` for the loopback receiver. ` +
      `The worker's start includes its dispatch of the whole event log after its cursor (the ${fmt(ROWS * 2)} ticket.issued events of both sites too: only reservation.booked has an endpoint).`,
  ];
  const report = await writeReport('hr', lines.join('\n'));
  console.log(lines.join('\n'));
  console.log(`Report: ${report}`);
} finally {
  await worker?.close();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
  await bench.close();
}
