import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isTicketNumber,
  normalizeDigits,
  parseTicketLine,
  TICKET_LINE_PROBLEM_TEXT,
} from '../../shared/japanese-ids.js';
import {
  linkRealTickets,
  realTicketHolders,
  realTicketLinksByNumbers,
  type RealTicketLinkView,
} from '../tickets/real-ticket.service.js';
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
  provisionalNumber: {
    label: '仮接種券番号',
    aliases: ['仮接種券番号', '仮番号', 'provisional_number', 'provisional ticket number', 'ticket_number'],
    required: true,
  },
  line: {
    label: '接種券情報',
    aliases: ['接種券情報', '接種券OCR', 'OCR', 'QR', '18桁', 'ticket_line', 'line', 'real_ticket'],
    required: true,
  },
} as const;

interface LinkRow {
  line: number;
  ticketId: string;
  municipalityCode: string;
  realNumber: string;
}

/**
 * Links provisional tickets to real ones in bulk (provisional number, 18-digit ticket line). The whole
 * file is checked first: a bad line, an unknown ticket, a real ticket on two rows or held by another
 * ticket, a ticket already linked to another real ticket; a link already in place is left alone.
 */
export class RealTicketLinksImport implements ImportKindHandler {
  readonly maxRows = 200_000;

  async analyze(em: EntityManager, site: ImportSite, file: ParsedFile): Promise<ImportAnalysis> {
    const columns = new Columns(file, SPEC);
    const errors: RowError[] = [...columns.errors];
    const parsed: { line: number; number: string; municipalityCode: string; realNumber: string }[] = [];
    if (errors.length === 0) {
      const firstByNumber = new Map<string, number>();
      const firstByReal = new Map<string, number>();
      for await (const record of paced(file.records)) {
        const bad = (key: keyof typeof SPEC, message: string, code: RowError['code'] = 'INVALID_VALUE') =>
          errors.push({ line: record.line, column: columns.label(key), code, message });
        const before = errors.length;
        const number = normalizeDigits(columns.get(record, 'provisionalNumber'));
        if (!isTicketNumber(number)) bad('provisionalNumber', 'A ticket number has exactly 10 digits');
        const line = parseTicketLine(columns.get(record, 'line'));
        if (!line.ok) bad('line', TICKET_LINE_PROBLEM_TEXT[line.problem]);
        if (errors.length > before || !line.ok) continue;
        const real = `${line.line.municipalityCode}:${line.line.number}`;
        const sameNumber = firstByNumber.get(number);
        const sameReal = firstByReal.get(real);
        if (sameNumber !== undefined) {
          bad('provisionalNumber', `Ticket ${number} is already on line ${sameNumber}`, 'DUPLICATE_IN_FILE');
        } else if (sameReal !== undefined) {
          bad('line', `The same real ticket is already on line ${sameReal}`, 'DUPLICATE_IN_FILE');
        } else {
          firstByNumber.set(number, record.line);
          firstByReal.set(real, record.line);
          parsed.push({
            line: record.line,
            number,
            municipalityCode: line.line.municipalityCode,
            realNumber: line.line.number,
          });
        }
      }
    }

    const tickets = new Map<string, RealTicketLinkView>();
    const holders = new Map<string, RealTicketLinkView>();
    for (const chunk of inChunks(parsed)) {
      for (const t of await realTicketLinksByNumbers(
        em,
        site.id,
        chunk.map((r) => r.number),
      ))
        tickets.set(t.provisionalNumber, t);
      for (const [key, t] of await realTicketHolders(
        em,
        site.id,
        chunk.map((r) => r.realNumber),
      ))
        holders.set(key, t);
    }
    const toLink: LinkRow[] = [];
    let unchanged = 0;
    for await (const row of paced(parsed)) {
      const error = (column: keyof typeof SPEC, code: RowError['code'], message: string) =>
        errors.push({ line: row.line, column: columns.label(column), code, message });
      const ticket = tickets.get(row.number);
      if (!ticket || ticket.kind !== 'PROVISIONAL') {
        error('provisionalNumber', 'UNKNOWN_TICKET', `No provisional ticket ${row.number} on this site`);
        continue;
      }
      const holder = holders.get(`${row.municipalityCode}:${row.realNumber}`);
      if (holder && holder.ticketId !== ticket.ticketId) {
        error(
          'line',
          'ALREADY_EXISTS',
          `The real ticket ${row.municipalityCode}-${row.realNumber} is already linked to ticket ${holder.provisionalNumber}`,
        );
      } else if (holder) {
        unchanged++;
      } else if (ticket.realNumber !== null) {
        error(
          'provisionalNumber',
          'ALREADY_EXISTS',
          `Ticket ${row.number} is already linked to the real ticket ${ticket.realMunicipalityCode}-${ticket.realNumber}`,
        );
      } else {
        toLink.push({
          line: row.line,
          ticketId: ticket.ticketId,
          municipalityCode: row.municipalityCode,
          realNumber: row.realNumber,
        });
      }
    }
    errors.sort((a, b) => a.line - b.line);
    return {
      rowCount: file.records.length,
      errors,
      toWrite: toLink.length,
      unchanged,
      commit: async (tx) => {
        let linked = 0;
        for (const chunk of inChunks(toLink)) linked += await linkRealTickets(tx, site.id, chunk);
        // A ticket went away since the check: check the file again.
        if (linked !== toLink.length) return { ok: false };
        return { ok: true, created: linked, unchanged };
      },
    };
  }
}
