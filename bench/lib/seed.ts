/**
 * Bench fixtures written straight into PostgreSQL: sites, a venue with slots, tickets registered as
 * recipients, and a logged-in session (bearer token) per ticket. Only the measured part goes through
 * the GraphQL endpoint; preparing 20,000 logins through it would only measure password hashing.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { addDays, fromLocal, localDateOf } from '../../server/src/shared/time.js';

export const TIME_ZONE = 'Asia/Tokyo';

export interface BenchSlot {
  id: string;
  dose: 1 | 2;
  capacity: number;
  /** The dose-2 slot exactly the interval later (SET sites). */
  secondId?: string;
}

export interface BenchSite {
  id: string;
  code: string;
  mode: 'SEPARATE' | 'SET';
  venueId: string;
  vaccineId: string;
  slots: BenchSlot[];
  /** Dose-1 slots, the ones people book. */
  firstSlots: BenchSlot[];
  recipients: { ticketId: string; token: string }[];
}

const INTERVAL_DAYS = 21;

export async function seedSite(
  db: pg.Pool | pg.Client,
  options: {
    mode: 'SEPARATE' | 'SET';
    recipients: number;
    slots: number;
    capacity: number;
    /** First ticket number; sites never share numbers, so one database holds several. */
    numberBase: number;
  },
): Promise<BenchSite> {
  const code = `B${randomUUID().slice(0, 8)}`;
  const site = await db.query<{ id: string }>(
    `insert into site (code, name, plan, booking_mode, time_zone) values ($1, $2, 'MUNICIPAL', $3, $4) returning id`,
    [code, `Bench ${options.mode}`, options.mode, TIME_ZONE],
  );
  const siteId = site.rows[0]!.id;
  const vaccine = await db.query<{ id: string }>(
    `insert into vaccine (site_id, name, manufacturer, doses, dose_interval_days, interval_window_days)
     values ($1, 'ファイザー', 'ファイザー', 2, $2, 0) returning id`,
    [siteId, INTERVAL_DAYS],
  );
  const vaccineId = vaccine.rows[0]!.id;
  const venue = await db.query<{ id: string }>(
    `insert into venue (site_id, name) values ($1, '市民会館') returning id`,
    [siteId],
  );
  const venueId = venue.rows[0]!.id;
  await db.query(`insert into venue_vaccine (venue_id, vaccine_id) values ($1, $2)`, [venueId, vaccineId]);

  const firstDay = addDays(localDateOf(new Date(), TIME_ZONE), 7);
  const starts: Date[] = [];
  for (let i = 0; i < options.slots; i++) starts.push(fromLocal(firstDay, 9 * 60 + i * 15, TIME_ZONE));
  const firstSlots: BenchSlot[] = [];
  const slots: BenchSlot[] = [];
  for (const startsAt of starts) {
    const first = await insertSlot(db, siteId, venueId, vaccineId, startsAt, options.capacity);
    const slot: BenchSlot = { id: first, dose: 1, capacity: options.capacity };
    if (options.mode === 'SET') {
      const later = fromLocal(addDays(firstDay, INTERVAL_DAYS), minutesOf(startsAt), TIME_ZONE);
      slot.secondId = await insertSlot(db, siteId, venueId, vaccineId, later, options.capacity);
      slots.push({ id: slot.secondId, dose: 2, capacity: options.capacity });
    }
    firstSlots.push(slot);
    slots.push(slot);
  }

  const numbers = Array.from({ length: options.recipients }, (_, i) => String(options.numberBase + i));
  const tickets = await db.query<{ id: string; number: string }>(
    `insert into ticket (site_id, number, birth_date, kind)
     select $1, n, '1980-01-01', 'REAL' from unnest($2::text[]) as n
     returning id, number`,
    [siteId, numbers],
  );
  const ticketIds = tickets.rows.sort((a, b) => a.number.localeCompare(b.number)).map((t) => t.id);
  // Registered recipients (a password hash nobody logs in with: the sessions below stand for logins).
  await db.query(
    `insert into recipient (ticket_id, family_name_kana, given_name_kana, password_hash, terms_accepted_at)
     select id, 'ベンチ', 'タロウ', 'bench:not-a-password', now() from unnest($1::uuid[]) as id`,
    [ticketIds],
  );
  const tokens = ticketIds.map(() => randomBytes(32).toString('base64url'));
  await db.query(
    `insert into session (token_hash, kind, ticket_id, site_id, expires_at)
     select h, 'RECIPIENT', t, $1, now() + interval '1 day' from unnest($2::text[], $3::uuid[]) as x (h, t)`,
    [siteId, tokens.map((t) => createHash('sha256').update(t).digest('hex')), ticketIds],
  );
  return {
    id: siteId,
    code,
    mode: options.mode,
    venueId,
    vaccineId,
    slots,
    firstSlots,
    recipients: ticketIds.map((ticketId, i) => ({ ticketId, token: tokens[i]! })),
  };
}

function minutesOf(instant: Date): number {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  const [h, m] = local.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

async function insertSlot(
  db: pg.Pool | pg.Client,
  siteId: string,
  venueId: string,
  vaccineId: string,
  startsAt: Date,
  capacity: number,
): Promise<string> {
  const row = await db.query<{ id: string }>(
    `insert into slot (site_id, venue_id, vaccine_id, starts_at, ends_at, capacity)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [siteId, venueId, vaccineId, startsAt, new Date(startsAt.getTime() + 15 * 60_000), capacity],
  );
  return row.rows[0]!.id;
}

/** Empties a site's bookings so the next phase starts from the same state. */
export async function resetSite(db: pg.Pool | pg.Client, siteId: string): Promise<void> {
  await db.query(
    `delete from booking_idempotency where ticket_id in (select id from ticket where site_id = $1)`,
    [siteId],
  );
  await db.query(`delete from reservation where site_id = $1`, [siteId]);
  await db.query(`update slot set reserved = 0 where site_id = $1`, [siteId]);
  await db.query(`vacuum analyze reservation, slot, booking_idempotency`);
}

/**
 * Tells running servers (over their bus) that the site's slots changed behind their back, as a commit's
 * `availability_changed` message would: `resetSite` writes with plain SQL, and a server's memory of full
 * slots (issue 17) learns of changes only from such messages. The servers must run with BUS=postgres.
 */
export async function announceReset(db: pg.Pool | pg.Client, siteId: string): Promise<void> {
  const rows = await db.query<{ venue_id: string; id: string }>(
    `select venue_id, id from slot where site_id = $1 order by venue_id, id`,
    [siteId],
  );
  // Well under NOTIFY's 8000-byte payload: 100 slot ids per message.
  for (let i = 0; i < rows.rows.length; i += 100) {
    const venues: Record<string, string[]> = {};
    for (const row of rows.rows.slice(i, i + 100)) (venues[row.venue_id] ??= []).push(row.id);
    await db.query(`select pg_notify('availability_changed', $1)`, [
      JSON.stringify({ o: 'bench', m: { venues } }),
    ]);
  }
  // The servers' listeners get it within milliseconds on loopback.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

export interface InvariantReport {
  slots: number;
  violations: string[];
  activeReservations: number;
  reservedTotal: number;
}

/** For every slot: reserved = active reservations ≤ capacity; in SET mode no dose without its partner. */
export async function checkInvariants(db: pg.Pool | pg.Client, site: BenchSite): Promise<InvariantReport> {
  const rows = await db.query<{ id: string; capacity: number; reserved: number; active: number }>(
    `select s.id, s.capacity, s.reserved,
            (select count(*)::int from reservation r where r.slot_id = s.id and r.status in ('BOOKED', 'VACCINATED')) as active
       from slot s where s.site_id = $1`,
    [site.id],
  );
  const violations: string[] = [];
  for (const slot of rows.rows) {
    if (slot.reserved !== slot.active)
      violations.push(`slot ${slot.id}: reserved ${slot.reserved} ≠ ${slot.active} active reservations`);
    if (slot.active > slot.capacity)
      violations.push(`slot ${slot.id}: ${slot.active} active reservations > capacity ${slot.capacity}`);
  }
  if (site.mode === 'SET') {
    const orphans = await db.query<{ n: number }>(
      `select count(*)::int as n from reservation r
        where r.site_id = $1 and r.status = 'BOOKED'
          and (r.pair_id is null
               or not exists (select 1 from reservation o where o.pair_id = r.pair_id and o.id <> r.id
                                and o.status = 'BOOKED' and o.dose = 3 - r.dose))`,
      [site.id],
    );
    if (orphans.rows[0]!.n > 0)
      violations.push(`${orphans.rows[0]!.n} set reservations without their other dose`);
  }
  return {
    slots: rows.rowCount ?? 0,
    violations,
    activeReservations: rows.rows.reduce((sum, s) => sum + s.active, 0),
    reservedTotal: rows.rows.reduce((sum, s) => sum + s.reserved, 0),
  };
}

/** One answer of a phase and the slot it asked for. */
export interface Claim {
  slot: BenchSlot;
  answer: { ok: boolean; reservationIds: string[] };
}

/**
 * The ok answers against the rows: every reservation an ok answer names exists, is BOOKED, belongs to the
 * site and sits on the slot the booking asked for (SET: and its dose-2 partner); the ok answers' reservations
 * are exactly the site's active rows, so no row was written for a refusal and no ok answer was lost.
 * `unanswered`: tickets whose booking got no answer (a timeout, a 5xx): a row of theirs that no ok answer
 * names is allowed (the booking may have committed; the person sees it on their page).
 */
export async function reconcileAnswers(
  db: pg.Pool | pg.Client,
  site: BenchSite,
  claims: Claim[],
  unanswered: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const rows = await db.query<{
    id: string;
    slot_id: string;
    status: string;
    dose: number;
    ticket_id: string;
  }>(
    `select id, slot_id, status, dose, ticket_id from reservation where site_id = $1 and status in ('BOOKED', 'VACCINATED')`,
    [site.id],
  );
  const byId = new Map(rows.rows.map((r) => [r.id, r]));
  const violations: string[] = [];
  const named = new Set<string>();
  let ok = 0;
  for (const { slot, answer } of claims) {
    if (!answer.ok) continue;
    ok++;
    const expected = site.mode === 'SET' ? [slot.id, slot.secondId] : [slot.id];
    if (answer.reservationIds.length !== expected.length)
      violations.push(
        `an ok answer names ${answer.reservationIds.length} reservations, not ${expected.length}`,
      );
    for (const id of answer.reservationIds) {
      named.add(id);
      const row = byId.get(id);
      if (!row) violations.push(`ok answer's reservation ${id} is not an active reservation of the site`);
      else if (!expected.includes(row.slot_id))
        violations.push(
          `ok answer's reservation ${id} sits on slot ${row.slot_id}, not the one booked (${slot.id})`,
        );
    }
  }
  const perAnswer = site.mode === 'SET' ? 2 : 1;
  const unnamedRows = rows.rows.filter((r) => !named.has(r.id));
  const excused = unnamedRows.filter((r) => unanswered.has(r.ticket_id)).length;
  if (rows.rowCount !== ok * perAnswer + excused)
    violations.push(
      `${ok} ok answers${excused > 0 ? ` (+${excused} rows of unanswered bookings)` : ''} but ${rows.rowCount} active reservations (expected ${ok * perAnswer + excused})`,
    );
  const unnamed = unnamedRows.length - excused;
  if (unnamed > 0) violations.push(`${unnamed} active reservations no ok answer names`);
  return violations;
}
