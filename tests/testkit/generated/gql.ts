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
    "\n          query TryMe {\n            me {\n              ticketNumber\n            }\n          }\n        ": typeof types.TryMeDocument,
    "\n          query TryMyReservations {\n            myReservations {\n              id\n            }\n          }\n        ": typeof types.TryMyReservationsDocument,
    "\n          mutation TryCancelReservation($id: ID!) {\n            cancelReservation(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": typeof types.TryCancelReservationDocument,
    "\n          mutation TryRegisterRecipient {\n            registerRecipient(\n              input: { familyNameKana: \"ア\", givenNameKana: \"イ\", password: \"password-1\", acceptTerms: true }\n            ) {\n              registered\n            }\n          }\n        ": typeof types.TryRegisterRecipientDocument,
    "\n          mutation TrySetReminderOptIn {\n            setReminderOptIn(enabled: false) {\n              reminderOptIn\n            }\n          }\n        ": typeof types.TrySetReminderOptInDocument,
    "\n          mutation TryUpdateMyProfile {\n            updateMyProfile(input: { email: \"x@test.example\" }) {\n              email\n            }\n          }\n        ": typeof types.TryUpdateMyProfileDocument,
    "\n          mutation TryCreateSite {\n            createSite(input: { name: \"x\", plan: MUNICIPAL }) {\n              id\n            }\n          }\n        ": typeof types.TryCreateSiteDocument,
    "\n          mutation TryCreateAdminUser($siteId: ID!) {\n            createAdminUser(\n              input: {\n                email: \"intruder@test.example\"\n                displayName: \"x\"\n                password: \"password-123\"\n                role: SITE_ADMIN\n                siteId: $siteId\n              }\n            ) {\n              id\n            }\n          }\n        ": typeof types.TryCreateAdminUserDocument,
    "\n          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": typeof types.TryAssignStaffVenuesDocument,
    "\n          mutation TryCreateVaccine($siteId: ID!) {\n            createVaccine(input: { siteId: $siteId, name: \"x\", manufacturer: \"x\", doses: 1 }) {\n              id\n            }\n          }\n        ": typeof types.TryCreateVaccineDocument,
    "\n          mutation TryCreateSlot($input: CreateSlotInput!) {\n            createSlot(input: $input) {\n              id\n            }\n          }\n        ": typeof types.TryCreateSlotDocument,
    "\n          mutation TryGenerateSlots($input: GenerateSlotsInput!) {\n            generateSlots(input: $input) {\n              created\n            }\n          }\n        ": typeof types.TryGenerateSlotsDocument,
    "\n          mutation TryCancelSlot($slotId: ID!) {\n            cancelSlot(input: { slotId: $slotId, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        ": typeof types.TryCancelSlotDocument,
    "\n          mutation TryRegisterTickets($siteId: ID!) {\n            registerTickets(\n              input: { siteId: $siteId, tickets: [{ number: \"8888888888\", birthDate: \"1980-01-01\" }] }\n            ) {\n              created\n            }\n          }\n        ": typeof types.TryRegisterTicketsDocument,
    "\n          query TryImports($siteId: ID!) {\n            imports(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryImportsDocument,
    "\n          query TryIssuedTicketsFile($id: ID!) {\n            issuedTicketsFile(importId: $id) {\n              base64\n            }\n          }\n        ": typeof types.TryIssuedTicketsFileDocument,
    "\n          query TryReservations($siteId: ID!) {\n            reservations(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryReservationsDocument,
    "\n          query TryVenueDay($venueId: ID!, $date: LocalDate!) {\n            venueDay(venueId: $venueId, date: $date) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryVenueDayDocument,
    "\n          mutation TryProxyCancelReservation($id: ID!) {\n            proxyCancelReservation(input: { reservationId: $id, reason: \"x\" }) {\n              ok\n            }\n          }\n        ": typeof types.TryProxyCancelReservationDocument,
    "\n          mutation TryCancelVenueDay($venueId: ID!, $date: LocalDate!) {\n            cancelVenueDay(input: { venueId: $venueId, date: $date, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        ": typeof types.TryCancelVenueDayDocument,
    "\n          mutation TryCheckIn($id: ID!) {\n            checkIn(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": typeof types.TryCheckInDocument,
    "\n          mutation TryRecordVaccination($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        ": typeof types.TryRecordVaccinationDocument,
    "\n          mutation TryMarkNoShow($id: ID!) {\n            markNoShow(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": typeof types.TryMarkNoShowDocument,
    "\n          query TryExportReservations($siteId: ID!) {\n            exportReservations(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        ": typeof types.TryExportReservationsDocument,
    "\n          query TryExportVaccinationRecords($siteId: ID!) {\n            exportVaccinationRecords(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        ": typeof types.TryExportVaccinationRecordsDocument,
    "\n          query TryMailbox($siteId: ID) {\n            mailbox(siteId: $siteId) {\n              id\n            }\n          }\n        ": typeof types.TryMailboxDocument,
    "\n          query TryAuditLog($siteId: ID) {\n            auditLog(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryAuditLogDocument,
    "\n          query TryLoginLocks($siteId: ID) {\n            loginLocks(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryLoginLocksDocument,
    "\n          mutation TryClearLoginLock($id: ID!) {\n            clearLoginLock(input: { id: $id }) {\n              ok\n            }\n          }\n        ": typeof types.TryClearLoginLockDocument,
    "\n          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": typeof types.AssignForeignVenuesDocument,
    "\n      query AnySiteMailbox {\n        mailbox(first: 200) {\n          id\n          siteId\n        }\n      }\n    ": typeof types.AnySiteMailboxDocument,
    "\n      query AnySiteAuditLog {\n        auditLog(first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": typeof types.AnySiteAuditLogDocument,
    "\n      query SiteReservations($siteId: ID!) {\n        reservations(siteId: $siteId, first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": typeof types.SiteReservationsDocument,
    "\n      query SiteImports($siteId: ID!) {\n        imports(siteId: $siteId, first: 200) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.SiteImportsDocument,
    "\n      query SiteReservationsExport($siteId: ID!) {\n        exportReservations(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": typeof types.SiteReservationsExportDocument,
    "\n      query SiteRecordsExport($siteId: ID!) {\n        exportVaccinationRecords(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": typeof types.SiteRecordsExportDocument,
    "\n      query AnySiteLoginLocks {\n        loginLocks(first: 500) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.AnySiteLoginLocksDocument,
    "\n          mutation RecordVaccinationL1($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        ": typeof types.RecordVaccinationL1Document,
    "\n        query Site($code: String!) {\n          site(code: $code) {\n            id\n            name\n          }\n        }\n      ": typeof types.SiteDocument,
    "\n      query SchemaRoot {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    ": typeof types.SchemaRootDocument,
    "\n        mutation CommitImportById($id: ID!) {\n          commitImport(input: { importId: $id }) {\n            ok\n          }\n        }\n      ": typeof types.CommitImportByIdDocument,
    "\n        query MyTicket {\n          me {\n            ticketNumber\n            registered\n          }\n        }\n      ": typeof types.MyTicketDocument,
    "\n        query AvailabilityOfNothing {\n          availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") {\n            days {\n              date\n            }\n          }\n        }\n      ": typeof types.AvailabilityOfNothingDocument,
    "\n          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n            availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n              days {\n                date\n                remaining\n                bookable\n              }\n              slots {\n                id\n                remaining\n                venue {\n                  name\n                }\n                vaccine {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.AvailabilityFromAprilDocument,
    "\n        query VenuesOfS0003 {\n          venues(siteCode: \"S0003\") {\n            id\n          }\n        }\n      ": typeof types.VenuesOfS0003Document,
    "\n        query VenuesOfS0001 {\n          venues(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": typeof types.VenuesOfS0001Document,
    "\n        query VaccinesOfS0001 {\n          vaccines(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": typeof types.VaccinesOfS0001Document,
    "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n": typeof types.CountsDocument,
    "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n": typeof types.DetailedDocument,
    "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n": typeof types.OptionalDocument,
    "\n        mutation CancelSlotClinicClosed($slotId: ID!) {\n          cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) {\n            cancelledReservations\n          }\n        }\n      ": typeof types.CancelSlotClinicClosedDocument,
    "\n          query MyReservationIds {\n            myReservations {\n              id\n            }\n          }\n        ": typeof types.MyReservationIdsDocument,
    "\n        query Mailbox($siteId: ID) {\n          mailbox(siteId: $siteId) {\n            to\n            subject\n            text\n            status\n            transport\n          }\n        }\n      ": typeof types.MailboxDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n": typeof types.SetReminderOptInDocument,
    "\n        query MyEmail {\n          me {\n            email\n          }\n        }\n      ": typeof types.MyEmailDocument,
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
    "\n          query TryMe {\n            me {\n              ticketNumber\n            }\n          }\n        ": types.TryMeDocument,
    "\n          query TryMyReservations {\n            myReservations {\n              id\n            }\n          }\n        ": types.TryMyReservationsDocument,
    "\n          mutation TryCancelReservation($id: ID!) {\n            cancelReservation(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": types.TryCancelReservationDocument,
    "\n          mutation TryRegisterRecipient {\n            registerRecipient(\n              input: { familyNameKana: \"ア\", givenNameKana: \"イ\", password: \"password-1\", acceptTerms: true }\n            ) {\n              registered\n            }\n          }\n        ": types.TryRegisterRecipientDocument,
    "\n          mutation TrySetReminderOptIn {\n            setReminderOptIn(enabled: false) {\n              reminderOptIn\n            }\n          }\n        ": types.TrySetReminderOptInDocument,
    "\n          mutation TryUpdateMyProfile {\n            updateMyProfile(input: { email: \"x@test.example\" }) {\n              email\n            }\n          }\n        ": types.TryUpdateMyProfileDocument,
    "\n          mutation TryCreateSite {\n            createSite(input: { name: \"x\", plan: MUNICIPAL }) {\n              id\n            }\n          }\n        ": types.TryCreateSiteDocument,
    "\n          mutation TryCreateAdminUser($siteId: ID!) {\n            createAdminUser(\n              input: {\n                email: \"intruder@test.example\"\n                displayName: \"x\"\n                password: \"password-123\"\n                role: SITE_ADMIN\n                siteId: $siteId\n              }\n            ) {\n              id\n            }\n          }\n        ": types.TryCreateAdminUserDocument,
    "\n          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": types.TryAssignStaffVenuesDocument,
    "\n          mutation TryCreateVaccine($siteId: ID!) {\n            createVaccine(input: { siteId: $siteId, name: \"x\", manufacturer: \"x\", doses: 1 }) {\n              id\n            }\n          }\n        ": types.TryCreateVaccineDocument,
    "\n          mutation TryCreateSlot($input: CreateSlotInput!) {\n            createSlot(input: $input) {\n              id\n            }\n          }\n        ": types.TryCreateSlotDocument,
    "\n          mutation TryGenerateSlots($input: GenerateSlotsInput!) {\n            generateSlots(input: $input) {\n              created\n            }\n          }\n        ": types.TryGenerateSlotsDocument,
    "\n          mutation TryCancelSlot($slotId: ID!) {\n            cancelSlot(input: { slotId: $slotId, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        ": types.TryCancelSlotDocument,
    "\n          mutation TryRegisterTickets($siteId: ID!) {\n            registerTickets(\n              input: { siteId: $siteId, tickets: [{ number: \"8888888888\", birthDate: \"1980-01-01\" }] }\n            ) {\n              created\n            }\n          }\n        ": types.TryRegisterTicketsDocument,
    "\n          query TryImports($siteId: ID!) {\n            imports(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryImportsDocument,
    "\n          query TryIssuedTicketsFile($id: ID!) {\n            issuedTicketsFile(importId: $id) {\n              base64\n            }\n          }\n        ": types.TryIssuedTicketsFileDocument,
    "\n          query TryReservations($siteId: ID!) {\n            reservations(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryReservationsDocument,
    "\n          query TryVenueDay($venueId: ID!, $date: LocalDate!) {\n            venueDay(venueId: $venueId, date: $date) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryVenueDayDocument,
    "\n          mutation TryProxyCancelReservation($id: ID!) {\n            proxyCancelReservation(input: { reservationId: $id, reason: \"x\" }) {\n              ok\n            }\n          }\n        ": types.TryProxyCancelReservationDocument,
    "\n          mutation TryCancelVenueDay($venueId: ID!, $date: LocalDate!) {\n            cancelVenueDay(input: { venueId: $venueId, date: $date, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        ": types.TryCancelVenueDayDocument,
    "\n          mutation TryCheckIn($id: ID!) {\n            checkIn(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": types.TryCheckInDocument,
    "\n          mutation TryRecordVaccination($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        ": types.TryRecordVaccinationDocument,
    "\n          mutation TryMarkNoShow($id: ID!) {\n            markNoShow(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": types.TryMarkNoShowDocument,
    "\n          query TryExportReservations($siteId: ID!) {\n            exportReservations(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        ": types.TryExportReservationsDocument,
    "\n          query TryExportVaccinationRecords($siteId: ID!) {\n            exportVaccinationRecords(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        ": types.TryExportVaccinationRecordsDocument,
    "\n          query TryMailbox($siteId: ID) {\n            mailbox(siteId: $siteId) {\n              id\n            }\n          }\n        ": types.TryMailboxDocument,
    "\n          query TryAuditLog($siteId: ID) {\n            auditLog(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryAuditLogDocument,
    "\n          query TryLoginLocks($siteId: ID) {\n            loginLocks(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryLoginLocksDocument,
    "\n          mutation TryClearLoginLock($id: ID!) {\n            clearLoginLock(input: { id: $id }) {\n              ok\n            }\n          }\n        ": types.TryClearLoginLockDocument,
    "\n          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": types.AssignForeignVenuesDocument,
    "\n      query AnySiteMailbox {\n        mailbox(first: 200) {\n          id\n          siteId\n        }\n      }\n    ": types.AnySiteMailboxDocument,
    "\n      query AnySiteAuditLog {\n        auditLog(first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": types.AnySiteAuditLogDocument,
    "\n      query SiteReservations($siteId: ID!) {\n        reservations(siteId: $siteId, first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": types.SiteReservationsDocument,
    "\n      query SiteImports($siteId: ID!) {\n        imports(siteId: $siteId, first: 200) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.SiteImportsDocument,
    "\n      query SiteReservationsExport($siteId: ID!) {\n        exportReservations(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": types.SiteReservationsExportDocument,
    "\n      query SiteRecordsExport($siteId: ID!) {\n        exportVaccinationRecords(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": types.SiteRecordsExportDocument,
    "\n      query AnySiteLoginLocks {\n        loginLocks(first: 500) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.AnySiteLoginLocksDocument,
    "\n          mutation RecordVaccinationL1($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        ": types.RecordVaccinationL1Document,
    "\n        query Site($code: String!) {\n          site(code: $code) {\n            id\n            name\n          }\n        }\n      ": types.SiteDocument,
    "\n      query SchemaRoot {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    ": types.SchemaRootDocument,
    "\n        mutation CommitImportById($id: ID!) {\n          commitImport(input: { importId: $id }) {\n            ok\n          }\n        }\n      ": types.CommitImportByIdDocument,
    "\n        query MyTicket {\n          me {\n            ticketNumber\n            registered\n          }\n        }\n      ": types.MyTicketDocument,
    "\n        query AvailabilityOfNothing {\n          availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") {\n            days {\n              date\n            }\n          }\n        }\n      ": types.AvailabilityOfNothingDocument,
    "\n          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n            availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n              days {\n                date\n                remaining\n                bookable\n              }\n              slots {\n                id\n                remaining\n                venue {\n                  name\n                }\n                vaccine {\n                  name\n                }\n              }\n            }\n          }\n        ": types.AvailabilityFromAprilDocument,
    "\n        query VenuesOfS0003 {\n          venues(siteCode: \"S0003\") {\n            id\n          }\n        }\n      ": types.VenuesOfS0003Document,
    "\n        query VenuesOfS0001 {\n          venues(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": types.VenuesOfS0001Document,
    "\n        query VaccinesOfS0001 {\n          vaccines(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": types.VaccinesOfS0001Document,
    "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n": types.CountsDocument,
    "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n": types.DetailedDocument,
    "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n": types.OptionalDocument,
    "\n        mutation CancelSlotClinicClosed($slotId: ID!) {\n          cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) {\n            cancelledReservations\n          }\n        }\n      ": types.CancelSlotClinicClosedDocument,
    "\n          query MyReservationIds {\n            myReservations {\n              id\n            }\n          }\n        ": types.MyReservationIdsDocument,
    "\n        query Mailbox($siteId: ID) {\n          mailbox(siteId: $siteId) {\n            to\n            subject\n            text\n            status\n            transport\n          }\n        }\n      ": types.MailboxDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n": types.SetReminderOptInDocument,
    "\n        query MyEmail {\n          me {\n            email\n          }\n        }\n      ": types.MyEmailDocument,
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
export function graphql(source: "\n          query TryMe {\n            me {\n              ticketNumber\n            }\n          }\n        "): (typeof documents)["\n          query TryMe {\n            me {\n              ticketNumber\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryMyReservations {\n            myReservations {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query TryMyReservations {\n            myReservations {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCancelReservation($id: ID!) {\n            cancelReservation(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCancelReservation($id: ID!) {\n            cancelReservation(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryRegisterRecipient {\n            registerRecipient(\n              input: { familyNameKana: \"ア\", givenNameKana: \"イ\", password: \"password-1\", acceptTerms: true }\n            ) {\n              registered\n            }\n          }\n        "): (typeof documents)["\n          mutation TryRegisterRecipient {\n            registerRecipient(\n              input: { familyNameKana: \"ア\", givenNameKana: \"イ\", password: \"password-1\", acceptTerms: true }\n            ) {\n              registered\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TrySetReminderOptIn {\n            setReminderOptIn(enabled: false) {\n              reminderOptIn\n            }\n          }\n        "): (typeof documents)["\n          mutation TrySetReminderOptIn {\n            setReminderOptIn(enabled: false) {\n              reminderOptIn\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryUpdateMyProfile {\n            updateMyProfile(input: { email: \"x@test.example\" }) {\n              email\n            }\n          }\n        "): (typeof documents)["\n          mutation TryUpdateMyProfile {\n            updateMyProfile(input: { email: \"x@test.example\" }) {\n              email\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCreateSite {\n            createSite(input: { name: \"x\", plan: MUNICIPAL }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCreateSite {\n            createSite(input: { name: \"x\", plan: MUNICIPAL }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCreateAdminUser($siteId: ID!) {\n            createAdminUser(\n              input: {\n                email: \"intruder@test.example\"\n                displayName: \"x\"\n                password: \"password-123\"\n                role: SITE_ADMIN\n                siteId: $siteId\n              }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCreateAdminUser($siteId: ID!) {\n            createAdminUser(\n              input: {\n                email: \"intruder@test.example\"\n                displayName: \"x\"\n                password: \"password-123\"\n                role: SITE_ADMIN\n                siteId: $siteId\n              }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        "): (typeof documents)["\n          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCreateVaccine($siteId: ID!) {\n            createVaccine(input: { siteId: $siteId, name: \"x\", manufacturer: \"x\", doses: 1 }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCreateVaccine($siteId: ID!) {\n            createVaccine(input: { siteId: $siteId, name: \"x\", manufacturer: \"x\", doses: 1 }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCreateSlot($input: CreateSlotInput!) {\n            createSlot(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCreateSlot($input: CreateSlotInput!) {\n            createSlot(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryGenerateSlots($input: GenerateSlotsInput!) {\n            generateSlots(input: $input) {\n              created\n            }\n          }\n        "): (typeof documents)["\n          mutation TryGenerateSlots($input: GenerateSlotsInput!) {\n            generateSlots(input: $input) {\n              created\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCancelSlot($slotId: ID!) {\n            cancelSlot(input: { slotId: $slotId, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCancelSlot($slotId: ID!) {\n            cancelSlot(input: { slotId: $slotId, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryRegisterTickets($siteId: ID!) {\n            registerTickets(\n              input: { siteId: $siteId, tickets: [{ number: \"8888888888\", birthDate: \"1980-01-01\" }] }\n            ) {\n              created\n            }\n          }\n        "): (typeof documents)["\n          mutation TryRegisterTickets($siteId: ID!) {\n            registerTickets(\n              input: { siteId: $siteId, tickets: [{ number: \"8888888888\", birthDate: \"1980-01-01\" }] }\n            ) {\n              created\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryImports($siteId: ID!) {\n            imports(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryImports($siteId: ID!) {\n            imports(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryIssuedTicketsFile($id: ID!) {\n            issuedTicketsFile(importId: $id) {\n              base64\n            }\n          }\n        "): (typeof documents)["\n          query TryIssuedTicketsFile($id: ID!) {\n            issuedTicketsFile(importId: $id) {\n              base64\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryReservations($siteId: ID!) {\n            reservations(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryReservations($siteId: ID!) {\n            reservations(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryVenueDay($venueId: ID!, $date: LocalDate!) {\n            venueDay(venueId: $venueId, date: $date) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryVenueDay($venueId: ID!, $date: LocalDate!) {\n            venueDay(venueId: $venueId, date: $date) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryProxyCancelReservation($id: ID!) {\n            proxyCancelReservation(input: { reservationId: $id, reason: \"x\" }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryProxyCancelReservation($id: ID!) {\n            proxyCancelReservation(input: { reservationId: $id, reason: \"x\" }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCancelVenueDay($venueId: ID!, $date: LocalDate!) {\n            cancelVenueDay(input: { venueId: $venueId, date: $date, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCancelVenueDay($venueId: ID!, $date: LocalDate!) {\n            cancelVenueDay(input: { venueId: $venueId, date: $date, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryCheckIn($id: ID!) {\n            checkIn(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryCheckIn($id: ID!) {\n            checkIn(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryRecordVaccination($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryRecordVaccination($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryMarkNoShow($id: ID!) {\n            markNoShow(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryMarkNoShow($id: ID!) {\n            markNoShow(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryExportReservations($siteId: ID!) {\n            exportReservations(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        "): (typeof documents)["\n          query TryExportReservations($siteId: ID!) {\n            exportReservations(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryExportVaccinationRecords($siteId: ID!) {\n            exportVaccinationRecords(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        "): (typeof documents)["\n          query TryExportVaccinationRecords($siteId: ID!) {\n            exportVaccinationRecords(input: { siteId: $siteId }) {\n              base64\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryMailbox($siteId: ID) {\n            mailbox(siteId: $siteId) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query TryMailbox($siteId: ID) {\n            mailbox(siteId: $siteId) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryAuditLog($siteId: ID) {\n            auditLog(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryAuditLog($siteId: ID) {\n            auditLog(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TryLoginLocks($siteId: ID) {\n            loginLocks(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryLoginLocks($siteId: ID) {\n            loginLocks(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryClearLoginLock($id: ID!) {\n            clearLoginLock(input: { id: $id }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryClearLoginLock($id: ID!) {\n            clearLoginLock(input: { id: $id }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        "): (typeof documents)["\n          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AnySiteMailbox {\n        mailbox(first: 200) {\n          id\n          siteId\n        }\n      }\n    "): (typeof documents)["\n      query AnySiteMailbox {\n        mailbox(first: 200) {\n          id\n          siteId\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AnySiteAuditLog {\n        auditLog(first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AnySiteAuditLog {\n        auditLog(first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SiteReservations($siteId: ID!) {\n        reservations(siteId: $siteId, first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query SiteReservations($siteId: ID!) {\n        reservations(siteId: $siteId, first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SiteImports($siteId: ID!) {\n        imports(siteId: $siteId, first: 200) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query SiteImports($siteId: ID!) {\n        imports(siteId: $siteId, first: 200) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SiteReservationsExport($siteId: ID!) {\n        exportReservations(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    "): (typeof documents)["\n      query SiteReservationsExport($siteId: ID!) {\n        exportReservations(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SiteRecordsExport($siteId: ID!) {\n        exportVaccinationRecords(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    "): (typeof documents)["\n      query SiteRecordsExport($siteId: ID!) {\n        exportVaccinationRecords(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AnySiteLoginLocks {\n        loginLocks(first: 500) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AnySiteLoginLocks {\n        loginLocks(first: 500) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RecordVaccinationL1($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation RecordVaccinationL1($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Site($code: String!) {\n          site(code: $code) {\n            id\n            name\n          }\n        }\n      "): (typeof documents)["\n        query Site($code: String!) {\n          site(code: $code) {\n            id\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SchemaRoot {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query SchemaRoot {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CommitImportById($id: ID!) {\n          commitImport(input: { importId: $id }) {\n            ok\n          }\n        }\n      "): (typeof documents)["\n        mutation CommitImportById($id: ID!) {\n          commitImport(input: { importId: $id }) {\n            ok\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MyTicket {\n          me {\n            ticketNumber\n            registered\n          }\n        }\n      "): (typeof documents)["\n        query MyTicket {\n          me {\n            ticketNumber\n            registered\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AvailabilityOfNothing {\n          availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") {\n            days {\n              date\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AvailabilityOfNothing {\n          availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") {\n            days {\n              date\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n            availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n              days {\n                date\n                remaining\n                bookable\n              }\n              slots {\n                id\n                remaining\n                venue {\n                  name\n                }\n                vaccine {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n            availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n              days {\n                date\n                remaining\n                bookable\n              }\n              slots {\n                id\n                remaining\n                venue {\n                  name\n                }\n                vaccine {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VenuesOfS0003 {\n          venues(siteCode: \"S0003\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query VenuesOfS0003 {\n          venues(siteCode: \"S0003\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VenuesOfS0001 {\n          venues(siteCode: \"S0001\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query VenuesOfS0001 {\n          venues(siteCode: \"S0001\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VaccinesOfS0001 {\n          vaccines(siteCode: \"S0001\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query VaccinesOfS0001 {\n          vaccines(siteCode: \"S0001\") {\n            id\n          }\n        }\n      "];
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
export function graphql(source: "\n        mutation CancelSlotClinicClosed($slotId: ID!) {\n          cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) {\n            cancelledReservations\n          }\n        }\n      "): (typeof documents)["\n        mutation CancelSlotClinicClosed($slotId: ID!) {\n          cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) {\n            cancelledReservations\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MyReservationIds {\n            myReservations {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query MyReservationIds {\n            myReservations {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Mailbox($siteId: ID) {\n          mailbox(siteId: $siteId) {\n            to\n            subject\n            text\n            status\n            transport\n          }\n        }\n      "): (typeof documents)["\n        query Mailbox($siteId: ID) {\n          mailbox(siteId: $siteId) {\n            to\n            subject\n            text\n            status\n            transport\n          }\n        }\n      "];
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
export function graphql(source: "\n        query MyEmail {\n          me {\n            email\n          }\n        }\n      "): (typeof documents)["\n        query MyEmail {\n          me {\n            email\n          }\n        }\n      "];
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