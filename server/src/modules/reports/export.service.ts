// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { encodeCsv } from '../../shared/csv.js';
import { isIsoDate, toLocal } from '../../shared/time.js';
import { requireSiteAdmin } from '../auth/access.js';
import { VaccineRepository } from '../vaccines/vaccine.repository.js';
import { filterValues } from '../records/records.service.js';
import type { ReservationListRepository } from './reservation-list.repository.js';
import type { ReservationFilter } from '../records/records.types.js';
import { exportFile, type CsvEncoding, type ExportFile } from './export.types.js';

const MAX_EXPORT_ROWS = 200_000;

const STATUS_JA: Record<string, string> = {
  BOOKED: '予約済',
  CANCELLED: 'キャンセル',
  VACCINATED: '接種済',
  NO_SHOW: '来場なし',
};
const MADE_BY_JA: Record<string, string> = { SELF: '本人', ADMIN: '管理者', BULK: '一括予約', API: 'API' };

function local(instant: Date | null, timeZone: string): { date: string; time: string } {
  if (!instant) return { date: '', time: '' };
  const { date, minutes } = toLocal(instant, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: date.replace(/-/g, '/'), time: `${hh}:${mm}` };
}

function stamp(instant: Date | null, timeZone: string): string {
  const { date, time } = local(instant, timeZone);
  return date ? `${date} ${time}` : '';
}

/** Characters, not bytes: the national record system counts characters. */
function cut(value: string, max: number): string {
  return [...value].slice(0, max).join('');
}

/**
 * CSV exports for Excel: UTF-8 with BOM and CRLF by default, CP932 on request, every cell that starts
 * like a formula neutralised (shared/csv.ts).
 */
export class ExportService {
  private readonly vaccines = new VaccineRepository();

  constructor(private readonly records: ReservationListRepository) {}

  async reservations(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; filter: ReservationFilter | null; encoding: CsvEncoding },
  ): Promise<ExportFile> {
    requireSiteAdmin(principal, input.siteId);
    const rows = await this.records.page(
      em,
      input.siteId,
      filterValues(input.filter),
      MAX_EXPORT_ROWS + 1,
      null,
    );
    if (rows.length > MAX_EXPORT_ROWS)
      throw badInput(`At most ${MAX_EXPORT_ROWS} rows; narrow the filter`, 'filter');
    const header = [
      '予約ID',
      '接種券番号',
      '市町村コード',
      '社員番号',
      'セイ',
      'メイ',
      '会場',
      'ワクチン',
      '接種日',
      '開始時刻',
      '回目',
      '状態',
      '予約者',
      '受付時刻',
      '予約日時',
      'キャンセル日時',
      'キャンセル理由',
      'ロット番号',
      '医師名',
    ];
    const lines = rows.map((r) => {
      const start = local(r.startsAt, r.timeZone);
      return [
        r.id,
        r.ticketNumber,
        r.municipalityCode,
        r.externalId,
        r.familyNameKana,
        r.givenNameKana,
        r.venueName,
        r.vaccineName,
        start.date,
        start.time,
        r.dose,
        STATUS_JA[r.status] ?? r.status,
        MADE_BY_JA[r.madeBy] ?? r.madeBy,
        stamp(r.checkedInAt, r.timeZone),
        stamp(r.createdAt, r.timeZone),
        stamp(r.cancelledAt, r.timeZone),
        r.cancelReason,
        r.vaccination?.lotNumber,
        r.vaccination?.doctorName,
      ];
    });
    return exportFile(
      `reservations-${input.siteId.slice(0, 8)}.csv`,
      encodeCsv([header, ...lines], input.encoding),
      input.encoding,
      lines.length,
    );
  }

  /**
   * 接種実績 in the national record system's layout: one line per ticket; ticket number (10) and municipality
   * code (6), then per dose a block of vaccination date (YYYYMMDD), record time (YYYYMMDDHHMMSS), venue
   * (≤30), doctor (≤20), manufacturer (≤20) and lot number (≤20).
   */
  async vaccinationRecords(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; fromDate: string | null; toDate: string | null; encoding: CsvEncoding },
  ): Promise<ExportFile> {
    requireSiteAdmin(principal, input.siteId);
    for (const key of ['fromDate', 'toDate'] as const) {
      if (input[key] && !isIsoDate(input[key])) throw badInput('Dates are YYYY-MM-DD', key);
    }
    const blocks = Math.max(2, (await this.vaccines.mostDoses(em, input.siteId)) ?? 2);
    const records = await this.records.vaccinations(em, input.siteId, input.fromDate, input.toDate);
    const header = ['接種券番号', '市町村コード'];
    for (let dose = 1; dose <= blocks; dose++) {
      header.push(
        `${dose}回目接種日`,
        `${dose}回目記録日時`,
        `${dose}回目接種会場`,
        `${dose}回目医師名`,
        `${dose}回目メーカー`,
        `${dose}回目ロット番号`,
      );
    }
    const lines: (string | null)[][] = [];
    let current: (string | null)[] | undefined;
    let currentTicket: string | undefined;
    for (const record of records) {
      if (record.ticket_id !== currentTicket) {
        current = [record.number, record.municipality_code ?? '', ...Array<string>(blocks * 6).fill('')];
        lines.push(current);
        currentTicket = record.ticket_id;
      }
      const offset = 2 + (record.dose - 1) * 6;
      current!.splice(
        offset,
        6,
        record.vaccinated_on,
        record.recorded_at,
        cut(record.venue_name, 30),
        cut(record.doctor_name, 20),
        cut(record.manufacturer, 20),
        cut(record.lot_number, 20),
      );
    }
    return exportFile(
      `vaccination-records-${input.siteId.slice(0, 8)}.csv`,
      encodeCsv([header, ...lines], input.encoding),
      input.encoding,
      lines.length,
    );
  }
}
