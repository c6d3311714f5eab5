import { z } from 'zod';

/** The tablet's desk id, kept in localStorage so the desk's last manufacturer and lot come back. */
const DESK_KEY = 'vr.admin.deskId';

export function readDeskId(): string {
  try {
    return localStorage.getItem(DESK_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeDeskId(deskId: string): void {
  try {
    localStorage.setItem(DESK_KEY, deskId);
  } catch {
    // Storage unavailable: the desk id lives for this page only.
  }
}

/** The national record's rule for what staff type: at most `max` characters, no formula prefix. */
const recordText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((v) => !/^[=+\-@]/.test(v), 'formula');

export const vaccinationSchema = z.object({
  doctorId: z.string().min(1, 'required'),
  // Empty: the vaccine's manufacturer (the server's default).
  manufacturer: z
    .string()
    .trim()
    .max(20, 'tooLong')
    .refine((v) => !/^[=+\-@]/.test(v), 'formula'),
  lotNumber: recordText(20),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'time'),
});

export type VaccinationValues = z.infer<typeof vaccinationSchema>;

/** The site's wall clock (sites run on Japan time) for a date and HH:MM, as an instant. */
export function instantAt(date: string, time: string): string {
  return new Date(`${date}T${time}:00+09:00`).toISOString();
}

export const SITE_TIME_ZONE = 'Asia/Tokyo';

export function todayInSite(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE }).format(new Date());
}

export function nowInSite(): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: SITE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date());
}

export function clockOf(instant: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: SITE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}
