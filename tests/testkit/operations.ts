/**
 * The operations the tests call, written once so every test speaks the public contract the same way;
 * `npm run codegen` types them (and the tests' inline documents) from schema.graphql into ./generated.
 */

import { graphql } from './generated/index.js';

export const ADMIN_LOGIN = graphql(`
  mutation AdminLogin($input: AdminLoginInput!) {
    adminLogin(input: $input) {
      ok
      token
      error {
        code
        message
        retryAfterSeconds
      }
      admin {
        id
        role
        siteId
      }
    }
  }
`);

export const RECIPIENT_LOGIN = graphql(`
  mutation RecipientLogin($input: RecipientLoginInput!) {
    recipientLogin(input: $input) {
      ok
      token
      registrationRequired
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export const REGISTER_RECIPIENT = graphql(`
  mutation RegisterRecipient($input: RegisterRecipientInput!) {
    registerRecipient(input: $input) {
      registered
      familyNameKana
      givenNameKana
      email
      reminderOptIn
    }
  }
`);

export const CREATE_SITE = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      code
      plan
      bookingMode
      timeZone
      cancellationCutoffHours
    }
  }
`);

export const CREATE_ADMIN_USER = graphql(`
  mutation CreateAdminUser($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      id
      role
      siteId
    }
  }
`);

export const CREATE_VACCINE = graphql(`
  mutation CreateVaccine($input: CreateVaccineInput!) {
    createVaccine(input: $input) {
      id
      doses
      doseIntervalDays
    }
  }
`);

export const CREATE_VENUE = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      id
      name
      vaccines {
        id
      }
    }
  }
`);

export const CREATE_SLOT = graphql(`
  mutation CreateSlot($input: CreateSlotInput!) {
    createSlot(input: $input) {
      id
      startsAt
      capacity
      remaining
    }
  }
`);

export const GENERATE_SLOTS = graphql(`
  mutation GenerateSlots($input: GenerateSlotsInput!) {
    generateSlots(input: $input) {
      created
      skipped
    }
  }
`);

export const CANCEL_SLOT = graphql(`
  mutation CancelSlot($input: CancelSlotInput!) {
    cancelSlot(input: $input) {
      slot {
        id
        status
        remaining
      }
      cancelledReservations
    }
  }
`);

export const REGISTER_TICKETS = graphql(`
  mutation RegisterTickets($input: RegisterTicketsInput!) {
    registerTickets(input: $input) {
      created
      alreadyRegistered
    }
  }
`);

export const SELF_REGISTER_TICKET = graphql(`
  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {
    selfRegisterTicket(input: $input) {
      ok
      message
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export const LOGIN_LOCKS = graphql(`
  query LoginLocks($siteId: ID, $first: Int, $after: String) {
    loginLocks(siteId: $siteId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          siteId
          subject
          attempts
          lockedUntil
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CLEAR_LOGIN_LOCK = graphql(`
  mutation ClearLoginLock($input: ClearLoginLockInput!) {
    clearLoginLock(input: $input) {
      ok
      lock {
        id
        kind
        subject
      }
      error {
        code
        message
      }
    }
  }
`);

export const AVAILABILITY = graphql(`
  query Availability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
      days {
        date
        capacity
        remaining
        bookable
      }
      slots {
        id
        startsAt
        endsAt
        capacity
        remaining
        status
        venue {
          id
          name
        }
        vaccine {
          id
          name
        }
      }
    }
  }
`);

export const BOOK = graphql(`
  mutation Book($input: BookReservationInput!) {
    bookReservation(input: $input) {
      ok
      error {
        code
        message
      }
      reservations {
        id
        dose
        status
        pairId
        slot {
          id
          startsAt
        }
      }
    }
  }
`);

export const CANCEL = graphql(`
  mutation Cancel($input: CancelReservationInput!) {
    cancelReservation(input: $input) {
      ok
      error {
        code
        message
      }
      cancelled {
        id
        dose
        status
      }
    }
  }
`);

export const MY_RESERVATIONS = graphql(`
  query MyReservations {
    myReservations {
      id
      dose
      status
      pairId
      slot {
        id
        startsAt
        venue {
          name
        }
        vaccine {
          name
        }
      }
    }
  }
`);

export const SLOT_AVAILABILITY_CHANGED = graphql(`
  subscription SlotAvailabilityChanged($venueId: ID!) {
    slotAvailabilityChanged(venueId: $venueId) {
      slotId
      remaining
      capacity
      slot {
        id
        remaining
      }
    }
  }
`);

// --- Admin operations (issue 3) ---

// A fragment: codegen puts it into every generated document that spreads it.
graphql(`
  fragment ImportRowErrorFields on ImportRowError {
    line
    column
    code
    message
    bookingCode
  }
`);

export const PREVIEW_IMPORT = graphql(`
  mutation PreviewImport($input: PreviewImportInput!) {
    previewImport(input: $input) {
      importId
      kind
      status
      encoding
      rowCount
      writableCount
      unchangedCount
      errorCount
      alreadyImported
      errors {
        ...ImportRowErrorFields
      }
    }
  }
`);

export const COMMIT_IMPORT = graphql(`
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ok
      importId
      createdCount
      unchangedCount
      alreadyImported
      errors {
        ...ImportRowErrorFields
      }
      error {
        code
        message
      }
    }
  }
`);

export const IMPORTS = graphql(`
  query Imports($siteId: ID!, $kind: ImportKind, $first: Int, $after: String) {
    imports(siteId: $siteId, kind: $kind, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          status
          rowCount
          createdCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ISSUED_TICKETS_FILE = graphql(`
  query IssuedTicketsFile($importId: ID!, $encoding: CsvEncoding) {
    issuedTicketsFile(importId: $importId, encoding: $encoding) {
      filename
      contentType
      encoding
      rowCount
      base64
    }
  }
`);

export const UPDATE_SITE_SETTINGS = graphql(`
  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {
    updateSiteSettings(input: $input) {
      id
      code
      name
      plan
      bookingMode
      cancellationCutoffHours
      bookingOpensAt
      genderField
      phoneField
      emailField
      termsOfUse
      mailEnabled
      timeZone
    }
  }
`);

export const ASSIGN_STAFF_VENUES = graphql(`
  mutation AssignStaffVenues($input: AssignStaffVenuesInput!) {
    assignStaffVenues(input: $input) {
      adminUserId
      venues {
        id
        name
      }
    }
  }
`);

export const MY_VENUES = graphql(`
  query MyVenues {
    myVenues {
      id
      name
    }
  }
`);

export const AUDIT_LOG = graphql(`
  query AuditLog($siteId: ID, $action: String, $first: Int, $after: String) {
    auditLog(siteId: $siteId, action: $action, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          siteId
          actorAdminUserId
          actorName
          actorRole
          action
          targetType
          targetId
          before
          after
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// A fragment: codegen puts it into every generated document that spreads it.
graphql(`
  fragment AdminReservationFields on AdminReservation {
    id
    dose
    status
    madeBy
    pairId
    cancelReason
    checkedInAt
    ticketNumber
    familyNameKana
    givenNameKana
    slotId
    startsAt
    venueId
    venueName
    vaccination {
      vaccinatedOn
      lotNumber
      doctorName
    }
  }
`);

export const RESERVATIONS = graphql(`
  query Reservations($siteId: ID!, $filter: ReservationFilter, $first: Int, $after: String) {
    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AdminReservationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VENUE_DAY = graphql(`
  query VenueDay($venueId: ID!, $date: LocalDate!, $first: Int, $after: String) {
    venueDay(venueId: $venueId, date: $date, first: $first, after: $after) {
      edges {
        node {
          ...AdminReservationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PROXY_BOOK = graphql(`
  mutation ProxyBook($input: ProxyBookReservationInput!) {
    proxyBookReservation(input: $input) {
      ok
      error {
        code
        message
      }
      reservations {
        id
        dose
        madeBy
        pairId
      }
    }
  }
`);

export const PROXY_CANCEL = graphql(`
  mutation ProxyCancel($input: ProxyCancelReservationInput!) {
    proxyCancelReservation(input: $input) {
      ok
      error {
        code
        message
      }
      cancelled {
        id
        status
        cancelReason
      }
    }
  }
`);

export const CANCEL_VENUE_DAY = graphql(`
  mutation CancelVenueDay($input: CancelVenueDayInput!) {
    cancelVenueDay(input: $input) {
      cancelledReservations
      cancelledSlots
    }
  }
`);

// A fragment: codegen puts it into every generated document that spreads it.
graphql(`
  fragment VenueActionFields on VenueActionResult {
    ok
    error {
      code
      message
    }
    reservation {
      ...AdminReservationFields
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckIn($input: VenueReservationInput!) {
    checkIn(input: $input) {
      ...VenueActionFields
    }
  }
`);

export const RECORD_VACCINATION = graphql(`
  mutation RecordVaccination($input: RecordVaccinationInput!) {
    recordVaccination(input: $input) {
      ...VenueActionFields
    }
  }
`);

export const MARK_NO_SHOW = graphql(`
  mutation MarkNoShow($input: VenueReservationInput!) {
    markNoShow(input: $input) {
      ...VenueActionFields
    }
  }
`);

export const EXPORT_RESERVATIONS = graphql(`
  query ExportReservations($input: ExportReservationsInput!) {
    exportReservations(input: $input) {
      filename
      contentType
      encoding
      rowCount
      base64
    }
  }
`);

export const EXPORT_VACCINATION_RECORDS = graphql(`
  query ExportVaccinationRecords($input: ExportVaccinationRecordsInput!) {
    exportVaccinationRecords(input: $input) {
      filename
      contentType
      encoding
      rowCount
      base64
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
