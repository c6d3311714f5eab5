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

// HR systems (issue 13): the change feed
export const CHANGES = graphql(`
  query Changes($siteId: ID!, $after: String, $first: Int, $types: [String!]) {
    changes(siteId: $siteId, after: $after, first: $first, types: $types) {
      edges {
        cursor
        node {
          eventId
          type
          occurredAt
          siteId
          ticketId
          ticketNumber
          externalId
          reservationId
          vaccinationRecordId
          slotId
          slotStartsAt
          dose
          reservationStatus
          madeBy
          cancelledBy
          reason
          vaccinatedOn
          data
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// HR systems (issue 13): webhooks
export const CREATE_WEBHOOK_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        siteId
        url
        eventTypes
        enabled
      }
    }
  }
`);

export const UPDATE_WEBHOOK_ENDPOINT = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      url
      eventTypes
      enabled
      disabledReason
      consecutiveFailures
    }
  }
`);

export const DELETE_WEBHOOK_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deleted
    }
  }
`);

export const WEBHOOK_ENDPOINTS = graphql(`
  query WebhookEndpoints($siteId: ID!) {
    webhookEndpoints(siteId: $siteId) {
      id
      url
      eventTypes
      description
      enabled
      disabledReason
      consecutiveFailures
      previousSecretExpiresAt
    }
  }
`);

export const WEBHOOK_DELIVERIES = graphql(`
  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          eventId
          eventType
          status
          attempts
          lastStatusCode
          lastError
          lastAttemptAt
          deliveredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PING_WEBHOOK_ENDPOINT = graphql(`
  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {
    pingWebhookEndpoint(input: $input) {
      ok
      statusCode
      error
      delivery {
        id
        eventType
        status
      }
    }
  }
`);

export const REDELIVER_WEBHOOK = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      id
      status
      attempts
    }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      previousSecretExpiresAt
      endpoint {
        id
        previousSecretExpiresAt
        updatedAt
      }
    }
  }
`);

// API keys (issue 13)
graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    siteId
    name
    prefix
    lastFour
    scopes
    createdAt
    createdBy
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const API_KEYS = graphql(`
  query ApiKeys($siteId: ID!, $first: Int, $after: String) {
    apiKeys(siteId: $siteId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AUDIT_ACTORS = graphql(`
  query AuditActors($siteId: ID, $action: String) {
    auditLog(siteId: $siteId, action: $action, first: 20) {
      edges {
        node {
          action
          actorAdminUserId
          actorApiKeyId
          actorName
          actorRole
          targetId
        }
      }
    }
  }
`);

export const SITE_VENUES = graphql(`
  query SiteVenues($siteCode: String!) {
    venues(siteCode: $siteCode) {
      id
      name
    }
  }
`);
// --- Changing a booking (issue 18) ---

export const CHANGE = graphql(`
  mutation Change($input: ChangeReservationInput!) {
    changeReservation(input: $input) {
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
      previousSlots {
        id
        startsAt
      }
    }
  }
`);
// admin app (issue 14): the site list, a site's admin users, the default terms
export const SITES = graphql(`
  query Sites($search: String, $first: Int!, $after: String) {
    sites(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          code
          name
          termsOfUse
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ADMIN_USERS = graphql(`
  query AdminUsers($siteId: ID!, $first: Int!, $after: String) {
    adminUsers(siteId: $siteId, first: $first, after: $after) {
      edges {
        node {
          id
          email
          role
          siteId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DEFAULT_TERMS_OF_USE = graphql(`
  query DefaultTermsOfUse {
    defaultTermsOfUse
  }
`);
// Password reset (issue 18)
export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export const RESET_PASSWORD_WITH_LINK = graphql(`
  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {
    resetPasswordWithLink(input: $input) {
      ok
      error {
        code
        message
      }
    }
  }
`);

export const RESET_PASSWORD_WITH_FACTS = graphql(`
  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {
    resetPasswordWithFacts(input: $input) {
      ok
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export const RESET_RECIPIENT_PASSWORD = graphql(`
  mutation ResetRecipientPassword($input: ResetRecipientPasswordInput!) {
    resetRecipientPassword(input: $input) {
      ok
      temporaryPassword
      error {
        code
        message
      }
    }
  }
`);

export const MAILBOX = graphql(`
  query ResetMailbox($siteId: ID) {
    mailbox(siteId: $siteId) {
      to
      subject
      text
      status
    }
  }
`);
// Roster (issue 13/14): sync, revocation and the roster query.
export const ROSTER = graphql(`
  query Roster($siteId: ID!, $first: Int, $after: String, $filter: TicketFilter) {
    tickets(siteId: $siteId, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          siteId
          number
          municipalityCode
          status
          externalId
          email
          department
          familyNameKana
          givenNameKana
          booking {
            state
            dosesBooked
            dosesVaccinated
            dosesInSeries
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UPSERT_TICKETS = graphql(`
  mutation UpsertTickets($input: UpsertTicketsInput!) {
    upsertTickets(input: $input) {
      ok
      applied
      created
      updated
      unchanged
      failed
      rows {
        index
        ticketNumber
        ticketId
        outcome
        error {
          code
          message
        }
      }
    }
  }
`);

export const REVOKE_TICKET = graphql(`
  mutation RevokeTicket($input: RevokeTicketInput!) {
    revokeTicket(input: $input) {
      revoked
      cancelledReservations
      ticket {
        id
        status
        booking {
          state
          dosesBooked
        }
      }
    }
  }
`);

export const REVOKE_TICKETS = graphql(`
  mutation RevokeTickets($input: RevokeTicketsInput!) {
    revokeTickets(input: $input) {
      revoked
      alreadyRevoked
      ticketIds
      notFound
      cancelledReservations
    }
  }
`);
// FAQ assistant
export const ASK_FAQ = graphql(`
  mutation AskFaq($input: AskFaqInput!) {
    askFaq(input: $input) {
      answered
      contact
      answer {
        text
        link
        medical
        entry {
          id
          source
          question
        }
        reservations {
          id
          dose
          startsAt
          venueName
        }
      }
      nearest {
        id
        source
        question
      }
    }
  }
`);

export const FAQ_SUGGESTIONS = graphql(`
  query FaqSuggestions($siteCode: String!, $language: FaqLanguage!) {
    faqSuggestions(siteCode: $siteCode, language: $language) {
      id
      source
      question
    }
  }
`);

export const FAQ_SITE_ENTRIES = graphql(`
  query FaqSiteEntries($siteId: ID!) {
    faqSiteEntries(siteId: $siteId) {
      id
      position
      enabled
      questionJa
      answerJa
      questionEn
      answerEn
      link
    }
  }
`);

export const FAQ_COMMON_ENTRIES = graphql(`
  query FaqCommonEntries($siteId: ID!) {
    faqCommonEntries(siteId: $siteId) {
      id
      hidden
    }
  }
`);

export const CREATE_FAQ_ENTRY = graphql(`
  mutation CreateFaqEntry($input: CreateFaqEntryInput!) {
    createFaqEntry(input: $input) {
      id
      position
      enabled
      questionJa
      link
    }
  }
`);

export const UPDATE_FAQ_ENTRY = graphql(`
  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {
    updateFaqEntry(input: $input) {
      id
      enabled
      answerJa
    }
  }
`);

export const REORDER_FAQ_ENTRIES = graphql(`
  mutation ReorderFaqEntries($input: ReorderFaqEntriesInput!) {
    reorderFaqEntries(input: $input) {
      id
      position
    }
  }
`);

export const SET_FAQ_COMMON_ENTRY_HIDDEN = graphql(`
  mutation SetFaqCommonEntryHidden($input: SetFaqCommonEntryHiddenInput!) {
    setFaqCommonEntryHidden(input: $input) {
      id
      hidden
    }
  }
`);

export const FAQ_CONTACT = graphql(`
  query FaqContact($siteId: ID!) {
    faqContact(siteId: $siteId) {
      siteId
      contactJa
      contactEn
    }
  }
`);

export const SET_FAQ_CONTACT = graphql(`
  mutation SetFaqContact($input: SetFaqContactInput!) {
    setFaqContact(input: $input) {
      siteId
      contactJa
      contactEn
    }
  }
`);

export const FAQ_UNANSWERED = graphql(`
  query FaqUnanswered($siteId: ID!, $first: Int, $after: String) {
    faqUnansweredQuestions(siteId: $siteId, first: $first, after: $after) {
      edges {
        cursor
        node {
          question
          language
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

graphql(`
  fragment ImportRowErrorPage on ImportRowErrorConnection {
    totalCount
    edges {
      cursor
      node {
        ...ImportRowErrorFields
        value
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** previewImport as a screen asks it: counts and the first page of problems only. */
export const PREVIEW_IMPORT_PAGE = graphql(`
  mutation PreviewImportPage($input: PreviewImportInput!, $first: Int) {
    previewImport(input: $input) {
      importId
      rowCount
      errorCount
      errorPage(first: $first) {
        ...ImportRowErrorPage
      }
    }
  }
`);

export const IMPORT_ERRORS = graphql(`
  query ImportErrors($importId: ID!, $first: Int, $after: String) {
    importErrors(importId: $importId, first: $first, after: $after) {
      ...ImportRowErrorPage
    }
  }
`);

export const IMPORT_HISTORY = graphql(`
  query ImportHistory($siteId: ID!) {
    imports(siteId: $siteId, first: 20) {
      edges {
        node {
          id
          kind
          status
          rowCount
          createdCount
          unchangedCount
          errorCount
          mailsQueuedCount
          uploadedBy {
            kind
            id
            name
          }
          committedBy {
            kind
            id
            name
          }
        }
      }
    }
  }
`);
