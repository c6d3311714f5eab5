import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCsvDate } from '../../shared/csv.js';
import { isTicketNumber, isValidMunicipalityCode, normalizeDigits } from '../../shared/japanese-ids.js';
import {
  Columns,
  inChunks,
  paced,
  EMAIL,
  type ImportAnalysis,
  type ImportKindHandler,
  type ImportSite,
  type ParsedFile,
  type RowError,
} from './import-file.js';
import {
  insertImportedTickets,
  ticketsByNumbers,
  ticketsHoldingExternalIds,
} from '../tickets/ticket.service.js';
import { fillTicketAddressNumbers, ticketAddressNumbers } from '../tickets/real-ticket.service.js';

const SPEC = {
  number: {
    label: '接種券番号',
    aliases: ['接種券番号', '券番号', 'ticket_number', 'ticket number', 'number'],
    required: true,
  },
  birthDate: {
    label: '生年月日',
    aliases: ['生年月日', 'birth_date', 'birthdate', 'date_of_birth'],
    required: true,
  },
  municipalityCode: {
    label: '市町村コード',
    aliases: ['市町村コード', '自治体コード', 'municipality_code'],
    required: false,
  },
  externalId: {
    label: '社員番号',
    aliases: ['社員番号', '従業員番号', '職員番号', '学籍番号', 'employee_id', 'external_id'],
    required: false,
  },
  email: {
    label: 'メールアドレス',
    aliases: ['メールアドレス', 'メール', 'email', 'e-mail', 'mail'],
    required: false,
  },
  // issue 15: municipal sites bring the resident's address number for the national record export.
  addressNumber: {
    label: '個別宛名番号',
    aliases: ['個別宛名番号', '宛名番号', 'address_number'],
    required: false,
  },
} as const;

interface TicketRow {
  number: string;
  birthDate: string;
  municipalityCode: string | null;
  externalId: string | null;
  email: string | null;
  addressNumber: string | null;
}

/**
 * 有効接種券登録: eligible tickets from a roster. A ticket already registered with the same data is left
 * alone (re-import is a no-op); one registered with other data is an error, never silently changed.
 */
export class ValidTicketsImport implements ImportKindHandler {
  readonly maxRows = 200_000;

  async analyze(em: EntityManager, site: ImportSite, file: ParsedFile): Promise<ImportAnalysis> {
    const columns = new Columns(file, SPEC);
    const errors: RowError[] = [...columns.errors];
    const rows: (TicketRow & { line: number })[] = [];
    if (errors.length === 0) {
      const today = new Date().toISOString().slice(0, 10);
      const firstLineOf = new Map<string, number>();
      const externalIdLine = new Map<string, number>();
      for await (const record of paced(file.records)) {
        const bad = (key: keyof typeof SPEC, message: string, code: RowError['code'] = 'INVALID_VALUE') =>
          errors.push({ line: record.line, column: columns.label(key), code, message });
        const before = errors.length;
        const number = normalizeDigits(columns.get(record, 'number'));
        if (!isTicketNumber(number)) bad('number', 'A ticket number has exactly 10 digits');
        const birthDate = parseCsvDate(columns.get(record, 'birthDate'));
        if (!birthDate || birthDate > today || birthDate < '1890-01-01')
          bad('birthDate', 'Not a valid past date (YYYY/MM/DD or YYYY-MM-DD)');
        const rawCode = normalizeDigits(columns.get(record, 'municipalityCode'));
        const municipalityCode = rawCode === '' ? null : rawCode;
        if (municipalityCode !== null && !isValidMunicipalityCode(municipalityCode))
          bad(
            'municipalityCode',
            `The municipality code ${municipalityCode} is not 6 digits with a valid check digit`,
          );
        const externalId = columns.get(record, 'externalId') || null;
        if (externalId && externalId.length > 100) bad('externalId', 'At most 100 characters');
        const email = columns.get(record, 'email').toLowerCase() || null;
        if (email && (!EMAIL.test(email) || email.length > 254)) bad('email', 'Not an email address');
        const addressNumber = normalizeDigits(columns.get(record, 'addressNumber')) || null;
        if (addressNumber && !/^[0-9]{1,15}$/.test(addressNumber))
          bad('addressNumber', 'An address number (個別宛名番号) has 1 to 15 digits');
        if (errors.length > before) continue;
        const key = `${municipalityCode ?? ''}:${number}`;
        const first = firstLineOf.get(key);
        if (first !== undefined) {
          bad('number', `Ticket ${number} is already on line ${first}`, 'DUPLICATE_IN_FILE');
          continue;
        }
        firstLineOf.set(key, record.line);
        // External ids are unique per site (migration 20261203101000).
        const otherLine = externalId ? externalIdLine.get(externalId) : undefined;
        if (otherLine !== undefined) {
          bad(
            'externalId',
            `The employee id ${externalId} is already on line ${otherLine}`,
            'DUPLICATE_IN_FILE',
          );
          continue;
        }
        if (externalId) externalIdLine.set(externalId, record.line);
        rows.push({
          line: record.line,
          number,
          birthDate: birthDate!,
          municipalityCode,
          externalId,
          email,
          addressNumber,
        });
      }
    }

    const existing = await this.existing(em, site.id, rows);
    const heldExternalIds = await this.heldExternalIds(em, site.id, rows);
    const addressNumbers = await this.addressNumbers(em, site.id, rows);
    const toInsert: TicketRow[] = [];
    let unchanged = 0;
    for await (const row of paced(rows)) {
      const found = existing.get(`${row.municipalityCode ?? ''}:${row.number}`);
      const storedAddress = addressNumbers.get(`${row.municipalityCode ?? ''}:${row.number}`);
      if (!found && row.externalId && heldExternalIds.has(row.externalId)) {
        errors.push({
          line: row.line,
          column: columns.label('externalId'),
          code: 'ALREADY_EXISTS',
          message: `The employee id ${row.externalId} belongs to another ticket of the site`,
        });
      } else if (!found) {
        toInsert.push(row);
      } else if (row.addressNumber && storedAddress && storedAddress !== row.addressNumber) {
        errors.push({
          line: row.line,
          column: columns.label('addressNumber'),
          code: 'ALREADY_EXISTS',
          message: `Ticket ${row.number} is already registered with another address number`,
        });
      } else if (
        found.birthDate === row.birthDate &&
        found.email === row.email &&
        found.externalId === row.externalId
      ) {
        unchanged++;
      } else {
        errors.push({
          line: row.line,
          column: columns.label('number'),
          code: 'ALREADY_EXISTS',
          message: `Ticket ${row.number} is already registered with other data (birth date, email or employee id)`,
        });
      }
    }
    errors.sort((a, b) => a.line - b.line);
    const kind = site.plan === 'WORKPLACE' ? 'PROVISIONAL' : 'REAL';
    return {
      rowCount: file.records.length,
      errors,
      toWrite: toInsert.length,
      unchanged,
      commit: async (tx, events) => {
        const inserted: string[] = [];
        for (const chunk of inChunks(toInsert)) {
          inserted.push(...(await insertImportedTickets(tx, site.id, kind, chunk)));
        }
        // Someone registered one of these tickets since the check: check the file again.
        if (inserted.length !== toInsert.length) return { ok: false };
        // One event per new ticket, so the change feed and webhooks list the roster completely.
        const at = new Date().toISOString();
        // One call each: a spread of 200,000 arguments would overflow the stack.
        for (const ticketId of inserted)
          events.record({ type: 'ticket.issued', ticketId, siteId: site.id, at });
        for (const chunk of inChunks(rows.filter((r) => r.addressNumber !== null))) {
          await fillTicketAddressNumbers(
            tx,
            site.id,
            chunk.map((r) => ({
              number: r.number,
              municipalityCode: r.municipalityCode,
              addressNumber: r.addressNumber!,
            })),
          );
        }
        return { ok: true, created: toInsert.length, unchanged };
      },
    };
  }

  private async heldExternalIds(em: EntityManager, siteId: string, rows: TicketRow[]): Promise<Set<string>> {
    const held = new Set<string>();
    const ids = [...new Set(rows.flatMap((r) => (r.externalId ? [r.externalId] : [])))];
    for (const chunk of inChunks(ids)) {
      for (const holder of await ticketsHoldingExternalIds(em, siteId, chunk)) held.add(holder.externalId);
    }
    return held;
  }

  /** Address numbers already stored for the file's tickets that bring one. */
  private async addressNumbers(em: EntityManager, siteId: string, rows: TicketRow[]) {
    const found = new Map<string, string | null>();
    const numbers = [...new Set(rows.filter((r) => r.addressNumber !== null).map((r) => r.number))];
    for (const chunk of inChunks(numbers)) {
      for (const [key, value] of await ticketAddressNumbers(em, siteId, chunk)) found.set(key, value);
    }
    return found;
  }

  private async existing(em: EntityManager, siteId: string, rows: TicketRow[]) {
    const found = new Map<string, { birthDate: string; email: string | null; externalId: string | null }>();
    if (rows.length === 0) return found;
    for (const numbers of inChunks([...new Set(rows.map((r) => r.number))])) {
      const existing = await ticketsByNumbers(em, siteId, numbers);
      for (const row of existing) {
        found.set(row.key, { birthDate: row.birth_date, email: row.email, externalId: row.external_id });
      }
    }
    return found;
  }
}
