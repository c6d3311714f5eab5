/**
 * npm run bench:bulk — 10,000 bulk-booking rows (一括予約) through the API: upload, preview (every row judged
 * by the booking rules) and commit (one transaction). Goal: under 5 seconds in all.
 */
import { Bench, fmt, machine, writeReport } from './harness.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const GOAL_MS = 5000;
const PER_SLOT = 50;

const bench = await Bench.start();
try {
  const site = await bench.createSite('bulk booking', 'WORKPLACE');
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
    { input: { siteId: site.id, name: '本社ビル 3F 会議室', address: '', vaccineIds: [createVaccine.id] } },
  );
  // Slots from tomorrow, 09:00–17:00 every 30 minutes, PER_SLOT places each, enough days for every row.
  const slotsNeeded = Math.ceil(ROWS / PER_SLOT);
  const days = Math.ceil(slotsNeeded / 16);
  const tokyoToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const addDays = (date: string, n: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  await bench.graphql(`mutation ($input: GenerateSlotsInput!) { generateSlots(input: $input) { created } }`, {
    input: {
      venueId: createVenue.id,
      vaccineId: createVaccine.id,
      fromDate: addDays(tokyoToday, 1),
      toDate: addDays(tokyoToday, days),
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      dayStart: '09:00',
      dayEnd: '17:00',
      slotMinutes: 30,
      capacity: PER_SLOT,
    },
  });
  const numbers = Array.from({ length: ROWS }, (_, i) => String(2_000_000_000 + i));
  const roster = ['ticket_number,birth_date', ...numbers.map((n) => `${n},1980-01-01`)].join('\r\n');
  await bench.importFile(site.id, 'VALID_TICKETS', Buffer.from(roster));

  const lines = ['接種券番号,会場,日時,回目'];
  numbers.forEach((number, i) => {
    const slot = Math.floor(i / PER_SLOT);
    const day = addDays(tokyoToday, 1 + Math.floor(slot / 16));
    const minutes = 9 * 60 + (slot % 16) * 30;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    lines.push(`${number},本社ビル 3F 会議室,${day.replace(/-/g, '/')} ${time},1`);
  });
  const file = Buffer.from(lines.join('\r\n'));
  const run = await bench.importFile(site.id, 'BULK_BOOKING', file);
  if (run.created !== ROWS) throw new Error(`booked ${run.created} of ${ROWS}`);

  const report = [
    `# Bulk booking: ${fmt(ROWS)} rows into ${fmt(slotsNeeded)} slots of ${PER_SLOT} places`,
    '',
    `Run ${new Date().toISOString()} on ${machine()}.`,
    '',
    '| step | ms |',
    '| --- | ---: |',
    `| POST /uploads | ${fmt(run.uploadMs)} |`,
    `| previewImport (resolve tickets, venues, slots; judge every row by the booking rules) | ${fmt(run.previewMs)} |`,
    `| commitImport (judge again, insert all reservations, raise slot counts, one transaction) | ${fmt(run.commitMs)} |`,
    `| **total** | **${fmt(run.totalMs)}** |`,
    '',
    `${fmt(ROWS / (run.totalMs / 1000))} rows/s; total ${fmt(run.totalMs / 1000, 2)} s = ${fmt((run.totalMs / GOAL_MS) * 100, 1)}% of the 5 s goal (${run.totalMs < GOAL_MS ? 'met' : 'NOT met'}).`,
    '',
  ].join('\n');
  const path = await writeReport('bulk-booking', report);
  console.log(report);
  console.log(`Report: ${path}`);
} finally {
  await bench.close();
}
