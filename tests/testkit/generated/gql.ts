/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Site($code: String!) { site(code: $code) { id name } }": typeof types.SiteDocument,
    "query SchemaRoot { __schema { queryType { name } } }": typeof types.SchemaRootDocument,
    "mutation CommitImportById($id: ID!) { commitImport(input: { importId: $id }) { ok } }": typeof types.CommitImportByIdDocument,
    "query MyTicket { me { ticketNumber registered } }": typeof types.MyTicketDocument,
    "query AvailabilityOfNothing { availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") { days { date } } }": typeof types.AvailabilityOfNothingDocument,
    "query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n          availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n            days { date remaining bookable } slots { id remaining venue { name } vaccine { name } }\n          }\n        }": typeof types.AvailabilityFromAprilDocument,
    "query VenuesOfS0003 { venues(siteCode: \"S0003\") { id } }": typeof types.VenuesOfS0003Document,
    "query VenuesOfS0001 { venues(siteCode: \"S0001\") { id } }": typeof types.VenuesOfS0001Document,
    "query VaccinesOfS0001 { vaccines(siteCode: \"S0001\") { id } }": typeof types.VaccinesOfS0001Document,
    "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n": typeof types.CountsDocument,
    "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n": typeof types.DetailedDocument,
    "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n": typeof types.OptionalDocument,
    "mutation CancelSlotClinicClosed($slotId: ID!) { cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) { cancelledReservations } }": typeof types.CancelSlotClinicClosedDocument,
    "query MyReservationIds { myReservations { id } }": typeof types.MyReservationIdsDocument,
    "query Mailbox($siteId: ID) { mailbox(siteId: $siteId) { to subject text status transport } }": typeof types.MailboxDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n": typeof types.SetReminderOptInDocument,
    "query MyEmail { me { email } }": typeof types.MyEmailDocument,
    "\n  mutation AdminLogin($input: AdminLoginInput!) {\n    adminLogin(input: $input) {\n      ok\n      token\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n      admin {\n        id\n        role\n        siteId\n      }\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RecipientLoginDocument,
    "\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n": typeof types.RegisterRecipientDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      code\n      plan\n      bookingMode\n      timeZone\n      cancellationCutoffHours\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n      siteId\n    }\n  }\n": typeof types.CreateAdminUserDocument,
    "\n  mutation CreateVaccine($input: CreateVaccineInput!) {\n    createVaccine(input: $input) {\n      id\n      doses\n      doseIntervalDays\n    }\n  }\n": typeof types.CreateVaccineDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      name\n      vaccines {\n        id\n      }\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation CreateSlot($input: CreateSlotInput!) {\n    createSlot(input: $input) {\n      id\n      startsAt\n      capacity\n      remaining\n    }\n  }\n": typeof types.CreateSlotDocument,
    "\n  mutation GenerateSlots($input: GenerateSlotsInput!) {\n    generateSlots(input: $input) {\n      created\n      skipped\n    }\n  }\n": typeof types.GenerateSlotsDocument,
    "\n  mutation CancelSlot($input: CancelSlotInput!) {\n    cancelSlot(input: $input) {\n      slot {\n        id\n        status\n        remaining\n      }\n      cancelledReservations\n    }\n  }\n": typeof types.CancelSlotDocument,
    "\n  mutation RegisterTickets($input: RegisterTicketsInput!) {\n    registerTickets(input: $input) {\n      created\n      alreadyRegistered\n    }\n  }\n": typeof types.RegisterTicketsDocument,
    "\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SelfRegisterTicketDocument,
    "\n  query LoginLocks($siteId: ID, $first: Int, $after: String) {\n    loginLocks(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          siteId\n          subject\n          attempts\n          lockedUntil\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LoginLocksDocument,
    "\n  mutation ClearLoginLock($input: ClearLoginLockInput!) {\n    clearLoginLock(input: $input) {\n      ok\n      lock {\n        id\n        kind\n        subject\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ClearLoginLockDocument,
    "\n  query Availability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      days {\n        date\n        capacity\n        remaining\n        bookable\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n        status\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AvailabilityDocument,
    "\n  mutation Book($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.BookDocument,
    "\n  mutation Cancel($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        dose\n        status\n      }\n    }\n  }\n": typeof types.CancelDocument,
    "\n  query MyReservations {\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          name\n        }\n        vaccine {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyReservationsDocument,
    "\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n": typeof types.SlotAvailabilityChangedDocument,
    "\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    code\n    message\n    bookingCode\n  }\n": typeof types.ImportRowErrorFieldsFragmentDoc,
    "\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      importId\n      kind\n      status\n      encoding\n      rowCount\n      writableCount\n      unchangedCount\n      errorCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ok\n      importId\n      createdCount\n      unchangedCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  query Imports($siteId: ID!, $kind: ImportKind, $first: Int, $after: String) {\n    imports(siteId: $siteId, kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ImportsDocument,
    "\n  query IssuedTicketsFile($importId: ID!, $encoding: CsvEncoding) {\n    issuedTicketsFile(importId: $importId, encoding: $encoding) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n": typeof types.IssuedTicketsFileDocument,
    "\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      code\n      name\n      plan\n      bookingMode\n      cancellationCutoffHours\n      bookingOpensAt\n      genderField\n      phoneField\n      emailField\n      termsOfUse\n      mailEnabled\n      timeZone\n    }\n  }\n": typeof types.UpdateSiteSettingsDocument,
    "\n  mutation AssignStaffVenues($input: AssignStaffVenuesInput!) {\n    assignStaffVenues(input: $input) {\n      adminUserId\n      venues {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignStaffVenuesDocument,
    "\n  query MyVenues {\n    myVenues {\n      id\n      name\n    }\n  }\n": typeof types.MyVenuesDocument,
    "\n  query AuditLog($siteId: ID, $action: String, $first: Int, $after: String) {\n    auditLog(siteId: $siteId, action: $action, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          actorAdminUserId\n          actorName\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment AdminReservationFields on AdminReservation {\n    id\n    dose\n    status\n    madeBy\n    pairId\n    cancelReason\n    checkedInAt\n    ticketNumber\n    familyNameKana\n    givenNameKana\n    slotId\n    startsAt\n    venueId\n    venueName\n    vaccination {\n      vaccinatedOn\n      lotNumber\n      doctorName\n    }\n  }\n": typeof types.AdminReservationFieldsFragmentDoc,
    "\n  query Reservations($siteId: ID!, $filter: ReservationFilter, $first: Int, $after: String) {\n    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReservationsDocument,
    "\n  query VenueDay($venueId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    venueDay(venueId: $venueId, date: $date, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VenueDayDocument,
    "\n  mutation ProxyBook($input: ProxyBookReservationInput!) {\n    proxyBookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        madeBy\n        pairId\n      }\n    }\n  }\n": typeof types.ProxyBookDocument,
    "\n  mutation ProxyCancel($input: ProxyCancelReservationInput!) {\n    proxyCancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelReason\n      }\n    }\n  }\n": typeof types.ProxyCancelDocument,
    "\n  mutation CancelVenueDay($input: CancelVenueDayInput!) {\n    cancelVenueDay(input: $input) {\n      cancelledReservations\n      cancelledSlots\n    }\n  }\n": typeof types.CancelVenueDayDocument,
    "\n  fragment VenueActionFields on VenueActionResult {\n    ok\n    error {\n      code\n      message\n    }\n    reservation {\n      ...AdminReservationFields\n    }\n  }\n": typeof types.VenueActionFieldsFragmentDoc,
    "\n  mutation CheckIn($input: VenueReservationInput!) {\n    checkIn(input: $input) {\n      ...VenueActionFields\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation RecordVaccination($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ...VenueActionFields\n    }\n  }\n": typeof types.RecordVaccinationDocument,
    "\n  mutation MarkNoShow($input: VenueReservationInput!) {\n    markNoShow(input: $input) {\n      ...VenueActionFields\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  query ExportReservations($input: ExportReservationsInput!) {\n    exportReservations(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n": typeof types.ExportReservationsDocument,
    "\n  query ExportVaccinationRecords($input: ExportVaccinationRecordsInput!) {\n    exportVaccinationRecords(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n": typeof types.ExportVaccinationRecordsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "query Site($code: String!) { site(code: $code) { id name } }": types.SiteDocument,
    "query SchemaRoot { __schema { queryType { name } } }": types.SchemaRootDocument,
    "mutation CommitImportById($id: ID!) { commitImport(input: { importId: $id }) { ok } }": types.CommitImportByIdDocument,
    "query MyTicket { me { ticketNumber registered } }": types.MyTicketDocument,
    "query AvailabilityOfNothing { availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") { days { date } } }": types.AvailabilityOfNothingDocument,
    "query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n          availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n            days { date remaining bookable } slots { id remaining venue { name } vaccine { name } }\n          }\n        }": types.AvailabilityFromAprilDocument,
    "query VenuesOfS0003 { venues(siteCode: \"S0003\") { id } }": types.VenuesOfS0003Document,
    "query VenuesOfS0001 { venues(siteCode: \"S0001\") { id } }": types.VenuesOfS0001Document,
    "query VaccinesOfS0001 { vaccines(siteCode: \"S0001\") { id } }": types.VaccinesOfS0001Document,
    "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n": types.CountsDocument,
    "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n": types.DetailedDocument,
    "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n": types.OptionalDocument,
    "mutation CancelSlotClinicClosed($slotId: ID!) { cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) { cancelledReservations } }": types.CancelSlotClinicClosedDocument,
    "query MyReservationIds { myReservations { id } }": types.MyReservationIdsDocument,
    "query Mailbox($siteId: ID) { mailbox(siteId: $siteId) { to subject text status transport } }": types.MailboxDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n": types.SetReminderOptInDocument,
    "query MyEmail { me { email } }": types.MyEmailDocument,
    "\n  mutation AdminLogin($input: AdminLoginInput!) {\n    adminLogin(input: $input) {\n      ok\n      token\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n      admin {\n        id\n        role\n        siteId\n      }\n    }\n  }\n": types.AdminLoginDocument,
    "\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RecipientLoginDocument,
    "\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n": types.RegisterRecipientDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      code\n      plan\n      bookingMode\n      timeZone\n      cancellationCutoffHours\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n      siteId\n    }\n  }\n": types.CreateAdminUserDocument,
    "\n  mutation CreateVaccine($input: CreateVaccineInput!) {\n    createVaccine(input: $input) {\n      id\n      doses\n      doseIntervalDays\n    }\n  }\n": types.CreateVaccineDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      name\n      vaccines {\n        id\n      }\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation CreateSlot($input: CreateSlotInput!) {\n    createSlot(input: $input) {\n      id\n      startsAt\n      capacity\n      remaining\n    }\n  }\n": types.CreateSlotDocument,
    "\n  mutation GenerateSlots($input: GenerateSlotsInput!) {\n    generateSlots(input: $input) {\n      created\n      skipped\n    }\n  }\n": types.GenerateSlotsDocument,
    "\n  mutation CancelSlot($input: CancelSlotInput!) {\n    cancelSlot(input: $input) {\n      slot {\n        id\n        status\n        remaining\n      }\n      cancelledReservations\n    }\n  }\n": types.CancelSlotDocument,
    "\n  mutation RegisterTickets($input: RegisterTicketsInput!) {\n    registerTickets(input: $input) {\n      created\n      alreadyRegistered\n    }\n  }\n": types.RegisterTicketsDocument,
    "\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SelfRegisterTicketDocument,
    "\n  query LoginLocks($siteId: ID, $first: Int, $after: String) {\n    loginLocks(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          siteId\n          subject\n          attempts\n          lockedUntil\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LoginLocksDocument,
    "\n  mutation ClearLoginLock($input: ClearLoginLockInput!) {\n    clearLoginLock(input: $input) {\n      ok\n      lock {\n        id\n        kind\n        subject\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.ClearLoginLockDocument,
    "\n  query Availability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      days {\n        date\n        capacity\n        remaining\n        bookable\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n        status\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AvailabilityDocument,
    "\n  mutation Book($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n": types.BookDocument,
    "\n  mutation Cancel($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        dose\n        status\n      }\n    }\n  }\n": types.CancelDocument,
    "\n  query MyReservations {\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          name\n        }\n        vaccine {\n          name\n        }\n      }\n    }\n  }\n": types.MyReservationsDocument,
    "\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n": types.SlotAvailabilityChangedDocument,
    "\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    code\n    message\n    bookingCode\n  }\n": types.ImportRowErrorFieldsFragmentDoc,
    "\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      importId\n      kind\n      status\n      encoding\n      rowCount\n      writableCount\n      unchangedCount\n      errorCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ok\n      importId\n      createdCount\n      unchangedCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.CommitImportDocument,
    "\n  query Imports($siteId: ID!, $kind: ImportKind, $first: Int, $after: String) {\n    imports(siteId: $siteId, kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ImportsDocument,
    "\n  query IssuedTicketsFile($importId: ID!, $encoding: CsvEncoding) {\n    issuedTicketsFile(importId: $importId, encoding: $encoding) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n": types.IssuedTicketsFileDocument,
    "\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      code\n      name\n      plan\n      bookingMode\n      cancellationCutoffHours\n      bookingOpensAt\n      genderField\n      phoneField\n      emailField\n      termsOfUse\n      mailEnabled\n      timeZone\n    }\n  }\n": types.UpdateSiteSettingsDocument,
    "\n  mutation AssignStaffVenues($input: AssignStaffVenuesInput!) {\n    assignStaffVenues(input: $input) {\n      adminUserId\n      venues {\n        id\n        name\n      }\n    }\n  }\n": types.AssignStaffVenuesDocument,
    "\n  query MyVenues {\n    myVenues {\n      id\n      name\n    }\n  }\n": types.MyVenuesDocument,
    "\n  query AuditLog($siteId: ID, $action: String, $first: Int, $after: String) {\n    auditLog(siteId: $siteId, action: $action, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          actorAdminUserId\n          actorName\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment AdminReservationFields on AdminReservation {\n    id\n    dose\n    status\n    madeBy\n    pairId\n    cancelReason\n    checkedInAt\n    ticketNumber\n    familyNameKana\n    givenNameKana\n    slotId\n    startsAt\n    venueId\n    venueName\n    vaccination {\n      vaccinatedOn\n      lotNumber\n      doctorName\n    }\n  }\n": types.AdminReservationFieldsFragmentDoc,
    "\n  query Reservations($siteId: ID!, $filter: ReservationFilter, $first: Int, $after: String) {\n    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReservationsDocument,
    "\n  query VenueDay($venueId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    venueDay(venueId: $venueId, date: $date, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VenueDayDocument,
    "\n  mutation ProxyBook($input: ProxyBookReservationInput!) {\n    proxyBookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        madeBy\n        pairId\n      }\n    }\n  }\n": types.ProxyBookDocument,
    "\n  mutation ProxyCancel($input: ProxyCancelReservationInput!) {\n    proxyCancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelReason\n      }\n    }\n  }\n": types.ProxyCancelDocument,
    "\n  mutation CancelVenueDay($input: CancelVenueDayInput!) {\n    cancelVenueDay(input: $input) {\n      cancelledReservations\n      cancelledSlots\n    }\n  }\n": types.CancelVenueDayDocument,
    "\n  fragment VenueActionFields on VenueActionResult {\n    ok\n    error {\n      code\n      message\n    }\n    reservation {\n      ...AdminReservationFields\n    }\n  }\n": types.VenueActionFieldsFragmentDoc,
    "\n  mutation CheckIn($input: VenueReservationInput!) {\n    checkIn(input: $input) {\n      ...VenueActionFields\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation RecordVaccination($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ...VenueActionFields\n    }\n  }\n": types.RecordVaccinationDocument,
    "\n  mutation MarkNoShow($input: VenueReservationInput!) {\n    markNoShow(input: $input) {\n      ...VenueActionFields\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  query ExportReservations($input: ExportReservationsInput!) {\n    exportReservations(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n": types.ExportReservationsDocument,
    "\n  query ExportVaccinationRecords($input: ExportVaccinationRecordsInput!) {\n    exportVaccinationRecords(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n": types.ExportVaccinationRecordsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Site($code: String!) { site(code: $code) { id name } }"): (typeof documents)["query Site($code: String!) { site(code: $code) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaRoot { __schema { queryType { name } } }"): (typeof documents)["query SchemaRoot { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitImportById($id: ID!) { commitImport(input: { importId: $id }) { ok } }"): (typeof documents)["mutation CommitImportById($id: ID!) { commitImport(input: { importId: $id }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTicket { me { ticketNumber registered } }"): (typeof documents)["query MyTicket { me { ticketNumber registered } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailabilityOfNothing { availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") { days { date } } }"): (typeof documents)["query AvailabilityOfNothing { availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") { days { date } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n          availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n            days { date remaining bookable } slots { id remaining venue { name } vaccine { name } }\n          }\n        }"): (typeof documents)["query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n          availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n            days { date remaining bookable } slots { id remaining venue { name } vaccine { name } }\n          }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VenuesOfS0003 { venues(siteCode: \"S0003\") { id } }"): (typeof documents)["query VenuesOfS0003 { venues(siteCode: \"S0003\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VenuesOfS0001 { venues(siteCode: \"S0001\") { id } }"): (typeof documents)["query VenuesOfS0001 { venues(siteCode: \"S0001\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VaccinesOfS0001 { vaccines(siteCode: \"S0001\") { id } }"): (typeof documents)["query VaccinesOfS0001 { vaccines(siteCode: \"S0001\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n"): (typeof documents)["\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSlotClinicClosed($slotId: ID!) { cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) { cancelledReservations } }"): (typeof documents)["mutation CancelSlotClinicClosed($slotId: ID!) { cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) { cancelledReservations } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyReservationIds { myReservations { id } }"): (typeof documents)["query MyReservationIds { myReservations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Mailbox($siteId: ID) { mailbox(siteId: $siteId) { to subject text status transport } }"): (typeof documents)["query Mailbox($siteId: ID) { mailbox(siteId: $siteId) { to subject text status transport } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n"): (typeof documents)["\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyEmail { me { email } }"): (typeof documents)["query MyEmail { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogin($input: AdminLoginInput!) {\n    adminLogin(input: $input) {\n      ok\n      token\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n      admin {\n        id\n        role\n        siteId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLogin($input: AdminLoginInput!) {\n    adminLogin(input: $input) {\n      ok\n      token\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n      admin {\n        id\n        role\n        siteId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      code\n      plan\n      bookingMode\n      timeZone\n      cancellationCutoffHours\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      code\n      plan\n      bookingMode\n      timeZone\n      cancellationCutoffHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n      siteId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n      siteId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVaccine($input: CreateVaccineInput!) {\n    createVaccine(input: $input) {\n      id\n      doses\n      doseIntervalDays\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVaccine($input: CreateVaccineInput!) {\n    createVaccine(input: $input) {\n      id\n      doses\n      doseIntervalDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      name\n      vaccines {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n      name\n      vaccines {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSlot($input: CreateSlotInput!) {\n    createSlot(input: $input) {\n      id\n      startsAt\n      capacity\n      remaining\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSlot($input: CreateSlotInput!) {\n    createSlot(input: $input) {\n      id\n      startsAt\n      capacity\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateSlots($input: GenerateSlotsInput!) {\n    generateSlots(input: $input) {\n      created\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateSlots($input: GenerateSlotsInput!) {\n    generateSlots(input: $input) {\n      created\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSlot($input: CancelSlotInput!) {\n    cancelSlot(input: $input) {\n      slot {\n        id\n        status\n        remaining\n      }\n      cancelledReservations\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSlot($input: CancelSlotInput!) {\n    cancelSlot(input: $input) {\n      slot {\n        id\n        status\n        remaining\n      }\n      cancelledReservations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTickets($input: RegisterTicketsInput!) {\n    registerTickets(input: $input) {\n      created\n      alreadyRegistered\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterTickets($input: RegisterTicketsInput!) {\n    registerTickets(input: $input) {\n      created\n      alreadyRegistered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginLocks($siteId: ID, $first: Int, $after: String) {\n    loginLocks(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          siteId\n          subject\n          attempts\n          lockedUntil\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginLocks($siteId: ID, $first: Int, $after: String) {\n    loginLocks(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          siteId\n          subject\n          attempts\n          lockedUntil\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearLoginLock($input: ClearLoginLockInput!) {\n    clearLoginLock(input: $input) {\n      ok\n      lock {\n        id\n        kind\n        subject\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearLoginLock($input: ClearLoginLockInput!) {\n    clearLoginLock(input: $input) {\n      ok\n      lock {\n        id\n        kind\n        subject\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Availability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      days {\n        date\n        capacity\n        remaining\n        bookable\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n        status\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Availability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      days {\n        date\n        capacity\n        remaining\n        bookable\n      }\n      slots {\n        id\n        startsAt\n        endsAt\n        capacity\n        remaining\n        status\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Book($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Book($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        dose\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Cancel($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        dose\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReservations {\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          name\n        }\n        vaccine {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReservations {\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          name\n        }\n        vaccine {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    code\n    message\n    bookingCode\n  }\n"): (typeof documents)["\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    code\n    message\n    bookingCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      importId\n      kind\n      status\n      encoding\n      rowCount\n      writableCount\n      unchangedCount\n      errorCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      importId\n      kind\n      status\n      encoding\n      rowCount\n      writableCount\n      unchangedCount\n      errorCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ok\n      importId\n      createdCount\n      unchangedCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ok\n      importId\n      createdCount\n      unchangedCount\n      alreadyImported\n      errors {\n        ...ImportRowErrorFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports($siteId: ID!, $kind: ImportKind, $first: Int, $after: String) {\n    imports(siteId: $siteId, kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Imports($siteId: ID!, $kind: ImportKind, $first: Int, $after: String) {\n    imports(siteId: $siteId, kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedTicketsFile($importId: ID!, $encoding: CsvEncoding) {\n    issuedTicketsFile(importId: $importId, encoding: $encoding) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n"): (typeof documents)["\n  query IssuedTicketsFile($importId: ID!, $encoding: CsvEncoding) {\n    issuedTicketsFile(importId: $importId, encoding: $encoding) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      code\n      name\n      plan\n      bookingMode\n      cancellationCutoffHours\n      bookingOpensAt\n      genderField\n      phoneField\n      emailField\n      termsOfUse\n      mailEnabled\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      code\n      name\n      plan\n      bookingMode\n      cancellationCutoffHours\n      bookingOpensAt\n      genderField\n      phoneField\n      emailField\n      termsOfUse\n      mailEnabled\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStaffVenues($input: AssignStaffVenuesInput!) {\n    assignStaffVenues(input: $input) {\n      adminUserId\n      venues {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStaffVenues($input: AssignStaffVenuesInput!) {\n    assignStaffVenues(input: $input) {\n      adminUserId\n      venues {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVenues {\n    myVenues {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyVenues {\n    myVenues {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($siteId: ID, $action: String, $first: Int, $after: String) {\n    auditLog(siteId: $siteId, action: $action, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          actorAdminUserId\n          actorName\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($siteId: ID, $action: String, $first: Int, $after: String) {\n    auditLog(siteId: $siteId, action: $action, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          actorAdminUserId\n          actorName\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminReservationFields on AdminReservation {\n    id\n    dose\n    status\n    madeBy\n    pairId\n    cancelReason\n    checkedInAt\n    ticketNumber\n    familyNameKana\n    givenNameKana\n    slotId\n    startsAt\n    venueId\n    venueName\n    vaccination {\n      vaccinatedOn\n      lotNumber\n      doctorName\n    }\n  }\n"): (typeof documents)["\n  fragment AdminReservationFields on AdminReservation {\n    id\n    dose\n    status\n    madeBy\n    pairId\n    cancelReason\n    checkedInAt\n    ticketNumber\n    familyNameKana\n    givenNameKana\n    slotId\n    startsAt\n    venueId\n    venueName\n    vaccination {\n      vaccinatedOn\n      lotNumber\n      doctorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reservations($siteId: ID!, $filter: ReservationFilter, $first: Int, $after: String) {\n    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reservations($siteId: ID!, $filter: ReservationFilter, $first: Int, $after: String) {\n    reservations(siteId: $siteId, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDay($venueId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    venueDay(venueId: $venueId, date: $date, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenueDay($venueId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    venueDay(venueId: $venueId, date: $date, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminReservationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxyBook($input: ProxyBookReservationInput!) {\n    proxyBookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        madeBy\n        pairId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProxyBook($input: ProxyBookReservationInput!) {\n    proxyBookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        madeBy\n        pairId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxyCancel($input: ProxyCancelReservationInput!) {\n    proxyCancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProxyCancel($input: ProxyCancelReservationInput!) {\n    proxyCancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVenueDay($input: CancelVenueDayInput!) {\n    cancelVenueDay(input: $input) {\n      cancelledReservations\n      cancelledSlots\n    }\n  }\n"): (typeof documents)["\n  mutation CancelVenueDay($input: CancelVenueDayInput!) {\n    cancelVenueDay(input: $input) {\n      cancelledReservations\n      cancelledSlots\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueActionFields on VenueActionResult {\n    ok\n    error {\n      code\n      message\n    }\n    reservation {\n      ...AdminReservationFields\n    }\n  }\n"): (typeof documents)["\n  fragment VenueActionFields on VenueActionResult {\n    ok\n    error {\n      code\n      message\n    }\n    reservation {\n      ...AdminReservationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: VenueReservationInput!) {\n    checkIn(input: $input) {\n      ...VenueActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: VenueReservationInput!) {\n    checkIn(input: $input) {\n      ...VenueActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVaccination($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ...VenueActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVaccination($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ...VenueActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($input: VenueReservationInput!) {\n    markNoShow(input: $input) {\n      ...VenueActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoShow($input: VenueReservationInput!) {\n    markNoShow(input: $input) {\n      ...VenueActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportReservations($input: ExportReservationsInput!) {\n    exportReservations(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ExportReservations($input: ExportReservationsInput!) {\n    exportReservations(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportVaccinationRecords($input: ExportVaccinationRecordsInput!) {\n    exportVaccinationRecords(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ExportVaccinationRecords($input: ExportVaccinationRecordsInput!) {\n    exportVaccinationRecords(input: $input) {\n      filename\n      contentType\n      encoding\n      rowCount\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;