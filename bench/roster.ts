/**
 * npm run bench:roster — the roster at scale (issue 14): a site with 100,000 tickets (synced through
 * upsertTickets, 10,000 rows a call), 60% of them registered with kana names, 30% booked (dose 1 only 20%,
 * both doses 9%, both given 1%) and 2% revoked; then the roster's first page, a ticket-number prefix search,
 * a kana-name prefix search and every status and booking filter, each timed as a GraphQL request over
 * loopback (warm-up first) and as its SQL statement alone. Goal: p95 under 50 ms on the server.
 * The sync's rows per second are printed next to the CSV import's for the same rows.
 *
 * BENCH_ROWS (default 100000), BENCH_REQUESTS (default 300 per query), BENCH_DATABASE_URL (else embedded).
 */
import {
  RosterRepository,
  type RosterBooking,
  type RosterQuery,
  type RosterStatus,
} from '../server/src/modules/reports/roster.repository.js';
import { classifySearch } from '../server/src/modules/tickets/roster.rules.js';
import { sql } from '../server/src/shared/sql.js';
import { Bench, fmt, machine, writeReport } from './harness.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const WARM_UP = 30;
const PAGE = 50;
const GOAL_MS = 50;
const BATCH = 10_000;
const FIRST_NUMBER = 3_000_000_000;

const FAMILY = [
  'サトウ',
  'スズキ',
  'タカハシ',
  'タナカ',
  'イトウ',
  'ワタナベ',
  'ヤマモト',
  'ナカムラ',
  'コバヤシ',
  'カトウ',
  'ヨシダ',
  'ヤマダ',
  'ササキ',
  'ヤマグチ',
  'マツモト',
  'イノウエ',
  'キムラ',
  'ハヤシ',
  'シミズ',
  'ヤマザキ',
  'モリ',
  'アベ',
  'イケダ',
  'ハシモト',
  'ヤマシタ',
  'イシカワ',
  'ナカジマ',
  'マエダ',
  'フジタ',
  'オガワ',
];
const GIVEN = [
  'ハルト',
  'ミナト',
  'ソウタ',
  'ユウト',
  'ハルキ',
  'イツキ',
  'ソラ',
  'リク',
  'アオイ',
  'ユイ',
  'ヒナ',
  'メイ',
  'サクラ',
  'リン',
  'ユナ',
  'ミオ',
  'ハナコ',
  'タロウ',
  'イチロウ',
  'ケンジ',
  'ヒロシ',
  'アキラ',
  'マコト',
  'ユウコ',
  'ケイコ',
  'ヨウコ',
  'マサト',
  'ナオキ',
  'ダイスケ',
  'ショウタ',
];

const number = (i: number) => String(FIRST_NUMBER + i);
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ROSTER = `query ($siteId: ID!, $first: Int, $filter: TicketFilter) {
  tickets(siteId: $siteId, first: $first, filter: $filter) {
    edges { cursor node { id number status externalId department familyNameKana givenNameKana
      booking { state dosesBooked dosesVaccinated dosesInSeries } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const bench = await Bench.start();
try {
  const site = await bench.createSite('roster', 'WORKPLACE');
  const em = bench.app.orm.em.fork();

  // 1. The roster through the API, as an HR system syncs it.
  const syncStarted = performance.now();
  for (let from = 0; from < ROWS; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - from) }, (_, k) => {
      const i = from + k;
      return {
        ticketNumber: number(i),
        birthDate: `${1950 + (i % 50)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        externalId: `S${String(i).padStart(7, '0')}`,
        email: `s${i}@corp.example`,
        department: `部署${i % 40}`,
      };
    });
    const { upsertTickets } = await bench.graphql<{ upsertTickets: { created: number; failed: number } }>(
      `mutation ($input: UpsertTicketsInput!) { upsertTickets(input: $input) { created failed } }`,
      { input: { siteId: site.id, rows } },
    );
    if (upsertTickets.created !== rows.length)
      throw new Error(`created ${upsertTickets.created} of ${rows.length}`);
  }
  const syncMs = performance.now() - syncStarted;

  // The same rows through the CSV import (upload, preview, commit) into a site of their own, for comparison.
  const csvSite = await bench.createSite('roster csv', 'WORKPLACE');
  const csv = [
    'ticket_number,birth_date,employee_id,email',
    ...Array.from({ length: ROWS }, (_, i) => {
      const birth = `${1950 + (i % 50)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return `${number(i)},${birth},S${String(i).padStart(7, '0')},s${i}@corp.example`;
    }),
  ].join('\r\n');
  const csvImport = await bench.importFile(csvSite.id, 'VALID_TICKETS', Buffer.from(`${csv}\r\n`));
  if (csvImport.created !== ROWS) throw new Error(`CSV import created ${csvImport.created} of ${ROWS}`);

  // 2. Registered holders (60%) and bookings (30%), written directly: the seed, not what is measured.
  await sql(
    em,
    `insert into recipient (ticket_id, family_name_kana, given_name_kana, password_hash, terms_accepted_at)
     select t.id, (?::text[])[1 + (abs(hashtext(t.number)) % ?)], (?::text[])[1 + (abs(hashtext(t.number || 'g')) % ?)],
            'not-a-real-hash', now()
       from ticket t where t.site_id = ? and (t.number::bigint % 5) < 3`,
    [`{${FAMILY.join(',')}}`, FAMILY.length, `{${GIVEN.join(',')}}`, GIVEN.length, site.id],
  );
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
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const { createSlot } = await bench.graphql<{ createSlot: { id: string } }>(
    `mutation ($input: CreateSlotInput!) { createSlot(input: $input) { id } }`,
    {
      input: {
        venueId: createVenue.id,
        vaccineId: createVaccine.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        capacity: 100_000,
      },
    },
  );
  const { createSlot: secondSlot } = await bench.graphql<{ createSlot: { id: string } }>(
    `mutation ($input: CreateSlotInput!) { createSlot(input: $input) { id } }`,
    {
      input: {
        venueId: createVenue.id,
        vaccineId: createVaccine.id,
        startsAt: new Date(startsAt.getTime() + 21 * 86_400_000).toISOString(),
        endsAt: new Date(startsAt.getTime() + 21 * 86_400_000 + 3_600_000).toISOString(),
        capacity: 100_000,
      },
    },
  );
  // Dose 1 for 30% (number % 10 < 3), dose 2 too for 10% (% 10 = 0), both given for 1% (% 100 = 0).
  await sql(
    em,
    `with booked as (
       insert into reservation (site_id, ticket_id, slot_id, dose, made_by, status)
       select t.site_id, t.id, ?, 1, 'ADMIN', case when t.number::bigint % 100 = 0 then 'VACCINATED' else 'BOOKED' end
         from ticket t where t.site_id = ? and (t.number::bigint % 10) < 3
       returning 1)
     update slot set reserved = (select count(*) from booked) where id = ?`,
    [createSlot.id, site.id, createSlot.id],
  );
  await sql(
    em,
    `with booked as (
       insert into reservation (site_id, ticket_id, slot_id, dose, made_by, status)
       select t.site_id, t.id, ?, 2, 'ADMIN', case when t.number::bigint % 100 = 0 then 'VACCINATED' else 'BOOKED' end
         from ticket t where t.site_id = ? and (t.number::bigint % 10) = 0
       returning 1)
     update slot set reserved = (select count(*) from booked) where id = ?`,
    [secondSlot.id, site.id, secondSlot.id],
  );
  // 2% revoked (% 50 = 49: none of them booked).
  await sql(em, `update ticket set status = 'REVOKED' where site_id = ? and (number::bigint % 50) = 49`, [
    site.id,
  ]);
  for (const table of ['ticket', 'recipient', 'reservation']) await sql(em, `vacuum analyze ${table}`);
  const [counts] = await sql<{ tickets: number; registered: number; booked: number; reservations: number }>(
    em,
    `select (select count(*)::int from ticket where site_id = ?) as tickets,
            (select count(*)::int from recipient r join ticket t on t.id = r.ticket_id where t.site_id = ?) as registered,
            (select count(distinct ticket_id)::int from reservation where site_id = ?) as booked,
            (select count(*)::int from reservation where site_id = ?) as reservations`,
    [site.id, site.id, site.id, site.id],
  );

  // 3. The queries: each search request a fresh term, so no answer is served from a cache of ours.
  type Filter = { search?: string; status?: RosterStatus; booking?: RosterBooking } | null;
  const kinds: Record<string, () => Filter> = {
    'first page': () => null,
    'number prefix (7 digits)': () => ({ search: number(Math.floor(Math.random() * ROWS)).slice(0, 7) }),
    'kana name prefix': () => ({
      search: Math.random() < 0.5 ? pick(FAMILY) : `${pick(FAMILY)} ${pick(GIVEN).slice(0, 1)}`,
    }),
    'status NOT_REGISTERED': () => ({ status: 'NOT_REGISTERED' }),
    'status REGISTERED': () => ({ status: 'REGISTERED' }),
    'status REVOKED (2%)': () => ({ status: 'REVOKED' }),
    'booking NOT_BOOKED (70%)': () => ({ booking: 'NOT_BOOKED' }),
    'booking DOSE1_ONLY (20%)': () => ({ booking: 'DOSE1_ONLY' }),
    'booking COMPLETE (9%)': () => ({ booking: 'COMPLETE' }),
    'booking VACCINATED (1%)': () => ({ booking: 'VACCINATED' }),
    'booking VACCINATED + kana prefix': () => ({ booking: 'VACCINATED', search: pick(FAMILY) }),
    'status REGISTERED + booking COMPLETE': () => ({ status: 'REGISTERED', booking: 'COMPLETE' }),
    // Nobody: every ticket with dose 2 registered. The whole site is walked.
    'status NOT_REGISTERED + booking COMPLETE (none)': () => ({
      status: 'NOT_REGISTERED',
      booking: 'COMPLETE',
    }),
    'status REVOKED + booking VACCINATED (none)': () => ({ status: 'REVOKED', booking: 'VACCINATED' }),
  };
  const queryOf = (filter: Filter): RosterQuery => ({
    siteId: site.id,
    status: filter?.status ?? null,
    booking: filter?.booking ?? null,
    externalId: null,
    ticketIds: null,
    ...classifySearch(filter?.search ?? null),
    after: null,
    limit: PAGE + 1,
  });
  const repository = new RosterRepository();

  // Each booking filter's first page against a reference that summarises every booking of the site (the
  // statement before this change): the fast paths (few, hashed, walked) must answer exactly the same rows.
  const referenceOf = async (filter: NonNullable<Filter>): Promise<string[]> => {
    const rows = await sql<{ id: string }>(
      bench.app.orm.em.fork(),
      `with b as (
         select r.ticket_id, count(*) as booked, count(*) filter (where r.status = 'VACCINATED') as vaccinated,
                max(vx.doses) as series
           from reservation r join slot sl on sl.id = r.slot_id join vaccine vx on vx.id = sl.vaccine_id
          where r.site_id = ? and r.status in ('BOOKED', 'VACCINATED') group by r.ticket_id)
       select t.id from ticket t left join b on b.ticket_id = t.id left join recipient rc on rc.ticket_id = t.id
        where t.site_id = ?
          and case when b.booked is null then 'NOT_BOOKED' when b.vaccinated >= b.series then 'VACCINATED'
                   when b.booked >= b.series then 'COMPLETE' else 'DOSE1_ONLY' end = ?
          and (?::text is null or (t.status = 'ACTIVE' and (rc.ticket_id is not null) = (?::text = 'REGISTERED')))
          and (?::text is null or replace(rc.family_name_kana || rc.given_name_kana, ' ', '') like ? || '%')
        order by t.number, t.id limit ?`,
      [
        site.id,
        site.id,
        filter.booking,
        filter.status ?? null,
        filter.status ?? null,
        filter.search ?? null,
        filter.search ?? null,
        PAGE + 1,
      ],
    );
    return rows.map((row) => row.id);
  };
  const checked: string[] = [];
  for (const filter of [
    { booking: 'NOT_BOOKED' },
    { booking: 'DOSE1_ONLY' },
    { booking: 'COMPLETE' },
    { booking: 'VACCINATED' },
    { booking: 'VACCINATED', search: 'サトウ' },
    { booking: 'COMPLETE', search: 'ヤマ' },
    { booking: 'COMPLETE', status: 'REGISTERED' },
    { booking: 'COMPLETE', status: 'NOT_REGISTERED' },
  ] as const) {
    const expected = await referenceOf(filter);
    const got = (await repository.page(bench.app.orm.em.fork(), queryOf(filter))).map((row) => row.id);
    if (JSON.stringify(got) !== JSON.stringify(expected))
      throw new Error(
        `${JSON.stringify(filter)}: ${got.length} rows differ from the reference's ${expected.length}`,
      );
    checked.push(`${JSON.stringify(filter)} (${got.length} rows)`);
  }

  const results: { name: string; http: number[]; sqlMs: number[]; matched: number[] }[] = [];
  for (const [name, filterOf] of Object.entries(kinds)) {
    const http: number[] = [];
    const sqlMs: number[] = [];
    const matched: number[] = [];
    for (let n = 0; n < WARM_UP + REQUESTS; n++) {
      const filter = filterOf();
      const t0 = performance.now();
      const { tickets } = await bench.graphql<{ tickets: { edges: unknown[] } }>(ROSTER, {
        siteId: site.id,
        first: PAGE,
        filter,
      });
      const ms = performance.now() - t0;
      // The statement alone, on a fork of its own, with the same filter the service would pass.
      const query = queryOf(filter);
      const s0 = performance.now();
      await repository.page(bench.app.orm.em.fork(), query);
      const statementMs = performance.now() - s0;
      if (n >= WARM_UP) {
        http.push(ms);
        sqlMs.push(statementMs);
        matched.push(tickets.edges.length);
      }
    }
    results.push({ name, http: http.sort((a, b) => a - b), sqlMs: sqlMs.sort((a, b) => a - b), matched });
  }

  // The plans of the statements as the repository sends them.
  const planOf = async (filter: Filter): Promise<string[]> => {
    const em = bench.app.orm.em.fork();
    const connection = em.getConnection();
    const execute = connection.execute.bind(connection);
    let plan: string[] = [];
    connection.execute = (async (text: string, params: unknown[], method: 'all', ctx: unknown) => {
      // Only the roster statement (not the transaction's `set local`).
      if (!text.includes('from ticket t')) return execute(text, params, method, ctx as never);
      const rows = await execute(
        `explain (analyze, costs off, buffers off) ${text}`,
        params,
        method,
        ctx as never,
      );
      plan = (rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']);
      return [];
    }) as typeof connection.execute;
    try {
      await repository.page(em, queryOf(filter));
    } finally {
      connection.execute = execute;
    }
    return plan.filter((line) => !line.includes('(never executed)'));
  };
  const plans: [string, string[]][] = [];
  for (const filter of [
    { search: number(ROWS / 2).slice(0, 7) },
    { search: 'ヤマ' },
    { search: 'サトウ ハ' },
    { booking: 'NOT_BOOKED' },
    { booking: 'DOSE1_ONLY' },
    { booking: 'VACCINATED' },
    { status: 'REVOKED' },
  ] as const)
    plans.push([JSON.stringify(filter), await planOf(filter)]);

  const verdict = (r: (typeof results)[number]) => (percentile(r.http, 95) < GOAL_MS ? 'met' : 'NOT met');
  const lines = [
    `# Roster at scale: ${fmt(counts!.tickets)} tickets in one site`,
    '',
    `Run ${new Date().toISOString()} on ${machine()}.`,
    process.env.BENCH_NOTE ??
      'The machine may be shared: check the load average above before comparing runs.',
    '',
    `Seed: ${fmt(counts!.tickets)} tickets synced with upsertTickets in ${Math.ceil(ROWS / BATCH)} calls of ${fmt(BATCH)} rows ` +
      `(${fmt(syncMs)} ms, **${fmt(ROWS / (syncMs / 1000))} rows/s**, new tickets with external id, email, department); ` +
      `${fmt(counts!.registered)} registered holders (30 × 30 kana names), ${fmt(counts!.booked)} with a booking ` +
      `(${fmt(counts!.reservations)} active reservations of a 2-dose vaccine: dose 1 only 20%, both doses 9%, both given 1%), 2% revoked; VACUUM ANALYZE after the seed. ` +
      `The same rows through the CSV import (upload, preview, commit; no department column) into another site: ` +
      `${fmt(csvImport.totalMs)} ms, **${fmt(ROWS / (csvImport.totalMs / 1000))} rows/s**.`,
    '',
    `Each query: ${WARM_UP} warm-up requests, then ${REQUESTS} measured, pages of ${PAGE}, a fresh search term each time (filters without a search repeat the same page). ` +
      '"request" is the GraphQL request over loopback timed by the caller (server work plus the loopback and JSON); ' +
      '"statement" is the roster statement alone (`RosterRepository.page`).',
    '',
    `First pages equal to a reference that summarises every booking of the site: ${checked.join(', ')}.`,
    '',
    `| query | request p50 ms | request p95 ms | statement p50 ms | statement p95 ms | rows per page (median) | p95 < ${GOAL_MS} ms |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${fmt(percentile(r.http, 50), 1)} | ${fmt(percentile(r.http, 95), 1)} | ${fmt(percentile(r.sqlMs, 50), 1)} | ` +
        `${fmt(percentile(r.sqlMs, 95), 1)} | ${[...r.matched].sort((a, b) => a - b)[Math.floor(r.matched.length / 2)]} | ${verdict(r)} |`,
    ),
    '',
    ...plans.flatMap(([search, plan]) => [
      `Plan for the filter ${search} (branches never executed left out):`,
      '',
      '```',
      ...plan,
      '```',
      '',
    ]),
  ];
  const report = await writeReport('roster', lines.join('\n'));
  console.log(lines.join('\n'));
  console.log(`Report: ${report}`);
} finally {
  await bench.close();
}
