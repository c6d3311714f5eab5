import { toLocal } from '../../../ui/dates';

/** "2026/12/03 09:30" on the site's wall clock, the one way the admin tables write a moment; '' for null. */
export function siteDateTime(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  const local = toLocal(instant, timeZone);
  return `${local.date.replaceAll('-', '/')} ${local.time}`;
}

/** Saves an ExportFile (base64 bytes) under its suggested name, as a browser download. */
export function downloadExport(file: { base64: string; contentType: string; filename: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The first instant (00:00) of a local date on the site's wall clock. */
export function startOfSiteDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const local = toLocal(guess, timeZone);
  const shownAsUtc = Date.parse(`${local.date}T${local.time}:00Z`);
  return new Date(guess.getTime() - (shownAsUtc - guess.getTime()));
}

/** The last minute (23:59) of a local date on the site's wall clock, as an instant. */
export function endOfSiteDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T23:59:00Z`);
  const local = toLocal(guess, timeZone);
  const shownAsUtc = Date.parse(`${local.date}T${local.time}:00Z`);
  return new Date(guess.getTime() - (shownAsUtc - guess.getTime()));
}

const AUDIT_ROLES = ['OPERATOR', 'SITE_ADMIN', 'VENUE_STAFF', 'API_KEY'] as const;
type AuditRole = (typeof AUDIT_ROLES)[number];

/** The audit log's actor role as a message key, or null for a role the app has no words for. */
export function auditRoleKey(role: string): `audit.role.${AuditRole}` | null {
  return (AUDIT_ROLES as readonly string[]).includes(role) ? `audit.role.${role as AuditRole}` : null;
}
