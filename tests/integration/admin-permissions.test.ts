import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInputObjectType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, upload } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller, Operation, VariablesArgument } from '../testkit/graphql-client.js';
import {
  AUDIT_LOG,
  BOOK,
  COMMIT_IMPORT,
  CREATE_API_KEY,
  CREATE_VENUE,
  MY_VENUES,
  PREVIEW_IMPORT,
  PROXY_BOOK,
  REVOKE_TICKET,
  REVOKE_TICKETS,
  ROSTER,
  UPDATE_SITE_SETTINGS,
  CHANGES,
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  PING_WEBHOOK_ENDPOINT,
  REDELIVER_WEBHOOK,
  ROTATE_WEBHOOK_SECRET,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
  UPSERT_TICKETS,
  CREATE_FAQ_ENTRY,
  FAQ_COMMON_ENTRIES,
  FAQ_CONTACT,
  FAQ_SITE_ENTRIES,
  FAQ_UNANSWERED,
  REORDER_FAQ_ENTRIES,
  SET_FAQ_COMMON_ENTRY_HIDDEN,
  SET_FAQ_CONTACT,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../testkit/generated/index.js';
import {
  CAMPAIGN_CHART,
  CLOSE_SLOTS,
  CREATE_SLOTS,
  PREVIEW_SLOTS,
  REOPEN_SLOTS,
  SLOT_CALENDAR,
  UPDATE_SLOT_CAPACITY,
  UPDATE_VACCINE,
  UPDATE_VENUE,
  VENUE_BOARD,
} from '../testkit/venue-slot-operations.js';
import {
  ADD_VENUE_DOCTOR,
  EXPORT_UNLINKED_TICKETS,
  LINK_REAL_TICKET,
  REAL_TICKET_LINKS,
  REMOVE_VENUE_DOCTOR,
  UNDO_VENUE_ACTION,
  VENUE_DAY_SEARCH,
  VENUE_DAY_SUMMARY,
  VENUE_DESK_DEFAULTS,
  VENUE_DOCTORS,
} from '../testkit/records-operations.js';

/** Everything of one site that an operation could name. */
interface Fixture {
  campaign: Campaign;
  admin: Caller & { adminUserId: string };
  staff: Caller & { adminUserId: string };
  siteId: string;
  venueId: string;
  otherVenueId: string;
  vaccineId: string;
  slotId: string;
  ticketId: string;
  reservationId: string;
  uploadId: string;
  importId: string;
  issuanceImportId: string;
  /** An API key of the site (every scope) and its secret. */
  apiKeyId: string;
  apiKey: Caller;
  webhookEndpointId: string;
  webhookDeliveryId: string;
  doctorId: string;
}

/** One operation's request; the tables hold many operations, so a row keeps its document and variables untyped. */
type Attempt = [document: Operation<unknown>, variables: Record<string, unknown>];
type Call = (f: Fixture) => Attempt;

/** A table row's request, its variables checked against its document before the row forgets their types. */
function attempt<D extends Operation>(document: D, ...[variables]: VariablesArgument<D>): Attempt {
  return [document, variables ?? {}];
}

/**
 * Every query, mutation and subscription of the schema. An operation missing here fails the test, so a new
 * one gets a permission decision the day it appears. `call` names the target site's rows; `exempt` says why
 * an operation has no site to protect.
 */
const OPERATIONS: Record<string, { call: Call } | { exempt: string }> = {
  // Public or self-scoped by design.
  adminLogin: { exempt: 'logging in names no site' },
  recipientLogin: { exempt: 'logging in is throttled and proves a ticket, tested in auth.test.ts' },
  selfRegisterTicket: { exempt: 'public clinic self-registration, tested in auth.test.ts' },
  logout: { exempt: 'ends only the caller’s own session' },
  currentAdmin: { exempt: 'returns only the caller' },
  myVenues: { exempt: 'returns only the caller’s venues; checked separately below' },
  site: { exempt: 'public settings the booking page shows before login' },
  sites: { exempt: 'lists only the caller’s own site for site admins; checked in admin-sites.test.ts' },
  defaultTermsOfUse: { exempt: 'the same text for every site; names no site' },
  venues: { exempt: 'public venue list of the booking page' },
  vaccines: { exempt: 'public vaccine list of the booking page' },
  availability: { exempt: 'public free-place counts of the booking page' },
  slotAvailabilityChanged: { exempt: 'public live counts of the booking page' },

  // Recipient operations: no admin reaches them.
  me: {
    call: () =>
      attempt(
        graphql(`
          query TryMe {
            me {
              ticketNumber
            }
          }
        `),
      ),
  },
  myReservations: {
    call: () =>
      attempt(
        graphql(`
          query TryMyReservations {
            myReservations {
              id
            }
          }
        `),
      ),
  },
  bookReservation: { call: (f) => attempt(BOOK, { input: { slotId: f.slotId } }) },
  cancelReservation: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCancelReservation($id: ID!) {
            cancelReservation(input: { reservationId: $id }) {
              ok
            }
          }
        `),
        { id: f.reservationId },
      ),
  },
  registerRecipient: {
    call: () =>
      attempt(
        graphql(`
          mutation TryRegisterRecipient {
            registerRecipient(
              input: { familyNameKana: "ア", givenNameKana: "イ", password: "password-1", acceptTerms: true }
            ) {
              registered
            }
          }
        `),
      ),
  },
  setReminderOptIn: {
    call: () =>
      attempt(
        graphql(`
          mutation TrySetReminderOptIn {
            setReminderOptIn(enabled: false) {
              reminderOptIn
            }
          }
        `),
      ),
  },
  updateMyProfile: {
    call: () =>
      attempt(
        graphql(`
          mutation TryUpdateMyProfile {
            updateMyProfile(input: { email: "x@test.example" }) {
              email
            }
          }
        `),
      ),
  },

  // Admin operations.
  createSite: {
    call: () =>
      attempt(
        graphql(`
          mutation TryCreateSite {
            createSite(input: { name: "x", plan: MUNICIPAL }) {
              id
            }
          }
        `),
      ),
  },
  createAdminUser: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCreateAdminUser($siteId: ID!) {
            createAdminUser(
              input: {
                email: "intruder@test.example"
                displayName: "x"
                password: "password-123"
                role: SITE_ADMIN
                siteId: $siteId
              }
            ) {
              id
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  adminUsers: {
    call: (f) =>
      attempt(
        graphql(`
          query TryAdminUsers($siteId: ID!) {
            adminUsers(siteId: $siteId) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  updateSiteSettings: {
    call: (f) => attempt(UPDATE_SITE_SETTINGS, { input: { siteId: f.siteId, name: 'taken over' } }),
  },
  assignStaffVenues: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {
            assignStaffVenues(input: $input) {
              adminUserId
            }
          }
        `),
        { input: { adminUserId: f.staff.adminUserId, venueIds: [f.venueId] } },
      ),
  },
  createVaccine: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCreateVaccine($siteId: ID!) {
            createVaccine(input: { siteId: $siteId, name: "x", manufacturer: "x", doses: 1 }) {
              id
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  createVenue: {
    call: (f) =>
      attempt(CREATE_VENUE, { input: { siteId: f.siteId, name: 'x', address: '', vaccineIds: [] } }),
  },
  createSlot: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCreateSlot($input: CreateSlotInput!) {
            createSlot(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            venueId: f.venueId,
            vaccineId: f.vaccineId,
            startsAt: tokyoAt(9, '10:00').toISOString(),
            endsAt: tokyoAt(9, '10:30').toISOString(),
            capacity: 1,
          },
        },
      ),
  },
  generateSlots: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryGenerateSlots($input: GenerateSlotsInput!) {
            generateSlots(input: $input) {
              created
            }
          }
        `),
        {
          input: {
            venueId: f.venueId,
            vaccineId: f.vaccineId,
            fromDate: tokyoDate(10),
            toDate: tokyoDate(10),
            weekdays: [0, 1, 2, 3, 4, 5, 6],
            dayStart: '09:00',
            dayEnd: '10:00',
            slotMinutes: 30,
            capacity: 1,
          },
        },
      ),
  },
  cancelSlot: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCancelSlot($slotId: ID!) {
            cancelSlot(input: { slotId: $slotId, reason: "x" }) {
              cancelledReservations
            }
          }
        `),
        { slotId: f.slotId },
      ),
  },
  registerTickets: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryRegisterTickets($siteId: ID!) {
            registerTickets(
              input: { siteId: $siteId, tickets: [{ number: "8888888888", birthDate: "1980-01-01" }] }
            ) {
              created
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  previewImport: {
    call: (f) =>
      attempt(PREVIEW_IMPORT, { input: { siteId: f.siteId, uploadId: f.uploadId, kind: 'VALID_TICKETS' } }),
  },
  commitImport: { call: (f) => attempt(COMMIT_IMPORT, { input: { importId: f.importId } }) },
  importErrors: {
    call: (f) =>
      attempt(
        graphql(`
          query TryImportErrors($id: ID!) {
            importErrors(importId: $id) {
              totalCount
            }
          }
        `),
        { id: f.importId },
      ),
  },
  imports: {
    call: (f) =>
      attempt(
        graphql(`
          query TryImports($siteId: ID!) {
            imports(siteId: $siteId) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  issuedTicketsFile: {
    call: (f) =>
      attempt(
        graphql(`
          query TryIssuedTicketsFile($id: ID!) {
            issuedTicketsFile(importId: $id) {
              base64
            }
          }
        `),
        { id: f.issuanceImportId },
      ),
  },
  reservations: {
    call: (f) =>
      attempt(
        graphql(`
          query TryReservations($siteId: ID!) {
            reservations(siteId: $siteId) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  venueDay: {
    call: (f) =>
      attempt(
        graphql(`
          query TryVenueDay($venueId: ID!, $date: LocalDate!) {
            venueDay(venueId: $venueId, date: $date) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { venueId: f.venueId, date: tokyoDate(5) },
      ),
  },
  proxyBookReservation: {
    call: (f) => attempt(PROXY_BOOK, { input: { ticketId: f.ticketId, slotId: f.slotId } }),
  },
  changeReservation: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryChangeReservation($id: ID!, $slotId: ID!) {
            changeReservation(input: { reservationId: $id, newSlotId: $slotId }) {
              ok
            }
          }
        `),
        { id: f.reservationId, slotId: f.slotId },
      ),
  },
  proxyCancelReservation: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryProxyCancelReservation($id: ID!) {
            proxyCancelReservation(input: { reservationId: $id, reason: "x" }) {
              ok
            }
          }
        `),
        { id: f.reservationId },
      ),
  },
  cancelVenueDay: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCancelVenueDay($venueId: ID!, $date: LocalDate!) {
            cancelVenueDay(input: { venueId: $venueId, date: $date, reason: "x" }) {
              cancelledReservations
            }
          }
        `),
        { venueId: f.venueId, date: tokyoDate(5) },
      ),
  },
  checkIn: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryCheckIn($id: ID!) {
            checkIn(input: { reservationId: $id }) {
              ok
            }
          }
        `),
        { id: f.reservationId },
      ),
  },
  recordVaccination: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryRecordVaccination($id: ID!) {
            recordVaccination(input: { reservationId: $id, lotNumber: "L1", doctorName: "D" }) {
              ok
            }
          }
        `),
        { id: f.reservationId },
      ),
  },
  markNoShow: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryMarkNoShow($id: ID!) {
            markNoShow(input: { reservationId: $id }) {
              ok
            }
          }
        `),
        { id: f.reservationId },
      ),
  },
  exportReservations: {
    call: (f) =>
      attempt(
        graphql(`
          query TryExportReservations($siteId: ID!) {
            exportReservations(input: { siteId: $siteId }) {
              base64
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  exportVaccinationRecords: {
    call: (f) =>
      attempt(
        graphql(`
          query TryExportVaccinationRecords($siteId: ID!) {
            exportVaccinationRecords(input: { siteId: $siteId }) {
              base64
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  mailbox: {
    call: (f) =>
      attempt(
        graphql(`
          query TryMailbox($siteId: ID) {
            mailbox(siteId: $siteId) {
              id
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  auditLog: {
    call: (f) =>
      attempt(
        graphql(`
          query TryAuditLog($siteId: ID) {
            auditLog(siteId: $siteId) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  loginLocks: {
    call: (f) =>
      attempt(
        graphql(`
          query TryLoginLocks($siteId: ID) {
            loginLocks(siteId: $siteId) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  clearLoginLock: {
    // A lock id names its site (and ticket): the site decides, whether or not the lock exists.
    call: (f) =>
      attempt(
        graphql(`
          mutation TryClearLoginLock($id: ID!) {
            clearLoginLock(input: { id: $id }) {
              ok
            }
          }
        `),
        { id: Buffer.from(`ticket:${f.siteId}:1234567890`).toString('base64url') },
      ),
  },

  // Admin editing of venues, vaccines and slots; calendar, board, chart (issue 14). Each tried
  // further in admin-venues-slots.test.ts (staff of their own venue read the calendar and board there).
  updateVenue: { call: (f) => attempt(UPDATE_VENUE, { input: { venueId: f.venueId, name: 'taken over' } }) },
  updateVaccine: {
    call: (f) => attempt(UPDATE_VACCINE, { input: { vaccineId: f.vaccineId, name: 'taken over' } }),
  },
  updateSlotCapacity: {
    call: (f) => attempt(UPDATE_SLOT_CAPACITY, { input: { slotId: f.slotId, capacity: 99 } }),
  },
  closeSlots: { call: (f) => attempt(CLOSE_SLOTS, { input: { venueId: f.venueId } }) },
  reopenSlots: { call: (f) => attempt(REOPEN_SLOTS, { input: { slotId: f.slotId } }) },
  previewSlots: {
    call: (f) =>
      attempt(PREVIEW_SLOTS, {
        input: {
          venueId: f.venueId,
          dates: [tokyoDate(30)],
          from: '09:00',
          to: '10:00',
          intervalMinutes: 30,
          capacity: 1,
        },
      }),
  },
  createSlots: {
    call: (f) =>
      attempt(CREATE_SLOTS, {
        input: {
          venueId: f.venueId,
          dates: [tokyoDate(30)],
          from: '09:00',
          to: '10:00',
          intervalMinutes: 30,
          capacity: 1,
        },
      }),
  },
  slotCalendar: {
    call: (f) =>
      attempt(SLOT_CALENDAR, { input: { venueId: f.venueId, fromDate: tokyoDate(1), toDate: tokyoDate(7) } }),
  },
  venueBoard: { call: (f) => attempt(VENUE_BOARD, { venueId: f.venueId, date: tokyoDate(5) }) },
  campaignChart: { call: (f) => attempt(CAMPAIGN_CHART, { input: { siteId: f.siteId, weeks: 2 } }) },
  apiKeys: {
    call: (f) =>
      attempt(
        graphql(`
          query TryApiKeys($siteId: ID!) {
            apiKeys(siteId: $siteId) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  // Issue 18: forgotten passwords.
  requestPasswordReset: { exempt: 'public, same answer for every ticket; tested in password-reset.test.ts' },
  resetPasswordWithLink: { exempt: 'the mailed token is the permission; tested in password-reset.test.ts' },
  resetPasswordWithFacts: { exempt: 'throttled like a login; tested in password-reset.test.ts' },
  resetRecipientPassword: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryResetRecipientPassword($siteId: ID!) {
            resetRecipientPassword(input: { siteId: $siteId, ticketNumber: "1234567890" }) {
              ok
            }
          }
        `),
        { siteId: f.siteId },
      ),
  },
  createApiKey: {
    call: (f) =>
      attempt(CREATE_API_KEY, { input: { siteId: f.siteId, name: 'try', scopes: ['RECORDS_READ'] } }),
  },
  revokeApiKey: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryRevokeApiKey($id: ID!) {
            revokeApiKey(input: { id: $id }) {
              apiKey {
                revokedAt
              }
            }
          }
        `),
        { id: f.apiKeyId },
      ),
  },
  // HR systems (issue 13): the change feed and webhooks.
  changes: { call: (f) => attempt(CHANGES, { siteId: f.siteId }) },
  webhookEndpoints: { call: (f) => attempt(WEBHOOK_ENDPOINTS, { siteId: f.siteId }) },
  webhookDeliveries: { call: (f) => attempt(WEBHOOK_DELIVERIES, { endpointId: f.webhookEndpointId }) },
  createWebhookEndpoint: {
    call: (f) =>
      attempt(CREATE_WEBHOOK_ENDPOINT, {
        input: { siteId: f.siteId, url: 'http://127.0.0.1:9/hook', eventTypes: ['reservation.booked'] },
      }),
  },
  updateWebhookEndpoint: {
    call: (f) =>
      attempt(UPDATE_WEBHOOK_ENDPOINT, { input: { endpointId: f.webhookEndpointId, enabled: false } }),
  },
  deleteWebhookEndpoint: {
    call: (f) => attempt(DELETE_WEBHOOK_ENDPOINT, { input: { endpointId: f.webhookEndpointId } }),
  },
  pingWebhookEndpoint: {
    call: (f) => attempt(PING_WEBHOOK_ENDPOINT, { input: { endpointId: f.webhookEndpointId } }),
  },
  redeliverWebhook: {
    call: (f) => attempt(REDELIVER_WEBHOOK, { input: { deliveryId: f.webhookDeliveryId } }),
  },
  rotateWebhookSecret: {
    call: (f) =>
      attempt(ROTATE_WEBHOOK_SECRET, {
        input: { endpointId: f.webhookEndpointId, previousSecretValidHours: 24 },
      }),
  },
  // Roster (issue 13/14)
  tickets: { call: (f) => attempt(ROSTER, { siteId: f.siteId }) },
  upsertTickets: {
    call: (f) =>
      attempt(UPSERT_TICKETS, {
        input: { siteId: f.siteId, rows: [{ ticketNumber: '8888888887', birthDate: '1980-01-01' }] },
      }),
  },
  revokeTicket: { call: (f) => attempt(REVOKE_TICKET, { input: { ticketId: f.ticketId } }) },
  resendLoginInformation: {
    call: (f) =>
      attempt(
        graphql(`
          mutation TryResendLoginInformation($ticketId: ID!) {
            resendLoginInformation(input: { ticketId: $ticketId }) {
              ok
            }
          }
        `),
        { ticketId: f.ticketId },
      ),
  },
  revokeTickets: {
    call: (f) => attempt(REVOKE_TICKETS, { input: { siteId: f.siteId, ticketIds: [f.ticketId] } }),
  },
  // issue 15: real tickets, the venue day, the doctor list
  linkRealTicket: {
    call: (f) => attempt(LINK_REAL_TICKET, { input: { ticketId: f.ticketId, line: '111310160000000001' } }),
  },
  realTicketLinks: { call: (f) => attempt(REAL_TICKET_LINKS, { siteId: f.siteId }) },
  exportUnlinkedTickets: { call: (f) => attempt(EXPORT_UNLINKED_TICKETS, { input: { siteId: f.siteId } }) },
  venueDoctors: { call: (f) => attempt(VENUE_DOCTORS, { venueId: f.venueId }) },
  addVenueDoctor: { call: (f) => attempt(ADD_VENUE_DOCTOR, { input: { venueId: f.venueId, name: '某' } }) },
  removeVenueDoctor: { call: (f) => attempt(REMOVE_VENUE_DOCTOR, { input: { doctorId: f.doctorId } }) },
  venueDaySummary: { call: (f) => attempt(VENUE_DAY_SUMMARY, { venueId: f.venueId, date: tokyoDate(5) }) },
  venueDaySearch: {
    call: (f) => attempt(VENUE_DAY_SEARCH, { venueId: f.venueId, date: tokyoDate(5), query: 'ヤマダ' }),
  },
  venueDeskDefaults: { call: (f) => attempt(VENUE_DESK_DEFAULTS, { venueId: f.venueId, deskId: 'desk-1' }) },
  undoVenueAction: {
    call: (f) =>
      attempt(UNDO_VENUE_ACTION, { input: { reservationId: f.reservationId, action: 'CHECK_IN' } }),
  },
  venueDayChanged: {
    exempt:
      'a WebSocket subscription; venue-day.test.ts refuses other venues’ staff, other sites, recipients, strangers',
  },
  // FAQ assistant
  askFaq: {
    exempt: 'public: anyone asks a site’s FAQ; own bookings only for the logged-in recipient (faq.test.ts)',
  },
  faqSuggestions: { exempt: 'public suggested questions of the booking page' },
  updateFaqEntry: { exempt: 'names one entry by id; another site’s entry answers NOT_FOUND in faq.test.ts' },
  faqSiteEntries: { call: (f) => attempt(FAQ_SITE_ENTRIES, { siteId: f.siteId }) },
  faqCommonEntries: { call: (f) => attempt(FAQ_COMMON_ENTRIES, { siteId: f.siteId }) },
  faqContact: { call: (f) => attempt(FAQ_CONTACT, { siteId: f.siteId }) },
  faqUnansweredQuestions: { call: (f) => attempt(FAQ_UNANSWERED, { siteId: f.siteId }) },
  createFaqEntry: {
    call: (f) =>
      attempt(CREATE_FAQ_ENTRY, {
        input: {
          siteId: f.siteId,
          ...{
            questionJa: 'q',
            answerJa: 'a',
            keywordsJa: '',
            questionEn: 'q',
            answerEn: 'a',
            keywordsEn: '',
            link: null,
          },
        },
      }),
  },
  reorderFaqEntries: {
    call: (f) => attempt(REORDER_FAQ_ENTRIES, { input: { siteId: f.siteId, entryIds: [] } }),
  },
  setFaqCommonEntryHidden: {
    call: (f) =>
      attempt(SET_FAQ_COMMON_ENTRY_HIDDEN, { input: { siteId: f.siteId, entryId: 'cost', hidden: true } }),
  },
  setFaqContact: {
    call: (f) => attempt(SET_FAQ_CONTACT, { input: { siteId: f.siteId, contactJa: 'x', contactEn: 'x' } }),
  },
};

let server: TestServer;
let siteA: Fixture;
let siteB: Fixture;

async function fixture(): Promise<Fixture> {
  const campaign = await Campaign.create(server);
  const { createVenue } = await campaign.operator.data(CREATE_VENUE, {
    input: { siteId: campaign.site.id, name: '第二会場', address: '', vaccineIds: [campaign.vaccineId] },
  });
  const admin = await adminOf(campaign, 'SITE_ADMIN');
  // Staff of the site, but of the other venue: the fixture's venue is not theirs.
  const staff = await adminOf(campaign, 'VENUE_STAFF', [createVenue.id]);
  const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
  const [recipient] = await campaign.recipients(1);
  const { bookReservation } = await recipient!.data(BOOK, { input: { slotId } });
  const [ticket] = await server.query<{ id: string }>(
    `select id from ticket where site_id = ? and number = ?`,
    [campaign.site.id, recipient!.ticketNumber],
  );
  const ticketsFile = Buffer.from(
    csv(['接種券番号,生年月日', `${(Date.now() % 9_000_000_000) + 1_000_000_000},1980/01/01`]),
  );
  const uploaded = await upload(server, admin.token, ticketsFile);
  const { previewImport } = await admin.data(PREVIEW_IMPORT, {
    input: { siteId: campaign.site.id, uploadId: uploaded.body.uploadId!, kind: 'VALID_TICKETS' },
  });
  const issuance = await upload(server, admin.token, Buffer.from(csv(['email,count', 'a@example.jp,1'])));
  const { previewImport: issued } = await admin.data(PREVIEW_IMPORT, {
    input: { siteId: campaign.site.id, uploadId: issuance.body.uploadId!, kind: 'ISSUANCE' },
  });
  await admin.data(COMMIT_IMPORT, { input: { importId: issued.importId } });
  const { createApiKey } = await admin.data(CREATE_API_KEY, {
    input: {
      siteId: campaign.site.id,
      name: 'HR system',
      scopes: ['ROSTER_READ', 'ROSTER_WRITE', 'BOOK_ON_BEHALF', 'RECORDS_READ', 'WEBHOOKS_MANAGE'],
    },
  });
  // Nothing listens on port 9: the ping fails, and is kept in the delivery log all the same.
  const { createWebhookEndpoint } = await admin.data(CREATE_WEBHOOK_ENDPOINT, {
    input: { siteId: campaign.site.id, url: 'http://127.0.0.1:9/hook', eventTypes: ['reservation.booked'] },
  });
  const { pingWebhookEndpoint } = await admin.data(PING_WEBHOOK_ENDPOINT, {
    input: { endpointId: createWebhookEndpoint.endpoint.id },
  });
  const { addVenueDoctor } = await admin.data(ADD_VENUE_DOCTOR, {
    input: { venueId: campaign.venueId, name: '佐藤 一郎' },
  });
  return {
    doctorId: addVenueDoctor.id,
    campaign,
    admin,
    staff,
    siteId: campaign.site.id,
    venueId: campaign.venueId,
    otherVenueId: createVenue.id,
    vaccineId: campaign.vaccineId,
    slotId,
    ticketId: ticket!.id,
    reservationId: bookReservation.reservations[0]!.id,
    uploadId: uploaded.body.uploadId!,
    importId: previewImport.importId,
    issuanceImportId: issued.importId,
    apiKeyId: createApiKey.apiKey.id,
    apiKey: server.caller(createApiKey.secret),
    webhookEndpointId: createWebhookEndpoint.endpoint.id,
    webhookDeliveryId: pingWebhookEndpoint.delivery.id,
  };
}

/** Everything of a site that a write could change, as one JSON value. */
async function snapshot(siteId: string): Promise<unknown> {
  const [row] = await server.query<{ snapshot: unknown }>(
    `select json_build_object(
       'site', (select row_to_json(s) from site s where s.id = ?),
       'tickets', (select count(*) from ticket where site_id = ?),
       'venues', (select count(*) from venue where site_id = ?),
       'vaccines', (select count(*) from vaccine where site_id = ?),
       'admins', (select count(*) from admin_user where site_id = ?),
       'staffVenues', (select count(*) from admin_user_venue a join venue v on v.id = a.venue_id where v.site_id = ?),
       'slots', (select json_agg(json_build_object('id', id, 'status', status, 'reserved', reserved) order by id) from slot where site_id = ?),
       'reservations', (select json_agg(json_build_object('id', id, 'status', status, 'checkedIn', checked_in_at) order by id) from reservation where site_id = ?),
       'records', (select count(*) from vaccination_record where site_id = ?),
       'imports', (select json_agg(json_build_object('id', id, 'status', status) order by id) from import_batch where site_id = ?),
       'apiKeys', (select json_agg(json_build_object('id', id, 'revokedAt', revoked_at) order by id) from api_key where site_id = ?),
       'webhooks', (select json_agg(json_build_object('id', id, 'url', url, 'enabled', enabled, 'secret', secret, 'previousSecret', previous_secret) order by id) from webhook_endpoint where site_id = ?)
     ) as snapshot`,
    Array<string>(12).fill(siteId),
  );
  return row!.snapshot;
}

/** The operations of the committed schema (introspection is off by default, and the table follows the contract). */
function schemaOperations(): string[] {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) =>
    Object.keys(t?.getFields() ?? {}),
  );
}

beforeAll(async () => {
  server = await TestServer.start();
  [siteA, siteB] = [await fixture(), await fixture()];
});
afterAll(() => server.close());

describe('site isolation', () => {
  it('the permission table covers exactly the operations of the schema', async () => {
    const operations = schemaOperations();
    const missing = operations.filter((name) => !(name in OPERATIONS));
    const stale = Object.keys(OPERATIONS).filter((name) => !operations.includes(name));
    expect(missing, `add these operations to OPERATIONS in ${import.meta.filename}`).toEqual([]);
    expect(stale, 'these operations are gone from the schema').toEqual([]);
  });

  it('a site admin of site A cannot read or write anything of site B, whose ids answer NOT_FOUND: every query and mutation tried', async () => {
    const before = await snapshot(siteB.siteId);
    const outcomes: Record<string, string | undefined> = {};
    for (const [name, spec] of Object.entries(OPERATIONS)) {
      if (!('call' in spec)) continue;
      const [document, variables] = spec.call(siteB);
      const response = await siteA.admin.request(document, variables);
      outcomes[name] = response.errors?.[0]?.extensions?.code ?? `answered ${JSON.stringify(response.data)}`;
    }
    const refused = Object.entries(outcomes).filter(
      ([, code]) => code === 'FORBIDDEN' || code === 'NOT_FOUND',
    );
    expect(
      Object.fromEntries(Object.entries(outcomes).filter(([name]) => !refused.some(([r]) => r === name))),
    ).toEqual({});
    expect(refused.length).toBeGreaterThan(30);
    // FORBIDDEN only where the role is wrong; site B's rows answer like ids that do not exist.
    const roleDenials = ['me', 'myReservations', 'bookReservation', 'cancelReservation', 'registerRecipient'];
    roleDenials.push('setReminderOptIn', 'updateMyProfile', 'createSite');
    expect(refused.filter(([, code]) => code === 'FORBIDDEN').map(([name]) => name)).toEqual(roleDenials);
    expect(await snapshot(siteB.siteId)).toEqual(before);

    // The self-scoped list names nothing of site B either.
    const { myVenues } = await siteA.admin.data(MY_VENUES);
    expect(myVenues.map((v) => v.id).sort()).toEqual([siteA.venueId, siteA.otherVenueId].sort());
  });

  it('ids of site B smuggled into site A’s own operations are refused and write nothing', async () => {
    const before = await snapshot(siteB.siteId);
    expect(
      await siteA.admin.errorCode(PREVIEW_IMPORT, {
        input: { siteId: siteA.siteId, uploadId: siteB.uploadId, kind: 'VALID_TICKETS' },
      }),
    ).toBe('NOT_FOUND');
    const foreignSlot = await siteA.admin.data(PROXY_BOOK, {
      input: { ticketId: siteA.ticketId, slotId: siteB.slotId },
    });
    expect(foreignSlot.proxyBookReservation).toMatchObject({ ok: false, error: { code: 'SLOT_NOT_FOUND' } });
    expect(
      await siteA.admin.errorCode(
        graphql(`
          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {
            assignStaffVenues(input: $input) {
              adminUserId
            }
          }
        `),
        { input: { adminUserId: siteA.staff.adminUserId, venueIds: [siteB.venueId] } },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await siteA.admin.errorCode(CREATE_VENUE, {
        input: { siteId: siteA.siteId, name: 'x', address: '', vaccineIds: [siteB.vaccineId] },
      }),
    ).toBe('BAD_USER_INPUT');
    expect(await snapshot(siteB.siteId)).toEqual(before);
  });
});

describe('API keys', () => {
  it('a key of site A holding every scope reaches nothing of site B: its scoped operations answer NOT_FOUND, every other FORBIDDEN', async () => {
    const before = await snapshot(siteB.siteId);
    const outcomes: Record<string, string | undefined> = {};
    for (const [name, spec] of Object.entries(OPERATIONS)) {
      if (!('call' in spec)) continue;
      const [document, variables] = spec.call(siteB);
      const response = await siteA.apiKey.request(document, variables);
      outcomes[name] = response.errors?.[0]?.extensions?.code ?? `answered ${JSON.stringify(response.data)}`;
    }
    const notFound = Object.entries(outcomes)
      .filter(([, code]) => code === 'NOT_FOUND')
      .map(([name]) => name)
      .sort();
    expect(notFound).toEqual([
      'changes',
      'createWebhookEndpoint',
      'deleteWebhookEndpoint',
      'exportReservations',
      'exportVaccinationRecords',
      'pingWebhookEndpoint',
      'proxyBookReservation',
      'proxyCancelReservation',
      'redeliverWebhook',
      'registerTickets',
      'reservations',
      'revokeTicket',
      'revokeTickets',
      'rotateWebhookSecret',
      'tickets',
      'updateWebhookEndpoint',
      'upsertTickets',
      'webhookDeliveries',
      'webhookEndpoints',
    ]);
    expect(
      Object.fromEntries(
        Object.entries(outcomes).filter(([name, code]) => code !== 'FORBIDDEN' && !notFound.includes(name)),
      ),
    ).toEqual({});
    expect(await snapshot(siteB.siteId)).toEqual(before);
    expect((await upload(server, siteA.apiKey.token, Buffer.from('a,b\r\n'))).status).toBe(403);
  });
});

describe('venue staff', () => {
  it('cannot reach any admin operation, nor the venue work of a venue that is not theirs', async () => {
    const before = await snapshot(siteA.siteId);
    const outcomes: Record<string, string | undefined> = {};
    for (const [name, spec] of Object.entries(OPERATIONS)) {
      if (!('call' in spec)) continue;
      const [document, variables] = spec.call(siteA);
      const response = await siteA.staff.request(document, variables);
      outcomes[name] = response.errors?.[0]?.extensions?.code ?? `answered ${JSON.stringify(response.data)}`;
    }
    expect(Object.fromEntries(Object.entries(outcomes).filter(([, code]) => code !== 'FORBIDDEN'))).toEqual(
      {},
    );
    expect(await snapshot(siteA.siteId)).toEqual(before);
    expect((await upload(server, siteA.staff.token, Buffer.from('a,b\r\n'))).status).toBe(403);
    const { myVenues } = await siteA.staff.data(MY_VENUES);
    expect(myVenues.map((v) => v.id)).toEqual([siteA.otherVenueId]);
  });
});

describe('site settings and the audit log', () => {
  it('a site admin changes their site’s settings; the audit log keeps who, what, before and after', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const code = `tenant-${Date.now()}`;
    const { updateSiteSettings } = await admin.data(UPDATE_SITE_SETTINGS, {
      input: {
        siteId: campaign.site.id,
        code,
        name: '新しい名前',
        bookingMode: 'SET',
        cancellationCutoffHours: 48,
        bookingOpensAt: '2030-01-01T00:00:00.000Z',
        genderField: 'REQUIRED',
        phoneField: 'HIDDEN',
        emailField: 'REQUIRED',
        termsOfUse: '規約',
        mailEnabled: false,
      },
    });
    expect(updateSiteSettings).toMatchObject({
      code,
      name: '新しい名前',
      bookingMode: 'SET',
      cancellationCutoffHours: 48,
      bookingOpensAt: '2030-01-01T00:00:00.000Z',
      genderField: 'REQUIRED',
      phoneField: 'HIDDEN',
      emailField: 'REQUIRED',
      termsOfUse: '規約',
      mailEnabled: false,
      plan: 'MUNICIPAL',
    });
    const reopened = await admin.data(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, bookingOpensAt: null },
    });
    expect(reopened.updateSiteSettings).toEqual(
      expect.objectContaining({ bookingOpensAt: null, name: '新しい名前' }),
    );
    const taken = await admin.errorCode(UPDATE_SITE_SETTINGS, {
      input: { siteId: campaign.site.id, code: siteA.campaign.site.code },
    });
    expect(taken).toBe('CONFLICT');

    const { auditLog } = await admin.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'updateSiteSettings',
      first: 1,
    });
    expect(auditLog.edges).toHaveLength(1);
    expect(auditLog.edges[0]!.node).toMatchObject({
      action: 'updateSiteSettings',
      actorAdminUserId: admin.adminUserId,
      before: { name: '新しい名前', bookingOpensAt: '2030-01-01T00:00:00.000Z' },
      after: { name: '新しい名前', bookingOpensAt: null },
    });
    expect(auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await admin.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'updateSiteSettings',
      after: auditLog.pageInfo.endCursor,
    });
    expect(next.auditLog.edges.map((e) => e.node.before)).toEqual([
      expect.objectContaining({ name: 'Test campaign', mailEnabled: true }),
    ]);

    // Writes without a service entry of their own are recorded too, with their input (passwords removed).
    const all = await campaign.operator.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      first: 100,
    });
    const actions = all.auditLog.edges.map((e) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining(['createVaccine', 'createVenue', 'createAdminUser', 'updateSiteSettings']),
    );
    expect(JSON.stringify(all.auditLog.edges)).not.toContain('admin-password-1');
  });
});

/** What a list query answered: how many rows, and how many of them belong to a site other than `siteId`. */
interface Scoped {
  rows: number;
  foreign: number;
}

async function foreignOf(table: 'import_batch', ids: string[], siteId: string): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from ${table} where id = any(?::uuid[]) and site_id <> ?`,
    [`{${ids.join(',')}}`, siteId],
  );
  return row!.n;
}

/**
 * Every query that takes an optional argument, called with all of them left out. `rows` counts what it
 * answered for the caller's site `f` and how much of it belongs to another site.
 */
type ScopedList = { call: Call; scope: (data: never, f: Fixture) => Promise<Scoped> };

/** A row of the optional-scope table: `scope` reads the answer with the document's own result type. */
function scopedList<D extends Operation>(
  document: D,
  variables: (f: Fixture) => VariablesOf<D>,
  scope: (data: ResultOf<D>, f: Fixture) => Promise<Scoped>,
): ScopedList {
  return { call: (f) => [document, variables(f)], scope };
}

const OPTIONAL_SCOPE: Record<string, ScopedList | { exempt: string }> = {
  realTicketLinks: {
    exempt: 'linked only narrows the list; siteId is required and checked (real-tickets.test.ts)',
  },
  mailbox: scopedList(
    graphql(`
      query AnySiteMailbox {
        mailbox(first: 200) {
          id
          siteId
        }
      }
    `),
    () => ({}),
    async (data, f) => ({
      rows: data.mailbox.length,
      foreign: data.mailbox.filter((m) => m.siteId !== f.siteId).length,
    }),
  ),
  auditLog: scopedList(
    graphql(`
      query AnySiteAuditLog {
        auditLog(first: 500) {
          edges {
            node {
              siteId
            }
          }
        }
      }
    `),
    () => ({}),
    async (data, f) => ({
      rows: data.auditLog.edges.length,
      foreign: data.auditLog.edges.filter((e) => e.node.siteId !== f.siteId).length,
    }),
  ),
  reservations: scopedList(
    graphql(`
      query SiteReservations($siteId: ID!) {
        reservations(siteId: $siteId, first: 500) {
          edges {
            node {
              siteId
            }
          }
        }
      }
    `),
    (f) => ({ siteId: f.siteId }),
    async (data, f) => ({
      rows: data.reservations.edges.length,
      foreign: data.reservations.edges.filter((e) => e.node.siteId !== f.siteId).length,
    }),
  ),
  imports: scopedList(
    graphql(`
      query SiteImports($siteId: ID!) {
        imports(siteId: $siteId, first: 200) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    (f) => ({ siteId: f.siteId }),
    async (data, f) => ({
      rows: data.imports.edges.length,
      foreign: await foreignOf(
        'import_batch',
        data.imports.edges.map((e) => e.node.id),
        f.siteId,
      ),
    }),
  ),
  exportReservations: scopedList(
    graphql(`
      query SiteReservationsExport($siteId: ID!) {
        exportReservations(input: { siteId: $siteId }) {
          rowCount
        }
      }
    `),
    (f) => ({ siteId: f.siteId }),
    // A CSV row names no site: any row beyond the site's own reservations came from another site.
    async (data, f) => {
      const [own] = await server.query<{ n: number }>(
        `select count(*)::int as n from reservation where site_id = ?`,
        [f.siteId],
      );
      return { rows: data.exportReservations.rowCount, foreign: data.exportReservations.rowCount - own!.n };
    },
  ),
  exportVaccinationRecords: scopedList(
    graphql(`
      query SiteRecordsExport($siteId: ID!) {
        exportVaccinationRecords(input: { siteId: $siteId }) {
          rowCount
        }
      }
    `),
    (f) => ({ siteId: f.siteId }),
    async (data, f) => {
      const [own] = await server.query<{ n: number }>(
        `select count(distinct ticket_id)::int as n from vaccination_record where site_id = ?`,
        [f.siteId],
      );
      return {
        rows: data.exportVaccinationRecords.rowCount,
        foreign: data.exportVaccinationRecords.rowCount - own!.n,
      };
    },
  ),
  loginLocks: scopedList(
    graphql(`
      query AnySiteLoginLocks {
        loginLocks(first: 500) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    () => ({}),
    // Without a site it lists every site's locks and the admins' own: operator work, asserted FORBIDDEN.
    async (data) => ({
      rows: data.loginLocks.edges.length,
      foreign: data.loginLocks.edges.length,
    }),
  ),
  issuedTicketsFile: { exempt: 'names one import by id; its only optional argument is the encoding' },
  importErrors: { exempt: 'names one import by id; its optional arguments are the page size and cursor' },
  previewSlots: { exempt: 'names one venue; its optional fields shape the pattern, not the scope' },
  slotCalendar: { exempt: 'names one venue; the optional vaccine only narrows it' },
  campaignChart: { exempt: 'names one site; the optional venue only narrows it and must be of that site' },
  changes: { exempt: 'siteId is required; the optional arguments are the cursor and a type filter' },
  webhookDeliveries: { exempt: 'names one endpoint by id; its only optional argument is a status filter' },
  // Roster (issue 13/14)
  tickets: scopedList(
    ROSTER,
    (f) => ({ siteId: f.siteId, first: 500 }),
    async (data, f) => ({
      rows: data.tickets.edges.length,
      foreign: data.tickets.edges.filter((e) => e.node.siteId !== f.siteId).length,
    }),
  ),
};

describe('list queries with their optional scope left out', () => {
  it('every query with an optional argument is in the optional-scope table', () => {
    // The committed contract, since introspection is off by default.
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    const optionalInside = (type: GraphQLInputType) => {
      const named = getNamedType(type);
      return (
        isInputObjectType(named) &&
        Object.values(named.getFields()).some((field) => !isNonNullType(field.type))
      );
    };
    const paging = ['first', 'after', 'before'];
    const withOptional = Object.values(schema.getQueryType()!.getFields())
      .filter((field) =>
        field.args.some(
          (arg) => !paging.includes(arg.name) && (!isNonNullType(arg.type) || optionalInside(arg.type)),
        ),
      )
      .map((field) => field.name)
      .filter((name) => OPERATIONS[name] && 'call' in OPERATIONS[name]);
    expect(withOptional.length).toBeGreaterThan(0);
    expect(withOptional.filter((name) => !(name in OPTIONAL_SCOPE))).toEqual([]);
  });

  it('a site admin sees only their own site’s rows; staff, recipients and strangers are refused; operators answer', async () => {
    // Both sites hold a vaccination record, so an export that forgot its site would show the other's.
    for (const f of [siteA, siteB]) {
      const soon = await f.campaign.slot(new Date(Date.now() + 2 * 3600_000), 1);
      const [recipient] = await f.campaign.recipients(1);
      const { bookReservation } = await recipient!.data(BOOK, { input: { slotId: soon } });
      const { recordVaccination } = await f.admin.data(
        graphql(`
          mutation RecordVaccinationL1($id: ID!) {
            recordVaccination(input: { reservationId: $id, lotNumber: "L1", doctorName: "D" }) {
              ok
            }
          }
        `),
        { id: bookReservation.reservations[0]!.id },
      );
      expect(recordVaccination.ok).toBe(true);
    }
    const recipient = (await siteA.campaign.recipients(1))[0]!;
    const outcomes: Record<string, Record<string, unknown>> = {};
    for (const [name, spec] of Object.entries(OPTIONAL_SCOPE)) {
      if (!('call' in spec)) continue;
      const [document, variables] = spec.call(siteA);
      const outcome: Record<string, unknown> = {};
      for (const [role, caller] of [
        ['siteAdmin', siteA.admin],
        ['operator', siteA.campaign.operator],
        ['staff', siteA.staff],
        ['recipient', recipient],
        ['anonymous', server.caller()],
      ] as const) {
        const response = await caller.request(document, variables);
        const code = response.errors?.[0]?.extensions?.code;
        if (code) outcome[role] = code;
        else if (role === 'operator') outcome[role] = 'answered';
        else outcome[role] = await spec.scope(response.data as never, siteA);
      }
      outcomes[name] = outcome;
    }
    const expected = (siteAdmin: unknown) => ({
      siteAdmin,
      operator: 'answered',
      staff: 'FORBIDDEN',
      recipient: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
    });
    const ownRows = { rows: expect.any(Number) as unknown, foreign: 0 };
    expect(outcomes).toEqual({
      mailbox: expected(ownRows),
      // Without a site the audit log is platform-wide, which only operators read.
      auditLog: expected('FORBIDDEN'),
      loginLocks: expected('FORBIDDEN'),
      reservations: expected(ownRows),
      imports: expected(ownRows),
      exportReservations: expected(ownRows),
      exportVaccinationRecords: expected(ownRows),
      tickets: expected(ownRows),
    });
    // Each list held rows of site A, so "no foreign rows" was not won by an empty answer.
    for (const name of [
      'mailbox',
      'reservations',
      'imports',
      'exportReservations',
      'exportVaccinationRecords',
      'tickets',
    ])
      expect((outcomes[name]!.siteAdmin as Scoped).rows, name).toBeGreaterThan(0);
  });
});
