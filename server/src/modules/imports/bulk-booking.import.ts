import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCsvLocalDateTime } from '../../shared/csv.js';
import { isUuid } from '../../shared/ids.js';
import { isTicketNumber, isValidMunicipalityCode, normalizeDigits } from '../../shared/japanese-ids.js';
import { pgArray, pgTimestamp, sql } from '../../shared/sql.js';
import { fromLocal } from '../../shared/time.js';
import type { BulkBookingRow, ReservationService } from '../reservations/reservation.service.js';
import { ticketIdsByNumbers } from '../tickets/ticket.service.js';
import { venuesOfSiteByName } from '../venues/venue.service.js';
import {
  Columns,
  inChunks,
  paced,
  type ImportAnalysis,
  type ImportKindHandler,
  type ImportSite,
  type ParsedFile,
  type RowError,
} from './import-file.js';

const SPEC = {
  number: {
    label: '接種券番号',
    aliases: ['接種券番号', '券番号', 'ticket_number', 'ticket number', 'number'],
    required: true,
  },
  municipalityCode: {
    label: '市町村コード',
    aliases: ['市町村コード', '自治体コード', 'municipality_code'],
    required: false,
  },
  venue: { label: '会場', aliases: ['会場', '会場名', 'venue', 'venue_name'], required: false },
  startsAt: {
    label: '日時',
    aliases: ['日時', '予約日時', '接種日時', 'starts_at', 'datetime', 'date_time'],
    required: false,
  },
  date: { label: '日付', aliases: ['日付', '予約日', '接種日', 'date'], required: false },
  time: { label: '時刻', aliases: ['時刻', '時間', '開始時刻', 'time', 'start_time'], required: false },
  slotId: { label: '枠ID', aliases: ['枠id', '予約枠id', 'slot_id', 'slot'], required: false },
  dose: { label: '回目', aliases: ['回目', '接種回数', '接種回', 'dose'], required: false },
  vaccine: { label: 'ワクチン', aliases: ['ワクチン', 'ワクチン名', 'vaccine'], required: false },
} as const;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "1", "２回目", "set", "セット" → dose and whether dose 2 comes with it. */
function parseDose(value: string): { dose: number; asSet: boolean } | null {
  if (value === '') return { dose: 1, asSet: false };
  if (/^(set|セット|セット予約|1\+2|1・2)$/i.test(value)) return { dose: 1, asSet: true };
  const match = /^([1-3])(回目)?$/.exec(value);
  return match ? { dose: Number(match[1]), asSet: false } : null;
}

interface ParsedRow {
  line: number;
  number: string;
  municipalityCode: string | null;
  dose: number;
  asSet: boolean;
  slotId: string | null;
  venueName: string | null;
  startsAt: Date | null;
  vaccineName: string | null;
}

/**
 * 一括予約: pre-assigns people to slots. Every row is judged by the booking rules of a recipient's own
 * booking (ReservationService.planBulk → decideBooking), in file order, so a slot with fewer places than
 * rows reports the rows that overflow it; the commit writes the whole file in one transaction or nothing.
 */
export class BulkBookingImport implements ImportKindHandler {
  readonly maxRows = 50_000;

  constructor(private readonly reservations: ReservationService) {}

  async analyze(em: EntityManager, site: ImportSite, file: ParsedFile): Promise<ImportAnalysis> {
    const columns = new Columns(file, SPEC);
    const errors: RowError[] = [...columns.errors];
    const hasTime = columns.has('startsAt') || (columns.has('date') && columns.has('time'));
    if (file.header && !columns.has('slotId') && !(columns.has('venue') && hasTime)) {
      errors.push({
        line: file.header.line,
        column: '会場',
        code: 'MISSING_COLUMN',
        message: 'Name the slot by 会場 (venue) and 日時 (starts_at), or by 枠ID (slot_id)',
      });
    }
    const parsed: ParsedRow[] = [];
    if (errors.length === 0) {
      for await (const record of paced(file.records)) {
        const before = errors.length;
        const bad = (key: keyof typeof SPEC, message: string) =>
          errors.push({ line: record.line, column: columns.label(key), code: 'INVALID_VALUE', message });
        const number = normalizeDigits(columns.get(record, 'number'));
        if (!isTicketNumber(number)) bad('number', 'A ticket number has exactly 10 digits');
        const rawCode = normalizeDigits(columns.get(record, 'municipalityCode'));
        if (rawCode && !isValidMunicipalityCode(rawCode))
          bad('municipalityCode', 'Not a valid municipality code');
        const dose = parseDose(columns.get(record, 'dose'));
        if (!dose) bad('dose', 'Write 1, 2, 3 or セット (set)');
        const slotId = columns.get(record, 'slotId') || null;
        let venueName: string | null = null;
        let startsAt: Date | null = null;
        if (slotId) {
          if (!isUuid(slotId)) bad('slotId', 'Not a slot id');
        } else {
          venueName = columns.get(record, 'venue') || null;
          if (!venueName) bad('venue', 'Name the venue');
          const text = columns.has('startsAt')
            ? columns.get(record, 'startsAt')
            : `${columns.get(record, 'date')} ${columns.get(record, 'time')}`;
          const local = parseCsvLocalDateTime(text);
          if (local) startsAt = fromLocal(local.date, local.minutes, site.timeZone);
          else if (ISO_WITH_OFFSET.test(text)) startsAt = new Date(text);
          else
            bad(columns.has('startsAt') ? 'startsAt' : 'date', 'Write the date and time as YYYY/MM/DD HH:MM');
        }
        if (errors.length > before) continue;
        parsed.push({
          line: record.line,
          number,
          municipalityCode: rawCode || null,
          dose: dose!.dose,
          asSet: dose!.asSet,
          slotId,
          venueName,
          startsAt,
          vaccineName: columns.get(record, 'vaccine') || null,
        });
      }
    }

    // Resolve tickets, venues and slots for the whole file: three statements.
    const tickets = await this.ticketsByNumber(em, site.id, parsed);
    const venues = await venuesOfSiteByName(em, site.id);
    const venueByName = new Map(venues.map((v) => [v.name.normalize('NFKC').trim(), v.id]));
    const slotsByKey = await this.slotsAt(em, site.id, parsed, venueByName);

    const resolved: { row: ParsedRow; booking: BulkBookingRow }[] = [];
    const seen = new Map<string, number>();
    for await (const row of paced(parsed)) {
      const fail = (key: keyof typeof SPEC, code: RowError['code'], message: string) =>
        errors.push({ line: row.line, column: columns.label(key), code, message });
      const candidates = (tickets.get(row.number) ?? []).filter(
        (t) => row.municipalityCode === null || t.municipalityCode === row.municipalityCode,
      );
      if (candidates.length === 0) {
        fail('number', 'UNKNOWN_TICKET', `Ticket ${row.number} is not registered on this site`);
        continue;
      }
      if (candidates.length > 1) {
        fail(
          'number',
          'AMBIGUOUS',
          `Ticket ${row.number} exists for several municipalities: add 市町村コード`,
        );
        continue;
      }
      let slotId = row.slotId;
      if (!slotId) {
        const venueId = venueByName.get(row.venueName!);
        if (!venueId) {
          fail('venue', 'UNKNOWN_VENUE', `No venue named ${row.venueName} on this site`);
          continue;
        }
        const slots = (slotsByKey.get(`${venueId}|${row.startsAt!.toISOString()}`) ?? []).filter(
          (s) => row.vaccineName === null || s.vaccineName.normalize('NFKC').trim() === row.vaccineName,
        );
        if (slots.length === 0) {
          fail(
            columns.has('startsAt') ? 'startsAt' : 'date',
            'UNKNOWN_SLOT',
            'No slot starts at this venue and time',
          );
          continue;
        }
        if (slots.length > 1) {
          fail('vaccine', 'AMBIGUOUS', 'Several vaccines have a slot at this time: add a ワクチン column');
          continue;
        }
        slotId = slots[0]!.id;
      }
      const ticketId = candidates[0]!.id;
      const doses = row.asSet ? [1, 2] : [row.dose];
      const earlier = doses.map((d) => seen.get(`${ticketId}|${d}`)).find((line) => line !== undefined);
      if (earlier !== undefined) {
        fail(
          'number',
          'DUPLICATE_IN_FILE',
          `Ticket ${row.number} is booked for this dose on line ${earlier} already`,
        );
        continue;
      }
      for (const d of doses) seen.set(`${ticketId}|${d}`, row.line);
      resolved.push({ row, booking: { ticketId, request: { slotId, dose: row.dose, asSet: row.asSet } } });
    }

    const bookings = resolved.map((r) => r.booking);
    const plan = await this.reservations.planBulk(em, bookings, 'BULK');
    let toWrite = 0;
    let unchanged = 0;
    plan.forEach((entry, index) => {
      const { row } = resolved[index]!;
      const timeColumn = row.slotId
        ? columns.label('slotId')
        : columns.label(columns.has('startsAt') ? 'startsAt' : 'date');
      if (entry.kind === 'book') toWrite++;
      else if (entry.kind === 'unchanged') unchanged++;
      else if (entry.code === 'SLOT_FULL' || entry.code === 'SECOND_DOSE_UNAVAILABLE') {
        errors.push({
          line: row.line,
          column: timeColumn,
          code: 'SLOT_FULL',
          message: entry.code === 'SLOT_FULL' ? 'The slot has no place left for this row' : entry.message,
          bookingCode: entry.code,
        });
      } else if (entry.code === 'SLOT_NOT_FOUND') {
        errors.push({
          line: row.line,
          column: timeColumn,
          code: 'UNKNOWN_SLOT',
          message: entry.message,
          bookingCode: entry.code,
        });
      } else {
        errors.push({
          line: row.line,
          column: columns.label('dose'),
          code: 'BOOKING_REFUSED',
          message: entry.message,
          bookingCode: entry.code,
        });
      }
    });
    errors.sort((a, b) => a.line - b.line);

    return {
      rowCount: file.records.length,
      errors,
      toWrite,
      unchanged,
      commit: async (tx, events) => {
        const outcome = await this.reservations.book(tx, { madeBy: 'BULK', rows: bookings, plan }, events);
        if (!outcome.ok) return { ok: false };
        return { ok: true, created: toWrite, unchanged };
      },
    };
  }

  private async ticketsByNumber(em: EntityManager, siteId: string, rows: ParsedRow[]) {
    const byNumber = new Map<string, { id: string; municipalityCode: string | null }[]>();
    if (rows.length === 0) return byNumber;
    for (const numbers of inChunks([...new Set(rows.map((r) => r.number))])) {
      for (const ticket of await ticketIdsByNumbers(em, siteId, numbers)) {
        let list = byNumber.get(ticket.number);
        if (!list) byNumber.set(ticket.number, (list = []));
        list.push({ id: ticket.id, municipalityCode: ticket.municipalityCode });
      }
    }
    return byNumber;
  }

  private async slotsAt(
    em: EntityManager,
    siteId: string,
    rows: ParsedRow[],
    venueByName: Map<string, string>,
  ): Promise<Map<string, { id: string; vaccineName: string }[]>> {
    const byKey = new Map<string, { id: string; vaccineName: string }[]>();
    const venueIds = new Set<string>();
    const starts = new Set<string>();
    for (const row of rows) {
      const venueId = row.venueName ? venueByName.get(row.venueName) : undefined;
      if (venueId && row.startsAt) {
        venueIds.add(venueId);
        starts.add(row.startsAt.toISOString());
      }
    }
    if (venueIds.size === 0) return byKey;
    const slots = await sql<{ id: string; venue_id: string; starts_at: string; vaccine_name: string }>(
      em,
      `select s.id, s.venue_id, s.starts_at, v.name as vaccine_name
         from slot_booking_view s join vaccine_rules_view v on v.id = s.vaccine_id
        where s.site_id = ? and s.venue_id = any(?::uuid[]) and s.starts_at = any(?::timestamptz[])`,
      [siteId, pgArray([...venueIds]), pgArray([...starts])],
    );
    for (const slot of slots) {
      const key = `${slot.venue_id}|${pgTimestamp(slot.starts_at).toISOString()}`;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ id: slot.id, vaccineName: slot.vaccine_name });
    }
    return byKey;
  }
}
