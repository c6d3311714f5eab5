import { addDays, fromLocal, localDateOf } from '../../server/src/shared/time.js';
import type { Caller } from './graphql-client.js';
import {
  CREATE_SITE,
  CREATE_SLOT,
  CREATE_VACCINE,
  CREATE_VENUE,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
  REGISTER_TICKETS,
} from './operations.js';
import type { TestServer } from './server.js';

export const TIME_ZONE = 'Asia/Tokyo';
export const BIRTH_DATE = '1980-05-05';

/** The instant `days` from today at `hh:mm` on the Tokyo wall clock. */
export function tokyoAt(days: number, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return fromLocal(addDays(localDateOf(new Date(), TIME_ZONE), days), h * 60 + m, TIME_ZONE);
}

/**
 * A start later today in the site's time zone (the venue day's date) that has not begun: an hour from now, or
 * halfway to midnight when that is nearer. Within two minutes of midnight it waits for the new day (at most
 * two minutes) rather than give a start that falls on tomorrow — which "now + 1 hour" did every evening after
 * 23:00 in Tokyo (14:00 UTC).
 */
export async function laterToday(): Promise<Date> {
  for (;;) {
    const now = Date.now();
    const left = tokyoAt(1, '00:00').getTime() - now;
    if (left > 120_000) return new Date(now + Math.min(3600_000, Math.floor(left / 2)));
    await new Promise((resolve) => setTimeout(resolve, left + 1000));
  }
}

export function tokyoDate(days: number): string {
  return addDays(localDateOf(new Date(), TIME_ZONE), days);
}

export interface CampaignOptions {
  plan?: 'MUNICIPAL' | 'WORKPLACE' | 'CLINIC';
  bookingMode?: 'SEPARATE' | 'SET';
  cancellationCutoffHours?: number;
  bookingOpensAt?: string;
  mailEnabled?: boolean;
  intervalDays?: number;
  windowDays?: number;
  /** Display names, for pages a person (or a screenshot) reads */
  siteName?: string;
  venueName?: string;
  vaccineName?: string;
}

let ticketSerial = 0;

/**
 * The seed chain: a site with one vaccine and one venue, built through the public API by an operator.
 * Each test builds its own, so test files never share rows.
 */
export class Campaign {
  private constructor(
    readonly server: TestServer,
    readonly operator: Caller,
    readonly site: { id: string; code: string },
    readonly vaccineId: string,
    readonly venueId: string,
  ) {}

  static async create(server: TestServer, options: CampaignOptions = {}): Promise<Campaign> {
    const operator = await server.operator();
    const { createSite } = await operator.data(CREATE_SITE, {
      input: {
        name: options.siteName ?? 'Test campaign',
        plan: options.plan ?? 'MUNICIPAL',
        bookingMode: options.bookingMode ?? 'SEPARATE',
        cancellationCutoffHours: options.cancellationCutoffHours ?? 24,
        bookingOpensAt: options.bookingOpensAt ?? null,
        emailField: 'OPTIONAL',
        mailEnabled: options.mailEnabled ?? true,
      },
    });
    const { createVaccine } = await operator.data(CREATE_VACCINE, {
      input: {
        siteId: createSite.id,
        name: options.vaccineName ?? 'ファイザー',
        manufacturer: 'ファイザー',
        doses: 2,
        doseIntervalDays: options.intervalDays ?? 21,
        intervalWindowDays: options.windowDays ?? 14,
      },
    });
    const { createVenue } = await operator.data(CREATE_VENUE, {
      input: {
        siteId: createSite.id,
        name: options.venueName ?? '市民会館',
        address: '',
        vaccineIds: [createVaccine.id],
      },
    });
    return new Campaign(server, operator, createSite, createVaccine.id, createVenue.id);
  }

  async slot(startsAt: Date, capacity: number, minutes = 30): Promise<string> {
    const { createSlot } = await this.operator.data(CREATE_SLOT, {
      input: {
        venueId: this.venueId,
        vaccineId: this.vaccineId,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
        capacity,
      },
    });
    return createSlot.id;
  }

  /** Registers `count` fresh ticket numbers as eligible and returns them. */
  async tickets(count: number): Promise<string[]> {
    const numbers = Array.from({ length: count }, () => String(1_000_000_000 + ++ticketSerial));
    for (let i = 0; i < numbers.length; i += 1000) {
      await this.operator.data(REGISTER_TICKETS, {
        input: {
          siteId: this.site.id,
          kind: 'REAL',
          tickets: numbers.slice(i, i + 1000).map((number) => ({ number, birthDate: BIRTH_DATE })),
        },
      });
    }
    return numbers;
  }

  /** Logs a ticket in with its birth date (first login). */
  async login(ticketNumber: string): Promise<Caller> {
    const { recipientLogin } = await this.server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: this.site.code, ticketNumber, birthDate: BIRTH_DATE },
    });
    if (!recipientLogin.ok) throw new Error(`login failed: ${JSON.stringify(recipientLogin.error)}`);
    return this.server.caller(recipientLogin.token);
  }

  /** A logged-in, registered recipient ready to book. */
  async recipient(ticketNumber?: string): Promise<Caller & { ticketNumber: string }> {
    const number = ticketNumber ?? (await this.tickets(1))[0]!;
    const caller = await this.login(number);
    await caller.data(REGISTER_RECIPIENT, {
      input: {
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        password: 'recipient-pass-1',
        acceptTerms: true,
      },
    });
    return Object.assign(caller, { ticketNumber: number });
  }

  async recipients(count: number): Promise<(Caller & { ticketNumber: string })[]> {
    const numbers = await this.tickets(count);
    const result: (Caller & { ticketNumber: string })[] = [];
    // Registration hashes a password; a few at a time keeps two cores busy without starving the server.
    for (let i = 0; i < numbers.length; i += 8) {
      result.push(...(await Promise.all(numbers.slice(i, i + 8).map((n) => this.recipient(n)))));
    }
    return result;
  }
}
