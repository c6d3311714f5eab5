/** The operations the tests call, written once so every test speaks the public contract the same way. */

export const ADMIN_LOGIN = /* GraphQL */ `
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
`;

export const RECIPIENT_LOGIN = /* GraphQL */ `
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
`;

export const REGISTER_RECIPIENT = /* GraphQL */ `
  mutation RegisterRecipient($input: RegisterRecipientInput!) {
    registerRecipient(input: $input) {
      registered
      familyNameKana
      givenNameKana
      email
      reminderOptIn
    }
  }
`;

export const CREATE_SITE = /* GraphQL */ `
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
`;

export const CREATE_ADMIN_USER = /* GraphQL */ `
  mutation CreateAdminUser($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      id
      role
      siteId
    }
  }
`;

export const CREATE_VACCINE = /* GraphQL */ `
  mutation CreateVaccine($input: CreateVaccineInput!) {
    createVaccine(input: $input) {
      id
      doses
      doseIntervalDays
    }
  }
`;

export const CREATE_VENUE = /* GraphQL */ `
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      id
      name
      vaccines {
        id
      }
    }
  }
`;

export const CREATE_SLOT = /* GraphQL */ `
  mutation CreateSlot($input: CreateSlotInput!) {
    createSlot(input: $input) {
      id
      startsAt
      capacity
      remaining
    }
  }
`;

export const GENERATE_SLOTS = /* GraphQL */ `
  mutation GenerateSlots($input: GenerateSlotsInput!) {
    generateSlots(input: $input) {
      created
      skipped
    }
  }
`;

export const CANCEL_SLOT = /* GraphQL */ `
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
`;

export const REGISTER_TICKETS = /* GraphQL */ `
  mutation RegisterTickets($input: RegisterTicketsInput!) {
    registerTickets(input: $input) {
      created
      alreadyRegistered
    }
  }
`;

export const SELF_REGISTER_TICKET = /* GraphQL */ `
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
`;

export const LOGIN_LOCKS = /* GraphQL */ `
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
`;

export const CLEAR_LOGIN_LOCK = /* GraphQL */ `
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
`;

export const AVAILABILITY = /* GraphQL */ `
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
`;

export const BOOK = /* GraphQL */ `
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
`;

export const CANCEL = /* GraphQL */ `
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
`;

export const MY_RESERVATIONS = /* GraphQL */ `
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
`;

export const SLOT_AVAILABILITY_CHANGED = /* GraphQL */ `
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
`;

export interface BookResult {
  bookReservation: {
    ok: boolean;
    error: { code: string; message: string } | null;
    reservations: {
      id: string;
      dose: number;
      status: string;
      pairId: string | null;
      slot: { id: string; startsAt: string };
    }[];
  };
}

export interface SlotAvailabilityMessage {
  slotAvailabilityChanged: {
    slotId: string;
    remaining: number;
    capacity: number;
    slot: { id: string; remaining: number };
  }[];
}

// --- Admin operations (issue 3) ---

export const IMPORT_ROW_ERROR_FIELDS = /* GraphQL */ `
  line
  column
  code
  message
  bookingCode
`;

export const PREVIEW_IMPORT = /* GraphQL */ `
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
        ${IMPORT_ROW_ERROR_FIELDS}
      }
    }
  }
`;

export const COMMIT_IMPORT = /* GraphQL */ `
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ok
      importId
      createdCount
      unchangedCount
      alreadyImported
      errors {
        ${IMPORT_ROW_ERROR_FIELDS}
      }
      error {
        code
        message
      }
    }
  }
`;

export const IMPORTS = /* GraphQL */ `
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
`;

export const ISSUED_TICKETS_FILE = /* GraphQL */ `
  query IssuedTicketsFile($importId: ID!, $encoding: CsvEncoding) {
    issuedTicketsFile(importId: $importId, encoding: $encoding) {
      filename
      contentType
      encoding
      rowCount
      base64
    }
  }
`;

export const UPDATE_SITE_SETTINGS = /* GraphQL */ `
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
`;

export const ASSIGN_STAFF_VENUES = /* GraphQL */ `
  mutation AssignStaffVenues($input: AssignStaffVenuesInput!) {
    assignStaffVenues(input: $input) {
      adminUserId
      venues {
        id
        name
      }
    }
  }
`;

export const MY_VENUES = /* GraphQL */ `
  query MyVenues {
    myVenues {
      id
      name
    }
  }
`;

export const AUDIT_LOG = /* GraphQL */ `
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
`;

export const ADMIN_RESERVATION_FIELDS = /* GraphQL */ `
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
`;

export const RESERVATIONS = /* GraphQL */ `
  query Reservations($siteId: ID!, $filter: ReservationFilter, $first: Int, $after: String) {
    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ${ADMIN_RESERVATION_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const VENUE_DAY = /* GraphQL */ `
  query VenueDay($venueId: ID!, $date: LocalDate!, $first: Int, $after: String) {
    venueDay(venueId: $venueId, date: $date, first: $first, after: $after) {
      edges {
        node {
          ${ADMIN_RESERVATION_FIELDS}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const PROXY_BOOK = /* GraphQL */ `
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
`;

export const PROXY_CANCEL = /* GraphQL */ `
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
`;

export const CANCEL_VENUE_DAY = /* GraphQL */ `
  mutation CancelVenueDay($input: CancelVenueDayInput!) {
    cancelVenueDay(input: $input) {
      cancelledReservations
      cancelledSlots
    }
  }
`;

const VENUE_ACTION_FIELDS = /* GraphQL */ `
  ok
  error {
    code
    message
  }
  reservation {
    ${ADMIN_RESERVATION_FIELDS}
  }
`;

export const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: VenueReservationInput!) {
    checkIn(input: $input) {
      ${VENUE_ACTION_FIELDS}
    }
  }
`;

export const RECORD_VACCINATION = /* GraphQL */ `
  mutation RecordVaccination($input: RecordVaccinationInput!) {
    recordVaccination(input: $input) {
      ${VENUE_ACTION_FIELDS}
    }
  }
`;

export const MARK_NO_SHOW = /* GraphQL */ `
  mutation MarkNoShow($input: VenueReservationInput!) {
    markNoShow(input: $input) {
      ${VENUE_ACTION_FIELDS}
    }
  }
`;

export const EXPORT_RESERVATIONS = /* GraphQL */ `
  query ExportReservations($input: ExportReservationsInput!) {
    exportReservations(input: $input) {
      filename
      contentType
      encoding
      rowCount
      base64
    }
  }
`;

export const EXPORT_VACCINATION_RECORDS = /* GraphQL */ `
  query ExportVaccinationRecords($input: ExportVaccinationRecordsInput!) {
    exportVaccinationRecords(input: $input) {
      filename
      contentType
      encoding
      rowCount
      base64
    }
  }
`;

export const LOGOUT = /* GraphQL */ `
  mutation Logout {
    logout
  }
`;
