import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { SlotView } from '../slots/slot.types.js';
import {
  decideBooking,
  decideChange,
  defaultSecondDoseStart,
  type ActiveDose,
  type BookingContext,
  type BookingFacts,
  type BookingRequest,
} from './reservation.service.js';

const NOW = Date.parse('2026-07-01T00:00:00Z');
const TZ = 'Asia/Tokyo';

function slot(id: string, startsAt: string, extra: Partial<SlotView> = {}): SlotView {
  return {
    id,
    siteId: 'site',
    venueId: 'venue',
    vaccineId: 'pfizer',
    startsAt: new Date(startsAt),
    endsAt: new Date(Date.parse(startsAt) + 30 * 60_000),
    capacity: 10,
    reserved: 0,
    status: 'OPEN',
    ...extra,
  };
}

const context = (extra: Partial<BookingContext> = {}): BookingContext => ({
  siteId: 'site',
  bookingMode: 'SEPARATE',
  bookingOpensAt: null,
  timeZone: TZ,
  registered: true,
  ...extra,
});

const rule = { doses: 2, intervalDays: 21, windowDays: 7 };
// 10:00 in Tokyo on 2026-07-10.
const first = slot('s1', '2026-07-10T01:00:00Z');

function facts(extra: Partial<BookingFacts> = {}): BookingFacts {
  return { context: context(), slot: first, rule, active: [], second: undefined, ...extra };
}

const dose1: BookingRequest = { slotId: 's1', dose: 1 };
const booked = (dose: number, startsAt: string, extra: Partial<ActiveDose> = {}): ActiveDose => ({
  dose,
  slotId: `a${dose}`,
  vaccineId: 'pfizer',
  startsAt: new Date(startsAt),
  venueId: 'venue',
  ...extra,
});

function code(f: BookingFacts, request: BookingRequest = dose1, madeBy: 'SELF' | 'ADMIN' | 'BULK' = 'SELF') {
  const decision = decideBooking(f, request, madeBy, NOW);
  return decision.ok ? 'OK' : decision.result.error!.code;
}

describe('booking rules', () => {
  it('books a free open slot of the ticket’s own site as one item', () => {
    expect(decideBooking(facts(), dose1, 'SELF', NOW)).toEqual({
      ok: true,
      items: [{ slotId: 's1', dose: 1 }],
      touched: [first],
    });
  });

  it('refuses an inactive ticket, and an unregistered recipient unless an admin books for them', () => {
    expect(code(facts({ context: undefined }))).toBe('NOT_ELIGIBLE');
    expect(code(facts({ context: context({ registered: false }) }))).toBe('REGISTRATION_REQUIRED');
    expect(code(facts({ context: context({ registered: false }) }), dose1, 'ADMIN')).toBe('OK');
  });

  it('refuses a recipient before bookings open, up to the exact instant, but not an admin', () => {
    const opens = (at: number) => facts({ context: context({ bookingOpensAt: new Date(at) }) });
    expect(code(opens(NOW + 1))).toBe('NOT_OPEN_YET');
    expect(code(opens(NOW))).toBe('OK');
    expect(code(opens(NOW + 1), dose1, 'BULK')).toBe('OK');
  });

  it('refuses a slot that does not exist, belongs to another site or has no vaccine rule', () => {
    expect(code(facts({ slot: undefined }))).toBe('SLOT_NOT_FOUND');
    expect(code(facts({ slot: slot('s1', '2026-07-10T01:00:00Z', { siteId: 'other' }) }))).toBe(
      'SLOT_NOT_FOUND',
    );
    expect(code(facts({ rule: undefined }))).toBe('SLOT_NOT_FOUND');
  });

  it('refuses a cancelled slot and one that has started, up to the exact instant', () => {
    expect(code(facts({ slot: slot('s1', '2026-07-10T01:00:00Z', { status: 'CANCELLED' }) }))).toBe(
      'SLOT_UNAVAILABLE',
    );
    expect(code(facts({ slot: slot('s1', new Date(NOW).toISOString()) }))).toBe('SLOT_UNAVAILABLE');
    expect(code(facts({ slot: slot('s1', new Date(NOW + 1).toISOString()) }))).toBe('OK');
  });

  it('refuses a dose the vaccine does not have, a dose already booked, and a full slot', () => {
    expect(code(facts(), { slotId: 's1', dose: 3 })).toBe('NOT_ELIGIBLE');
    expect(code(facts({ active: [booked(1, '2026-07-03T01:00:00Z')] }))).toBe('ALREADY_BOOKED');
    expect(code(facts({ slot: slot('s1', '2026-07-10T01:00:00Z', { reserved: 10 }) }))).toBe('SLOT_FULL');
    expect(code(facts({ slot: slot('s1', '2026-07-10T01:00:00Z', { reserved: 9 }) }))).toBe('OK');
  });

  it('books dose 2 only after dose 1 of the same vaccine, within the interval and its window, by local date', () => {
    const dose2 = { slotId: 's1', dose: 2 };
    const at = (startsAt: string, extra: Partial<ActiveDose> = {}) =>
      facts({ active: [booked(1, startsAt, extra)] });
    expect(code(facts(), dose2)).toBe('NOT_ELIGIBLE');
    expect(code(at('2026-06-19T01:00:00Z', { vaccineId: 'moderna' }), dose2)).toBe('NOT_ELIGIBLE');
    expect(code(at('2026-06-20T01:00:00Z'), dose2)).toBe('INTERVAL_TOO_SHORT');
    expect(code(at('2026-06-19T01:00:00Z'), dose2)).toBe('OK');
    expect(code(at('2026-06-12T01:00:00Z'), dose2)).toBe('OK');
    expect(code(at('2026-06-11T01:00:00Z'), dose2)).toBe('INTERVAL_TOO_LONG');
    // 00:30 Tokyo on 2026-06-20 is still 2026-06-19 in UTC: 20 local days, too short.
    expect(code(at('2026-06-19T15:30:00Z'), dose2)).toBe('INTERVAL_TOO_SHORT');
  });

  it('books a set in SET mode or when asked, with dose 2 on the second slot, both touched', () => {
    const second = slot('s2', '2026-07-31T01:00:00Z');
    const set = facts({ context: context({ bookingMode: 'SET' }), second });
    expect(decideBooking(set, dose1, 'SELF', NOW)).toEqual({
      ok: true,
      items: [
        { slotId: 's1', dose: 1 },
        { slotId: 's2', dose: 2 },
      ],
      touched: [first, second],
    });
    const asked = decideBooking(facts({ second }), { ...dose1, asSet: true }, 'BULK', NOW);
    expect(asked.ok && asked.items.length).toBe(2);
    // A single-dose vaccine or a dose-2 request is never a set.
    expect(
      decideBooking(facts({ second, rule: { ...rule, doses: 1 } }), { ...dose1, asSet: true }, 'BULK', NOW),
    ).toMatchObject({
      ok: true,
      items: [{ slotId: 's1', dose: 1 }],
    });
    expect(decideBooking(facts({ second }), dose1, 'SELF', NOW)).toMatchObject({
      items: [{ slotId: 's1', dose: 1 }],
    });
  });

  it('refuses a set whose second slot is missing, cancelled, started, full, elsewhere or at the wrong interval', () => {
    const set = (second: SlotView | undefined, request: BookingRequest = dose1) =>
      code(facts({ context: context({ bookingMode: 'SET' }), second }), request);
    const at = '2026-07-31T01:00:00Z';
    expect(set(undefined)).toBe('SECOND_DOSE_UNAVAILABLE');
    expect(set(slot('s2', at, { status: 'CANCELLED' }))).toBe('SECOND_DOSE_UNAVAILABLE');
    expect(set(slot('s2', at, { reserved: 10 }))).toBe('SECOND_DOSE_UNAVAILABLE');
    expect(set(slot('s2', at, { reserved: 9 }))).toBe('OK');
    const chosen = { ...dose1, secondDoseSlotId: 's2' };
    expect(set(slot('s2', at, { venueId: 'elsewhere' }), chosen)).toBe('SECOND_DOSE_UNAVAILABLE');
    expect(set(slot('s2', at, { vaccineId: 'moderna' }), chosen)).toBe('SECOND_DOSE_UNAVAILABLE');
    expect(set(slot('s2', '2026-07-30T01:00:00Z'), chosen)).toBe('INTERVAL_TOO_SHORT');
    expect(set(slot('s2', '2026-08-08T01:00:00Z'), chosen)).toBe('INTERVAL_TOO_LONG');
    expect(set(slot('s2', '2026-08-07T01:00:00Z'), chosen)).toBe('OK');
    expect(set(undefined, chosen)).toBe('SECOND_DOSE_UNAVAILABLE');
  });

  it('refuses a set when the first slot is full, and names the limits in its messages', () => {
    const full = facts({
      context: context({ bookingMode: 'SET' }),
      slot: slot('s1', '2026-07-10T01:00:00Z', { reserved: 10 }),
      second: slot('s2', '2026-07-31T01:00:00Z'),
    });
    expect(code(full)).toBe('SLOT_FULL');
    const short = decideBooking(
      facts({ active: [booked(1, '2026-06-20T01:00:00Z')] }),
      { slotId: 's1', dose: 2 },
      'SELF',
      NOW,
    );
    expect(short.ok ? '' : short.result.error!.message).toBe('Dose 2 must be at least 21 days after dose 1');
    const long = decideBooking(
      facts({ active: [booked(1, '2026-06-01T01:00:00Z')] }),
      { slotId: 's1', dose: 2 },
      'SELF',
      NOW,
    );
    expect(long.ok ? '' : long.result.error!.message).toBe('Dose 2 must be within 28 days of dose 1');
  });

  it('explains each refusal in its message', () => {
    const message = (f: BookingFacts, request: BookingRequest = dose1) => {
      const decision = decideBooking(f, request, 'SELF', NOW);
      return decision.ok ? 'OK' : decision.result.error!.message;
    };
    const opensAt = new Date(NOW + 60_000);
    const setSite = context({ bookingMode: 'SET' });
    expect([
      message(facts({ context: undefined })),
      message(facts({ context: context({ registered: false }) })),
      message(facts({ context: context({ bookingOpensAt: opensAt }) })),
      message(facts({ slot: undefined })),
      message(facts(), { slotId: 's1', dose: 3 }),
      message(facts({ active: [booked(1, '2026-06-19T01:00:00Z')] })),
      message(facts(), { slotId: 's1', dose: 2 }),
      message(facts({ active: [booked(1, '2026-06-19T01:00:00Z', { vaccineId: 'moderna' })] }), {
        slotId: 's1',
        dose: 2,
      }),
      message(facts({ context: setSite })),
      message(facts({ slot: slot('s1', '2026-07-10T01:00:00Z', { reserved: 10 }) })),
    ]).toEqual([
      'This ticket is not active',
      'Register your profile before booking',
      `Bookings open at ${opensAt.toISOString()}`,
      'No such slot on this site',
      'This vaccine has 2 dose(s)',
      'Dose 1 is already booked',
      'Book dose 1 first',
      'Use the same vaccine as the previous dose',
      'No free slot for dose 2 at the interval; nothing was booked',
      'This slot is full',
    ]);
  });

  it('asks for the dose just before, not any earlier one, and books a later dose alone on a SET site', () => {
    const threeDoses = { ...rule, doses: 3 };
    const dose3 = { slotId: 's1', dose: 3 };
    expect(code(facts({ rule: threeDoses, active: [booked(1, '2026-06-01T01:00:00Z')] }), dose3)).toBe(
      'NOT_ELIGIBLE',
    );
    const decision = decideBooking(
      facts({
        context: context({ bookingMode: 'SET' }),
        active: [booked(1, '2026-06-19T01:00:00Z')],
        second: slot('s2', '2026-07-31T01:00:00Z'),
      }),
      { slotId: 's1', dose: 2 },
      'SELF',
      NOW,
    );
    expect(decision).toEqual({ ok: true, items: [{ slotId: 's1', dose: 2 }], touched: [first] });
  });

  it('puts the default dose 2 at the same local time exactly the interval later', () => {
    expect(defaultSecondDoseStart(first, rule, TZ).toISOString()).toBe('2026-07-31T01:00:00.000Z');
  });
});

describe('change rules (予約変更)', () => {
  // Held now: dose 1 in `old` (2026-07-05 10:00 Tokyo), asked to move to `first` (07-10 10:00).
  const old = slot('old', '2026-07-05T01:00:00Z', { reserved: 1 });
  const change = (
    f: BookingFacts,
    moving: { id: string; dose: number; slot: SlotView }[],
    newSlotId = 's1',
    madeBy: 'SELF' | 'ADMIN' = 'SELF',
  ) => decideChange({ ...f, moving }, { newSlotId, newSecondDoseSlotId: null }, madeBy, NOW);

  it('moves a single dose to a free slot, naming where it came from', () => {
    const decision = change(facts({ active: [booked(1, '2026-07-05T01:00:00Z', { slotId: 'old' })] }), [
      { id: 'r1', dose: 1, slot: old },
    ]);
    expect(decision).toEqual({
      ok: true,
      moves: [{ reservationId: 'r1', fromSlotId: 'old', toSlotId: 's1' }],
      touched: [first],
    });
  });

  it('refuses the slot the reservation already holds with SAME_SLOT', () => {
    const decision = change(facts(), [{ id: 'r1', dose: 1, slot: first }]);
    expect(decision.ok ? 'OK' : decision.result.error!.code).toBe('SAME_SLOT');
  });

  it('keeps a later dose that stays within the interval: dose 1 may not move too close to dose 2', () => {
    const dose2 = booked(2, '2026-07-28T01:00:00Z', { slotId: 'd2' });
    const decision = change(facts({ active: [booked(1, '2026-07-05T01:00:00Z'), dose2] }), [
      { id: 'r1', dose: 1, slot: old },
    ]);
    expect(decision.ok ? 'OK' : decision.result.error!.code).toBe('INTERVAL_TOO_SHORT');
  });

  it('a set moves whole, and a place its own dose 2 gives back counts as free', () => {
    const second = slot('s2', '2026-07-31T01:00:00Z', { capacity: 1, reserved: 1 });
    const heldSecond = slot('s2', '2026-07-31T01:00:00Z', { capacity: 1, reserved: 1 });
    const decision = decideChange(
      {
        ...facts({ second }),
        moving: [
          { id: 'r1', dose: 1, slot: old },
          { id: 'r2', dose: 2, slot: heldSecond },
        ],
      },
      { newSlotId: 's1', newSecondDoseSlotId: 's2' },
      'SELF',
      NOW,
    );
    // Dose 2 stays where it is (the same slot), so only dose 1 moves.
    expect(decision).toMatchObject({
      ok: true,
      moves: [{ reservationId: 'r1', fromSlotId: 'old', toSlotId: 's1' }],
    });
  });
});
