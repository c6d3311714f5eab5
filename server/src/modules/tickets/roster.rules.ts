import { isTicketNumber, isValidMunicipalityCode, normalizeDigits } from '../../shared/japanese-ids.js';
import { parseCsvDate } from '../../shared/csv.js';
import type { RosterRowErrorCode } from './roster.types.js';
import { latinNameQuery } from '../recipients/recipient-name.js';

/** Rows one upsertTickets call takes. */
export const MAX_SYNC_ROWS = 10_000;

// The CSV import's rule for addresses (imports/import-file.ts EMAIL).
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** A roster row as the GraphQL input gives it: an omitted optional field is undefined, a cleared one null. */
export interface RosterRowInput {
  ticketNumber: string;
  municipalityCode?: string | null;
  birthDate: string;
  externalId?: string | null;
  email?: string | null;
  department?: string | null;
}

/** A row whose shape is right; undefined fields keep what is stored. */
export interface CheckedRow {
  number: string;
  municipalityCode: string | null;
  birthDate: string;
  externalId: string | null | undefined;
  email: string | null | undefined;
  department: string | null | undefined;
}

export type RowCheck =
  { ok: true; row: CheckedRow } | { ok: false; code: RosterRowErrorCode; message: string };

/** The same rules as the CSV import of eligible tickets (valid-tickets.import.ts), for one row. */
export function checkRosterRow(input: RosterRowInput, today: string): RowCheck {
  const bad = (code: RosterRowErrorCode, message: string): RowCheck => ({ ok: false, code, message });
  const number = normalizeDigits(input.ticketNumber);
  if (!isTicketNumber(number)) return bad('INVALID_TICKET_NUMBER', 'A ticket number has exactly 10 digits');
  const code = input.municipalityCode ? normalizeDigits(input.municipalityCode) : null;
  if (code !== null && !isValidMunicipalityCode(code))
    return bad(
      'INVALID_MUNICIPALITY_CODE',
      `The municipality code ${code} is not 6 digits with a valid check digit`,
    );
  const birthDate = typeof input.birthDate === 'string' ? parseCsvDate(input.birthDate) : null;
  if (!birthDate || birthDate > today || birthDate < '1890-01-01')
    return bad('INVALID_BIRTH_DATE', 'The birth date is not a valid past date (YYYY/MM/DD or YYYY-MM-DD)');
  let externalId = input.externalId;
  if (typeof externalId === 'string') {
    externalId = externalId.trim();
    if (externalId === '' || externalId.length > 100)
      return bad('INVALID_EXTERNAL_ID', 'An external id has 1 to 100 characters');
  }
  let email = input.email;
  if (typeof email === 'string') {
    email = email.trim().toLowerCase();
    if (email === '') email = null;
    else if (!EMAIL.test(email) || email.length > 254) return bad('INVALID_EMAIL', 'Not an email address');
  }
  let department = input.department;
  if (typeof department === 'string') {
    department = department.trim();
    if (department === '') department = null;
    else if (department.length > 200) return bad('INVALID_DEPARTMENT', 'At most 200 characters');
  }
  return {
    ok: true,
    row: { number, municipalityCode: code, birthDate, externalId, email, department },
  };
}

const KATAKANA_QUERY = /^[ァ-ヶー・]+$/u;

/** What a roster search string asks for (see TicketFilter.search). */
export function classifySearch(search: string | null | undefined): {
  kanaPrefix: string | null;
  latinPrefix: string | null;
  numberPrefix: string | null;
  externalIdPrefix: string | null;
} {
  const none = { kanaPrefix: null, latinPrefix: null, numberPrefix: null, externalIdPrefix: null };
  if (!search) return none;
  const text = search.normalize('NFKC').replace(/[\s\u3000]/g, '');
  if (text === '') return none;
  // Hiragana to katakana: the same letters 0x60 further on.
  const kana = text.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  if (KATAKANA_QUERY.test(kana)) return { ...none, kanaPrefix: kana };
  const digits = normalizeDigits(text);
  if (/^[0-9]+$/.test(digits))
    return { ...none, numberPrefix: digits.length <= 10 ? digits : null, externalIdPrefix: text };
  // Letters: a name registered in Latin letters (any case), or an external id such as "abe01".
  const latin = latinNameQuery(text);
  return { ...none, latinPrefix: latin, externalIdPrefix: text };
}
