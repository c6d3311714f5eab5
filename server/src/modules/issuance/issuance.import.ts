import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCsvDate } from '../../shared/csv.js';
import { normalizeDigits } from '../../shared/japanese-ids.js';
import { hashPassword, passwordCostOf } from '../../shared/password.js';
import {
  Columns,
  paced,
  EMAIL,
  type ImportAnalysis,
  type ImportKindHandler,
  type ImportSite,
  type ParsedFile,
  type RowError,
} from '../imports/import-file.js';
import { insertProvisionalTickets, ticketNumbersTaken } from '../tickets/ticket.service.js';
import type { IssuedTicket } from './issuance.events.js';
import type { IssuanceService } from './issuance.service.js';
import { newInitialPassword, newProvisionalNumber } from './provisional-number.js';

const SPEC = {
  email: {
    label: 'メールアドレス',
    aliases: ['メールアドレス', 'メール', 'email', 'e-mail', 'mail'],
    required: false,
  },
  count: {
    label: '枚数',
    aliases: ['枚数', '発行枚数', '人数', 'count', 'tickets', 'number_of_tickets'],
    required: true,
  },
  birthDate: { label: '生年月日', aliases: ['生年月日', 'birth_date', 'birthdate'], required: false },
} as const;

/** Issued tickets carry this birth date unless the file gives one; they log in with the initial password only. */
export const ISSUED_BIRTH_DATE = '1900-01-01';
const MAX_PER_ROW = 100;
const MAX_PER_FILE = 5_000;

/**
 * 仮接種券発行: for each row (email, count) the system issues `count` provisional tickets with unique
 * check-digit numbers and initial passwords, and keeps the uploaded CSV with one line per ticket and the
 * number and password appended, encrypted. Rows without an email still get tickets (for printing).
 */
export class IssuanceImport implements ImportKindHandler {
  readonly maxRows = MAX_PER_FILE;

  constructor(private readonly issuance: IssuanceService) {}

  async analyze(_em: EntityManager, site: ImportSite, file: ParsedFile): Promise<ImportAnalysis> {
    const columns = new Columns(file, SPEC);
    const errors: RowError[] = [...columns.errors];
    const rows: { cells: string[]; count: number; email: string | null; birthDate: string }[] = [];
    let total = 0;
    if (errors.length === 0) {
      const today = new Date().toISOString().slice(0, 10);
      for await (const record of paced(file.records)) {
        const before = errors.length;
        const bad = (key: keyof typeof SPEC, message: string) =>
          errors.push({ line: record.line, column: columns.label(key), code: 'INVALID_VALUE', message });
        const countText = normalizeDigits(columns.get(record, 'count'));
        const count = /^[0-9]{1,4}$/.test(countText) ? Number(countText) : NaN;
        if (!(count >= 1 && count <= MAX_PER_ROW))
          bad('count', `Write a number of tickets from 1 to ${MAX_PER_ROW}`);
        const email = columns.get(record, 'email').toLowerCase() || null;
        if (email && (!EMAIL.test(email) || email.length > 254)) bad('email', 'Not an email address');
        const rawBirthDate = columns.get(record, 'birthDate');
        const birthDate = rawBirthDate ? parseCsvDate(rawBirthDate) : ISSUED_BIRTH_DATE;
        if (!birthDate || birthDate > today) bad('birthDate', 'Not a valid past date');
        if (errors.length > before) continue;
        total += count;
        rows.push({ cells: record.cells, count, email, birthDate: birthDate! });
      }
      if (total > MAX_PER_FILE) {
        errors.push({
          line: file.header!.line,
          column: columns.label('count'),
          code: 'TOO_MANY_ROWS',
          message: `One file issues at most ${MAX_PER_FILE} tickets; this one asks for ${total}`,
        });
      }
    }
    const english = /^[\x20-\x7e]*$/.test(columns.label('count'));
    const width = file.header?.cells.length ?? 0;
    return {
      rowCount: file.records.length,
      errors,
      toWrite: total,
      unchanged: 0,
      commit: async (tx, events) => {
        const wanted = rows.flatMap((row) =>
          Array.from({ length: row.count }, () => ({ row, password: newInitialPassword() })),
        );
        const numbers = await this.freeNumbers(tx, site.id, wanted.length);
        const hashes: string[] = [];
        // argon2 runs on libuv's thread pool; a few at a time keeps the two cores busy.
        const cost = passwordCostOf(this.issuance.config);
        for (let i = 0; i < wanted.length; i += 8) {
          hashes.push(
            ...(await Promise.all(wanted.slice(i, i + 8).map((w) => hashPassword(w.password, cost)))),
          );
        }
        const inserted = await insertProvisionalTickets(
          tx,
          site.id,
          wanted.map((w, i) => ({
            number: numbers[i]!,
            birthDate: w.row.birthDate,
            email: w.row.email,
            passwordHash: hashes[i]!,
          })),
        );
        if (inserted.length !== wanted.length) return { ok: false };
        const idByNumber = new Map(inserted.map((t) => [t.number, t.id]));
        const tickets: IssuedTicket[] = wanted.map((w, i) => ({
          ticketId: idByNumber.get(numbers[i]!)!,
          siteId: site.id,
          ticketNumber: numbers[i]!,
          email: w.row.email,
          initialPassword: w.password,
        }));
        for (const listener of this.issuance.listeners) await listener.ticketsIssued(tx, tickets);
        const at = new Date().toISOString();
        events.record(
          ...tickets.map((t) => ({
            type: 'ticket.issued' as const,
            ticketId: t.ticketId,
            siteId: t.siteId,
            at,
          })),
        );

        const header = [
          ...(file.header?.cells ?? []),
          english ? 'issued_ticket_number' : '発行接種券番号',
          english ? 'initial_password' : '初期パスワード',
        ];
        const lines = wanted.map((w, i) => {
          const cells = Array.from({ length: width }, (_, c) => w.row.cells[c] ?? '');
          return [...cells, numbers[i]!, w.password];
        });
        // Kept as UTF-8 text without neutralising; the download encodes (and neutralises) it.
        const text = [header, ...lines].map((cells) => cells.map(quote).join(',')).join('\r\n');
        return {
          ok: true,
          created: tickets.length,
          unchanged: 0,
          resultFile: await this.issuance.encrypt(Buffer.from(text, 'utf8')),
        };
      },
    };
  }

  /** `count` new numbers that no ticket of the site has; collisions (rare) are drawn again. */
  private async freeNumbers(em: EntityManager, siteId: string, count: number): Promise<string[]> {
    const chosen = new Set<string>();
    for (;;) {
      const freshSet = new Set<string>();
      while (chosen.size + freshSet.size < count) {
        const candidate = newProvisionalNumber();
        if (!chosen.has(candidate)) freshSet.add(candidate);
      }
      const fresh = [...freshSet];
      if (fresh.length === 0) return [...chosen];
      const takenSet = await ticketNumbersTaken(em, siteId, fresh);
      for (const number of fresh) if (!takenSet.has(number)) chosen.add(number);
    }
  }
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
