// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { encodeCsv, encodeCsvUnaltered } from '../../shared/csv.js';
import { isIsoDate, toLocal } from '../../shared/time.js';
import { requireSiteAccess } from '../auth/access.js';
import { importSiteOf } from '../sites/site.service.js';
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

/** Fields per dose in the national record layout. */
const NATIONAL_BLOCK = 8;

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
    requireSiteAccess(principal, input.siteId);
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
      '本接種券番号',
      '本接種券市町村コード',
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
        r.realNumber,
        r.realMunicipalityCode,
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
   * 接種実績 in the national record system's layout (予防接種台帳向け出力), one line per person: on a municipal
   * site the resident's address number (個別宛名番号) first, then per dose record date-time (YYYYMMDDHHMMSS),
   * vaccination date (YYYYMMDD), ticket number (10), municipality code (6), venue (≤30), doctor (≤20),
   * manufacturer (≤20) and lot number (≤20). A linked provisional ticket goes out as its real ticket; one
   * still unlinked is left out (exportUnlinkedTickets lists them). Read by machines: values go out as
   * stored, their lengths and first characters checked where they were entered.
   */
  async vaccinationRecords(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; fromDate: string | null; toDate: string | null; encoding: CsvEncoding },
  ): Promise<ExportFile> {
    requireSiteAccess(principal, input.siteId);
    for (const key of ['fromDate', 'toDate'] as const) {
      if (input[key] && !isIsoDate(input[key])) throw badInput('Dates are YYYY-MM-DD', key);
    }
    const site = await importSiteOf(em, input.siteId);
    if (!site) throw notFound('Site');
    const withAddress = site.plan === 'MUNICIPAL';
    const blocks = Math.max(2, (await this.vaccines.mostDoses(em, input.siteId)) ?? 2);
    const records = await this.records.vaccinations(em, input.siteId, input.fromDate, input.toDate);
    const lead = withAddress ? 1 : 0;
    const header = withAddress ? ['個別宛名番号'] : [];
    for (let dose = 1; dose <= blocks; dose++) {
      header.push(
        `${dose}回目記録日時`,
        `${dose}回目接種日`,
        `${dose}回目接種券番号`,
        `${dose}回目市町村コード`,
        `${dose}回目接種会場`,
        `${dose}回目医師名`,
        `${dose}回目メーカー`,
        `${dose}回目ロット番号`,
      );
    }
    const lines: string[][] = [];
    let current: string[] | undefined;
    let currentTicket: string | undefined;
    for (const record of records) {
      if (!record.linked) continue;
      if (record.ticket_id !== currentTicket) {
        current = Array<string>(lead + blocks * NATIONAL_BLOCK).fill('');
        if (withAddress) current[0] = record.address_number ?? '';
        lines.push(current);
        currentTicket = record.ticket_id;
      }
      current!.splice(
        lead + (record.dose - 1) * NATIONAL_BLOCK,
        NATIONAL_BLOCK,
        record.recorded_at,
        record.vaccinated_on,
        record.number,
        record.municipality_code ?? '',
        record.venue_name,
        record.doctor_name,
        record.manufacturer,
        record.lot_number,
      );
    }
    return exportFile(
      `vaccination-records-${input.siteId.slice(0, 8)}.csv`,
      encodeCsvUnaltered([header, ...lines], input.encoding),
      input.encoding,
      lines.length,
    );
  }
}
