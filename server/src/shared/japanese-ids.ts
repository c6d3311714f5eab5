/** Rules for the numbers printed on Japanese vaccination tickets (see docs/domain.md). */
import { badInput } from './errors.js';

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Excel rosters often carry full-width digits and stray spaces or hyphens. */
export function normalizeDigits(value: string): string {
  return value
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-－ー]/g, '');
}

export function isTicketNumber(value: string): boolean {
  return /^[0-9]{10}$/.test(value);
}

/** 市町村コード check digit: s = 6a+5b+4c+3d+2e; r = s mod 11; check = (11 − r) mod 10. */
export function municipalityCheckDigit(fiveDigits: string): number {
  if (!/^[0-9]{5}$/.test(fiveDigits)) throw new Error('municipality code body must be 5 digits');
  const sum = [...fiveDigits].reduce((acc, digit, index) => acc + Number(digit) * (6 - index), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidMunicipalityCode(value: string): boolean {
  return /^[0-9]{6}$/.test(value) && municipalityCheckDigit(value.slice(0, 5)) === Number(value[5]);
}

/** What the 18-digit line printed on a ticket (OCR text and QR code) carries. */
export interface TicketLine {
  type: string;
  dose: string;
  municipalityCode: string;
  number: string;
}

export type TicketLineProblem = 'LENGTH' | 'NOT_DIGITS' | 'MUNICIPALITY_CHECK_DIGIT';

/**
 * Reads the ticket's line: type (1) + dose (1) + municipality code (6, with its check digit) + number (10).
 * Full-width digits (NFKC) and the spaces or hyphens of a typed or pasted line are accepted.
 */
export function parseTicketLine(
  raw: string,
): { ok: true; line: TicketLine } | { ok: false; problem: TicketLineProblem } {
  const value = raw.normalize('NFKC').replace(/[\s\-－ー]/g, '');
  if (!/^[0-9]*$/.test(value)) return { ok: false, problem: 'NOT_DIGITS' };
  if (value.length !== 18) return { ok: false, problem: 'LENGTH' };
  const municipalityCode = value.slice(2, 8);
  if (!isValidMunicipalityCode(municipalityCode)) return { ok: false, problem: 'MUNICIPALITY_CHECK_DIGIT' };
  return {
    ok: true,
    line: { type: value[0]!, dose: value[1]!, municipalityCode, number: value.slice(8) },
  };
}

export const TICKET_LINE_PROBLEM_TEXT: Record<TicketLineProblem, string> = {
  LENGTH: 'The ticket line has exactly 18 digits',
  NOT_DIGITS: 'The ticket line holds digits only',
  MUNICIPALITY_CHECK_DIGIT: 'The municipality code in the ticket line has a wrong check digit',
};

/**
 * A text field of the national record layout (venue, doctor, manufacturer, lot): at most `max` characters
 * (code points, as the record system counts), and never starting like a formula, since that file is read by
 * machines and is exported unaltered. Undefined when fine, else the reason.
 */
export function recordFieldProblem(value: string, max: number): string | undefined {
  const length = [...value].length;
  if (length === 0) return 'Required';
  if (length > max) return `At most ${max} characters (this has ${length})`;
  if (/^[=+\-@]/.test(value)) return 'May not start with =, +, - or @';
  return undefined;
}

/** `recordFieldProblem` as a domain error naming the field; the value comes back trimmed. */
export function requireRecordField(value: string, max: number, field: string): string {
  const trimmed = value.trim();
  const problem = recordFieldProblem(trimmed, max);
  if (problem) throw badInput(`${field}: ${problem}`, field);
  return trimmed;
}
