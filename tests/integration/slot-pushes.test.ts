import { readFileSync } from 'node:fs';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  BOOK,
  CANCEL,
  CANCEL_SLOT,
  CANCEL_VENUE_DAY,
  CHANGE,
  PROXY_BOOK,
  PROXY_CANCEL,
  REVOKE_TICKET,
  REVOKE_TICKETS,
  SLOT_AVAILABILITY_CHANGED,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { CLOSE_SLOTS, REOPEN_SLOTS, UPDATE_SLOT_CAPACITY } from '../testkit/venue-slot-operations.js';

/**
 * Every mutation of the public schema is either driven here and must reach a live subscriber as the slot's
 * new count, or is named with the reason it never changes a slot's free places. A mutation added to the
 * schema without an entry fails the first test, so a write that forgets its live push cannot land unseen.
 */
interface Fixture {
  server: TestServer;
  campaign: Campaign;
  admin: Caller;
  /** A new slot on a day of its own (so a venue-day cancellation touches only it). */
  freshSlot(capacity: number): Promise<{ slotId: string; day: number }>;
  ticketIdOf(ticketNumber: string): Promise<string>;
}

/**
 * Runs the mutation; returns the slot whose count must be pushed and the free places it must show. A
 * scenario that prepares the slot first awaits `pushed` with the count before the mutation, so only a push
 * made after the mutation can satisfy the test.
 */
type Scenario = (
  fixture: Fixture,
  pushed: (slotId: string, remaining: number) => Promise<void>,
) => Promise<{ slotId: string; remaining: number }>;

const bookedBy = async (fixture: Fixture, slotId: string) => {
  const [recipient] = await fixture.campaign.recipients(1);
  const { bookReservation } = await recipient!.data(BOOK, { input: { slotId } });
  expect(bookReservation.ok).toBe(true);
  return { recipient: recipient!, reservationId: bookReservation.reservations[0]!.id };
};

const MUTATIONS: Record<string, Scenario | { noChange: string }> = {
  changeReservation: async (fixture, pushed) => {
    const { slotId: from } = await fixture.freshSlot(5);
    const { slotId } = await fixture.freshSlot(5);
    const { recipient, reservationId } = await bookedBy(fixture, from);
    await pushed(from, 4);
    const { changeReservation } = await recipient.data(CHANGE, {
      input: { reservationId, newSlotId: slotId },
    });
    expect(changeReservation.ok).toBe(true);
    return { slotId, remaining: 4 };
  },
  bookReservation: async (fixture) => {
    const { slotId } = await fixture.freshSlot(5);
    await bookedBy(fixture, slotId);
    return { slotId, remaining: 4 };
  },
  cancelReservation: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    const { recipient, reservationId } = await bookedBy(fixture, slotId);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 3);
    const { cancelReservation } = await recipient.data(CANCEL, {
      input: { reservationId },
    });
    expect(cancelReservation.ok).toBe(true);
    return { slotId, remaining: 4 };
  },
  proxyBookReservation: async (fixture) => {
    const { slotId } = await fixture.freshSlot(5);
    const [ticketNumber] = await fixture.campaign.tickets(1);
    const { proxyBookReservation } = await fixture.admin.data(PROXY_BOOK, {
      input: { ticketId: await fixture.ticketIdOf(ticketNumber!), slotId },
    });
    expect(proxyBookReservation.ok).toBe(true);
    return { slotId, remaining: 4 };
  },
  proxyCancelReservation: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    const { reservationId } = await bookedBy(fixture, slotId);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 3);
    const { proxyCancelReservation } = await fixture.admin.data(PROXY_CANCEL, {
      input: { reservationId, reason: '本人から電話' },
    });
    expect(proxyCancelReservation.ok).toBe(true);
    return { slotId, remaining: 4 };
  },
  cancelSlot: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 4);
    const { cancelSlot } = await fixture.admin.data(CANCEL_SLOT, {
      input: { slotId, reason: '休診' },
    });
    expect(cancelSlot.slot.status).toBe('CANCELLED');
    return { slotId, remaining: 0 };
  },
  cancelVenueDay: async (fixture, pushed) => {
    const { slotId, day } = await fixture.freshSlot(5);
    await bookedBy(fixture, slotId);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 3);
    const { cancelVenueDay } = await fixture.admin.data(CANCEL_VENUE_DAY, {
      input: { venueId: fixture.campaign.venueId, date: tokyoDate(day), reason: '停電', closeSlots: false },
    });
    expect(cancelVenueDay.cancelledReservations).toBe(2);
    return { slotId, remaining: 5 };
  },
  commitImport: async (fixture) => {
    const { slotId, day } = await fixture.freshSlot(5);
    const numbers = await fixture.campaign.tickets(2);
    const bulk = await importFile(
      fixture.server,
      fixture.admin,
      fixture.campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv(['接種券番号,会場,日時,回目', ...numbers.map((n) => `${n},市民会館,${tokyoDate(day)} 09:00,1`)]),
      ),
    );
    expect(await bulk.commit()).toMatchObject({ ok: true, createdCount: 2 });
    return { slotId, remaining: 3 };
  },
  previewImport: { noChange: 'checks a file and writes nothing but the preview' },
  checkIn: { noChange: 'the place stays taken by the person checked in' },
  markNoShow: { noChange: 'a no-show keeps the place: the slot has already begun and is not bookable' },
  recordVaccination: { noChange: 'the place stays taken by the person vaccinated' },
  createSlot: {
    noChange: 'adds a slot; no existing slot’s free places change (the availability query lists it)',
  },
  generateSlots: { noChange: 'adds slots; no existing slot’s free places change' },
  createSite: { noChange: 'no slots' },
  createVenue: { noChange: 'no slots' },
  createVaccine: { noChange: 'no slots' },
  updateSiteSettings: { noChange: 'opening date and rules; capacity and reservations untouched' },
  createAdminUser: { noChange: 'accounts only' },
  assignStaffVenues: { noChange: 'accounts only' },
  adminLogin: { noChange: 'sessions only' },
  recipientLogin: { noChange: 'sessions only' },
  logout: { noChange: 'sessions only' },
  clearLoginLock: { noChange: 'login throttles only' },
  registerTickets: { noChange: 'tickets only' },
  selfRegisterTicket: { noChange: 'tickets only' },
  registerRecipient: { noChange: 'a profile only' },
  updateMyProfile: { noChange: 'a profile only' },
  setReminderOptIn: { noChange: 'a profile only' },
  // Admin editing (issue 14)
  updateSlotCapacity: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 4);
    const { updateSlotCapacity } = await fixture.admin.data(UPDATE_SLOT_CAPACITY, {
      input: { slotId, capacity: 8 },
    });
    expect(updateSlotCapacity.ok).toBe(true);
    return { slotId, remaining: 7 };
  },
  closeSlots: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 4);
    const { closeSlots } = await fixture.admin.data(CLOSE_SLOTS, { input: { slotId } });
    expect(closeSlots.slots).toHaveLength(1);
    return { slotId, remaining: 0 };
  },
  reopenSlots: async (fixture, pushed) => {
    const { slotId, day } = await fixture.freshSlot(5);
    await bookedBy(fixture, slotId);
    await fixture.admin.data(CLOSE_SLOTS, {
      input: { venueId: fixture.campaign.venueId, date: tokyoDate(day) },
    });
    await pushed(slotId, 0);
    const { reopenSlots } = await fixture.admin.data(REOPEN_SLOTS, {
      input: { venueId: fixture.campaign.venueId, date: tokyoDate(day) },
    });
    expect(reopenSlots.slots).toHaveLength(1);
    return { slotId, remaining: 4 };
  },
  createSlots: { noChange: 'adds slots; no existing slot’s free places change' },
  updateVenue: { noChange: 'a venue’s name, address and access note only' },
  updateVaccine: { noChange: 'a vaccine’s names and dose rule; capacity and reservations untouched' },
  createApiKey: { noChange: 'API keys only' },
  revokeApiKey: { noChange: 'API keys only' },
  // HR webhooks (issue 13)
  createWebhookEndpoint: { noChange: 'webhook endpoints only' },
  updateWebhookEndpoint: { noChange: 'webhook endpoints only' },
  deleteWebhookEndpoint: { noChange: 'webhook endpoints only' },
  pingWebhookEndpoint: { noChange: 'sends a test message; writes its delivery log only' },
  redeliverWebhook: { noChange: 'queues a delivery again; webhook deliveries only' },
  rotateWebhookSecret: { noChange: 'replaces an endpoint’s signing secret; webhook endpoints only' },
  requestPasswordReset: { noChange: 'a reset link and its mail only' },
  resendLoginInformation: { noChange: 'a mail with the login information (and a reset link) only' },
  resetPasswordWithLink: { noChange: 'a password and sessions only' },
  resetPasswordWithFacts: { noChange: 'a password and sessions only' },
  resetRecipientPassword: { noChange: 'a password and sessions only' },
  // Roster (issue 13/14)
  upsertTickets: { noChange: 'tickets only' },
  revokeTicket: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    const { recipient } = await bookedBy(fixture, slotId);
    await pushed(slotId, 4);
    const { revokeTicket } = await fixture.admin.data(REVOKE_TICKET, {
      input: { ticketId: await fixture.ticketIdOf(recipient.ticketNumber) },
    });
    expect(revokeTicket.cancelledReservations).toBe(1);
    return { slotId, remaining: 5 };
  },
  revokeTickets: async (fixture, pushed) => {
    const { slotId } = await fixture.freshSlot(5);
    const { recipient } = await bookedBy(fixture, slotId);
    await bookedBy(fixture, slotId);
    await pushed(slotId, 3);
    const { revokeTickets } = await fixture.admin.data(REVOKE_TICKETS, {
      input: { siteId: fixture.campaign.site.id, ticketNumbers: [recipient.ticketNumber] },
    });
    expect(revokeTickets.cancelledReservations).toBe(1);
    return { slotId, remaining: 4 };
  },
  // issue 15
  linkRealTicket: { noChange: 'tickets only' },
  addVenueDoctor: { noChange: 'a venue’s doctor list only' },
  removeVenueDoctor: { noChange: 'a venue’s doctor list only' },
  undoVenueAction: { noChange: 'the place stays taken: check-in, no-show and vaccination all keep it' },
  askFaq: { noChange: 'FAQ answers and unanswered-question counts only' },
  createFaqEntry: { noChange: 'FAQ entries only' },
  updateFaqEntry: { noChange: 'FAQ entries only' },
  reorderFaqEntries: { noChange: 'FAQ entries only' },
  setFaqCommonEntryHidden: { noChange: 'FAQ entries only' },
  setFaqContact: { noChange: 'the FAQ contact only' },
};

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const schemaMutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

let server: TestServer;
let fixture: Fixture;
beforeAll(async () => {
  server = await TestServer.start({ availabilityCoalesceMs: 30 });
  const campaign = await Campaign.create(server);
  const admin = await adminOf(campaign, 'SITE_ADMIN');
  let day = 10;
  fixture = {
    server,
    campaign,
    admin,
    async freshSlot(capacity) {
      const slotDay = day++;
      return { slotId: await campaign.slot(tokyoAt(slotDay, '09:00'), capacity), day: slotDay };
    },
    async ticketIdOf(ticketNumber) {
      const [ticket] = await server.query<{ id: string }>(
        `select id from ticket where site_id = ? and number = ?`,
        [campaign.site.id, ticketNumber],
      );
      return ticket!.id;
    },
  };
});
afterAll(() => server.close());

describe('live counts after every mutation that changes a slot’s free places', () => {
  it('every mutation of the schema is in the table, and the table names no mutation the schema lacks', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(schemaMutations);
  });

  for (const name of schemaMutations) {
    const entry = MUTATIONS[name];
    if (!entry || !(entry instanceof Function)) continue;
    it(`${name} reaches a subscriber of the venue as the slot’s new count, equal to the database`, async () => {
      const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
        venueId: fixture.campaign.venueId,
      });
      await server.waitForSubscribers(1);
      const shows =
        (slotId: string, remaining: number, from: number) =>
        (messages: ResultOf<typeof SLOT_AVAILABILITY_CHANGED>[]) =>
          messages
            .slice(from)
            .some((m) =>
              m.slotAvailabilityChanged.some((u) => u.slotId === slotId && u.remaining === remaining),
            );
      let from = 0;
      const { slotId, remaining } = await entry(fixture, async (preparedSlotId, preparedRemaining) => {
        await subscription.waitFor(shows(preparedSlotId, preparedRemaining, 0));
        await server.app.services.availability.settle();
        from = subscription.messages.length;
      });
      await subscription.waitFor(shows(slotId, remaining, from));
      const [row] = await server.query<{ remaining: number }>(
        `select case when status = 'OPEN' then capacity - reserved else 0 end as remaining from slot where id = ?`,
        [slotId],
      );
      expect(row!.remaining).toBe(remaining);
      await subscription.close();
    });
  }
});
