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
    "\n  query LatinNamesBrowserSite($code: String!) {\n    site(code: $code) {\n      allowLatinNames\n    }\n  }\n": typeof types.LatinNamesBrowserSiteDocument,
    "\n  mutation LatinNamesBrowserSetting($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      allowLatinNames\n    }\n  }\n": typeof types.LatinNamesBrowserSettingDocument,
    "\n          query TryMe {\n            me {\n              ticketNumber\n            }\n          }\n        ": typeof types.TryMeDocument,
    "\n          query TryMyReservations {\n            myReservations {\n              id\n            }\n          }\n        ": typeof types.TryMyReservationsDocument,
    "\n          mutation TryCancelReservation($id: ID!) {\n            cancelReservation(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": typeof types.TryCancelReservationDocument,
    "\n          mutation TryRegisterRecipient {\n            registerRecipient(\n              input: { familyNameKana: \"ア\", givenNameKana: \"イ\", password: \"password-1\", acceptTerms: true }\n            ) {\n              registered\n            }\n          }\n        ": typeof types.TryRegisterRecipientDocument,
    "\n          mutation TrySetReminderOptIn {\n            setReminderOptIn(enabled: false) {\n              reminderOptIn\n            }\n          }\n        ": typeof types.TrySetReminderOptInDocument,
    "\n          mutation TryUpdateMyProfile {\n            updateMyProfile(input: { email: \"x@test.example\" }) {\n              email\n            }\n          }\n        ": typeof types.TryUpdateMyProfileDocument,
    "\n          mutation TryCreateSite {\n            createSite(input: { name: \"x\", plan: MUNICIPAL }) {\n              id\n            }\n          }\n        ": typeof types.TryCreateSiteDocument,
    "\n          mutation TryCreateAdminUser($siteId: ID!) {\n            createAdminUser(\n              input: {\n                email: \"intruder@test.example\"\n                displayName: \"x\"\n                password: \"password-123\"\n                role: SITE_ADMIN\n                siteId: $siteId\n              }\n            ) {\n              id\n            }\n          }\n        ": typeof types.TryCreateAdminUserDocument,
    "\n          query TryAdminUsers($siteId: ID!) {\n            adminUsers(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryAdminUsersDocument,
    "\n          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": typeof types.TryAssignStaffVenuesDocument,
    "\n          mutation TryCreateVaccine($siteId: ID!) {\n            createVaccine(input: { siteId: $siteId, name: \"x\", manufacturer: \"x\", doses: 1 }) {\n              id\n            }\n          }\n        ": typeof types.TryCreateVaccineDocument,
    "\n          mutation TryCreateSlot($input: CreateSlotInput!) {\n            createSlot(input: $input) {\n              id\n            }\n          }\n        ": typeof types.TryCreateSlotDocument,
    "\n          mutation TryGenerateSlots($input: GenerateSlotsInput!) {\n            generateSlots(input: $input) {\n              created\n            }\n          }\n        ": typeof types.TryGenerateSlotsDocument,
    "\n          mutation TryCancelSlot($slotId: ID!) {\n            cancelSlot(input: { slotId: $slotId, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        ": typeof types.TryCancelSlotDocument,
    "\n          mutation TryRegisterTickets($siteId: ID!) {\n            registerTickets(\n              input: { siteId: $siteId, tickets: [{ number: \"8888888888\", birthDate: \"1980-01-01\" }] }\n            ) {\n              created\n            }\n          }\n        ": typeof types.TryRegisterTicketsDocument,
    "\n          query TryImportErrors($id: ID!) {\n            importErrors(importId: $id) {\n              totalCount\n            }\n          }\n        ": typeof types.TryImportErrorsDocument,
    "\n          query TryImports($siteId: ID!) {\n            imports(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryImportsDocument,
    "\n          query TryIssuedTicketsFile($id: ID!) {\n            issuedTicketsFile(importId: $id) {\n              base64\n            }\n          }\n        ": typeof types.TryIssuedTicketsFileDocument,
    "\n          query TryReservations($siteId: ID!) {\n            reservations(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryReservationsDocument,
    "\n          query TryVenueDay($venueId: ID!, $date: LocalDate!) {\n            venueDay(venueId: $venueId, date: $date) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryVenueDayDocument,
    "\n          mutation TryChangeReservation($id: ID!, $slotId: ID!) {\n            changeReservation(input: { reservationId: $id, newSlotId: $slotId }) {\n              ok\n            }\n          }\n        ": typeof types.TryChangeReservationDocument,
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
    "\n          query TryApiKeys($siteId: ID!) {\n            apiKeys(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TryApiKeysDocument,
    "\n          mutation TryResetRecipientPassword($siteId: ID!) {\n            resetRecipientPassword(input: { siteId: $siteId, ticketNumber: \"1234567890\" }) {\n              ok\n            }\n          }\n        ": typeof types.TryResetRecipientPasswordDocument,
    "\n          mutation TryRevokeApiKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              apiKey {\n                revokedAt\n              }\n            }\n          }\n        ": typeof types.TryRevokeApiKeyDocument,
    "\n          mutation TryResendLoginInformation($ticketId: ID!) {\n            resendLoginInformation(input: { ticketId: $ticketId }) {\n              ok\n            }\n          }\n        ": typeof types.TryResendLoginInformationDocument,
    "\n          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": typeof types.AssignForeignVenuesDocument,
    "\n      query AnySiteMailbox {\n        mailbox(first: 200) {\n          id\n          siteId\n        }\n      }\n    ": typeof types.AnySiteMailboxDocument,
    "\n      query AnySiteAuditLog {\n        auditLog(first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": typeof types.AnySiteAuditLogDocument,
    "\n      query SiteReservations($siteId: ID!) {\n        reservations(siteId: $siteId, first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": typeof types.SiteReservationsDocument,
    "\n      query SiteImports($siteId: ID!) {\n        imports(siteId: $siteId, first: 200) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.SiteImportsDocument,
    "\n      query SiteReservationsExport($siteId: ID!) {\n        exportReservations(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": typeof types.SiteReservationsExportDocument,
    "\n      query SiteRecordsExport($siteId: ID!) {\n        exportVaccinationRecords(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": typeof types.SiteRecordsExportDocument,
    "\n      query AnySiteLoginLocks {\n        loginLocks(first: 500) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.AnySiteLoginLocksDocument,
    "\n          mutation RecordVaccinationL1($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        ": typeof types.RecordVaccinationL1Document,
    "\n  mutation ResendLoginInformation($input: ResendLoginInformationInput!) {\n    resendLoginInformation(input: $input) {\n      ok\n      sentTo\n      method\n      withResetLink\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.ResendLoginInformationDocument,
    "\n  query AuditFiltered(\n    $siteId: ID\n    $action: String\n    $actorKind: AuditActorKind\n    $actorAdminUserId: ID\n    $actorApiKeyId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      siteId: $siteId\n      action: $action\n      actorKind: $actorKind\n      actorAdminUserId: $actorAdminUserId\n      actorApiKeyId: $actorApiKeyId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          siteId\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorRole\n          targetId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditFilteredDocument,
    "\n        mutation AskReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            ok\n          }\n        }\n      ": typeof types.AskResetDocument,
    "\n  mutation AnswerCacheRenameSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AnswerCacheRenameSiteDocument,
    "\n  mutation AnswerCacheCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerCacheCreateSiteDocument,
    "\n  mutation AnswerCacheRenameVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AnswerCacheRenameVenueDocument,
    "\n        query Site($code: String!) {\n          site(code: $code) {\n            id\n            name\n          }\n        }\n      ": typeof types.SiteDocument,
    "\n      query SchemaRoot {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    ": typeof types.SchemaRootDocument,
    "\n        mutation CommitImportById($id: ID!) {\n          commitImport(input: { importId: $id }) {\n            ok\n          }\n        }\n      ": typeof types.CommitImportByIdDocument,
    "\n        query MyTicket {\n          me {\n            ticketNumber\n            registered\n          }\n        }\n      ": typeof types.MyTicketDocument,
    "\n        query AvailabilityOfNothing {\n          availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") {\n            days {\n              date\n            }\n          }\n        }\n      ": typeof types.AvailabilityOfNothingDocument,
    "\n          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n            availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n              days {\n                date\n                remaining\n                bookable\n              }\n              slots {\n                id\n                remaining\n                venue {\n                  name\n                }\n                vaccine {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.AvailabilityFromAprilDocument,
    "\n  mutation UpdateMyEmailBeforeCancelling($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n    }\n  }\n": typeof types.UpdateMyEmailBeforeCancellingDocument,
    "\n        query VenuesOfS0003 {\n          venues(siteCode: \"S0003\") {\n            id\n          }\n        }\n      ": typeof types.VenuesOfS0003Document,
    "\n        query VenuesOfS0001 {\n          venues(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": typeof types.VenuesOfS0001Document,
    "\n        query VaccinesOfS0001 {\n          vaccines(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": typeof types.VaccinesOfS0001Document,
    "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n": typeof types.CountsDocument,
    "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n": typeof types.DetailedDocument,
    "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n": typeof types.OptionalDocument,
    "\n  query LatinNamesSitePolicy($code: String!) {\n    site(code: $code) {\n      plan\n      allowLatinNames\n    }\n  }\n": typeof types.LatinNamesSitePolicyDocument,
    "\n  mutation LatinNamesCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      code\n      plan\n      allowLatinNames\n    }\n  }\n": typeof types.LatinNamesCreateSiteDocument,
    "\n  mutation LatinNamesUpdateSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      allowLatinNames\n    }\n  }\n": typeof types.LatinNamesUpdateSiteDocument,
    "\n  query LatinNamesMe {\n    me {\n      registered\n      familyNameKana\n      givenNameKana\n    }\n  }\n": typeof types.LatinNamesMeDocument,
    "\n        mutation CancelSlotClinicClosed($slotId: ID!) {\n          cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) {\n            cancelledReservations\n          }\n        }\n      ": typeof types.CancelSlotClinicClosedDocument,
    "\n          query MyReservationIds {\n            myReservations {\n              id\n            }\n          }\n        ": typeof types.MyReservationIdsDocument,
    "\n        query Mailbox($siteId: ID) {\n          mailbox(siteId: $siteId) {\n            to\n            subject\n            text\n            status\n            transport\n          }\n        }\n      ": typeof types.MailboxDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n": typeof types.SetReminderOptInDocument,
    "\n        query MyEmail {\n          me {\n            email\n          }\n        }\n      ": typeof types.MyEmailDocument,
    "\n        query VenueBoardAttendance($venueId: ID!, $date: LocalDate!) {\n          venueBoard(venueId: $venueId, date: $date) {\n            attendance {\n              totals {\n                arrived\n                vaccinated\n                noShow\n                toCome\n              }\n            }\n          }\n        }\n      ": typeof types.VenueBoardAttendanceDocument,
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
    "\n  query Changes($siteId: ID!, $after: String, $first: Int, $types: [String!]) {\n    changes(siteId: $siteId, after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          eventId\n          type\n          occurredAt\n          siteId\n          ticketId\n          ticketNumber\n          externalId\n          reservationId\n          vaccinationRecordId\n          slotId\n          slotStartsAt\n          dose\n          reservationStatus\n          madeBy\n          cancelledBy\n          reason\n          vaccinatedOn\n          data\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        siteId\n        url\n        eventTypes\n        enabled\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      consecutiveFailures\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deleted\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints($siteId: ID!) {\n    webhookEndpoints(siteId: $siteId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      consecutiveFailures\n      previousSecretExpiresAt\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          deliveredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      ok\n      statusCode\n      error\n      delivery {\n        id\n        eventType\n        status\n      }\n    }\n  }\n": typeof types.PingWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    siteId\n    name\n    prefix\n    lastFour\n    scopes\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ApiKeys($siteId: ID!, $first: Int, $after: String) {\n    apiKeys(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query AuditActors($siteId: ID, $action: String) {\n    auditLog(siteId: $siteId, action: $action, first: 20) {\n      edges {\n        node {\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorName\n          actorRole\n          targetId\n        }\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query SiteVenues($siteCode: String!) {\n    venues(siteCode: $siteCode) {\n      id\n      name\n    }\n  }\n": typeof types.SiteVenuesDocument,
    "\n  mutation Change($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n      previousSlots {\n        id\n        startsAt\n      }\n    }\n  }\n": typeof types.ChangeDocument,
    "\n  query Sites($search: String, $first: Int!, $after: String) {\n    sites(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          termsOfUse\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SitesDocument,
    "\n  query AdminUsers($siteId: ID!, $first: Int!, $after: String) {\n    adminUsers(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          role\n          siteId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query DefaultTermsOfUse {\n    defaultTermsOfUse\n  }\n": typeof types.DefaultTermsOfUseDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordWithLinkDocument,
    "\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.ResetPasswordWithFactsDocument,
    "\n  mutation ResetRecipientPassword($input: ResetRecipientPasswordInput!) {\n    resetRecipientPassword(input: $input) {\n      ok\n      temporaryPassword\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetRecipientPasswordDocument,
    "\n  query ResetMailbox($siteId: ID) {\n    mailbox(siteId: $siteId) {\n      to\n      subject\n      text\n      status\n    }\n  }\n": typeof types.ResetMailboxDocument,
    "\n  query Roster($siteId: ID!, $first: Int, $after: String, $filter: TicketFilter) {\n    tickets(siteId: $siteId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          number\n          municipalityCode\n          status\n          externalId\n          email\n          department\n          familyNameKana\n          givenNameKana\n          booking {\n            state\n            dosesBooked\n            dosesVaccinated\n            dosesInSeries\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation UpsertTickets($input: UpsertTicketsInput!) {\n    upsertTickets(input: $input) {\n      ok\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows {\n        index\n        ticketNumber\n        ticketId\n        outcome\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.UpsertTicketsDocument,
    "\n  mutation RevokeTicket($input: RevokeTicketInput!) {\n    revokeTicket(input: $input) {\n      revoked\n      cancelledReservations\n      ticket {\n        id\n        status\n        booking {\n          state\n          dosesBooked\n        }\n      }\n    }\n  }\n": typeof types.RevokeTicketDocument,
    "\n  mutation RevokeTickets($input: RevokeTicketsInput!) {\n    revokeTickets(input: $input) {\n      revoked\n      alreadyRevoked\n      ticketIds\n      notFound\n      cancelledReservations\n    }\n  }\n": typeof types.RevokeTicketsDocument,
    "\n  mutation AskFaq($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n": typeof types.AskFaqDocument,
    "\n  query FaqSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      source\n      question\n    }\n  }\n": typeof types.FaqSuggestionsDocument,
    "\n  query FaqSiteEntries($siteId: ID!) {\n    faqSiteEntries(siteId: $siteId) {\n      id\n      position\n      enabled\n      questionJa\n      answerJa\n      questionEn\n      answerEn\n      link\n    }\n  }\n": typeof types.FaqSiteEntriesDocument,
    "\n  query FaqCommonEntries($siteId: ID!) {\n    faqCommonEntries(siteId: $siteId) {\n      id\n      hidden\n    }\n  }\n": typeof types.FaqCommonEntriesDocument,
    "\n  mutation CreateFaqEntry($input: CreateFaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n      position\n      enabled\n      questionJa\n      link\n    }\n  }\n": typeof types.CreateFaqEntryDocument,
    "\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      id\n      enabled\n      answerJa\n    }\n  }\n": typeof types.UpdateFaqEntryDocument,
    "\n  mutation ReorderFaqEntries($input: ReorderFaqEntriesInput!) {\n    reorderFaqEntries(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderFaqEntriesDocument,
    "\n  mutation SetFaqCommonEntryHidden($input: SetFaqCommonEntryHiddenInput!) {\n    setFaqCommonEntryHidden(input: $input) {\n      id\n      hidden\n    }\n  }\n": typeof types.SetFaqCommonEntryHiddenDocument,
    "\n  query FaqContact($siteId: ID!) {\n    faqContact(siteId: $siteId) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n": typeof types.FaqContactDocument,
    "\n  mutation SetFaqContact($input: SetFaqContactInput!) {\n    setFaqContact(input: $input) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n": typeof types.SetFaqContactDocument,
    "\n  query FaqUnanswered($siteId: ID!, $first: Int, $after: String) {\n    faqUnansweredQuestions(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          question\n          language\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FaqUnansweredDocument,
    "\n  fragment ImportRowErrorPage on ImportRowErrorConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ImportRowErrorFields\n        value\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ImportRowErrorPageFragmentDoc,
    "\n  mutation PreviewImportPage($input: PreviewImportInput!, $first: Int) {\n    previewImport(input: $input) {\n      importId\n      rowCount\n      errorCount\n      errorPage(first: $first) {\n        ...ImportRowErrorPage\n      }\n    }\n  }\n": typeof types.PreviewImportPageDocument,
    "\n  query ImportErrors($importId: ID!, $first: Int, $after: String) {\n    importErrors(importId: $importId, first: $first, after: $after) {\n      ...ImportRowErrorPage\n    }\n  }\n": typeof types.ImportErrorsDocument,
    "\n  query ImportHistory($siteId: ID!) {\n    imports(siteId: $siteId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n          unchangedCount\n          errorCount\n          mailsQueuedCount\n          uploadedBy {\n            kind\n            id\n            name\n          }\n          committedBy {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportHistoryDocument,
    "\n  mutation LinkRealTicket($input: LinkRealTicketInput!) {\n    linkRealTicket(input: $input) {\n      ok\n      link {\n        ticketId\n        provisionalNumber\n        realNumber\n        realMunicipalityCode\n        linkedAt\n      }\n      error {\n        code\n        message\n        linkedTicketNumber\n      }\n    }\n  }\n": typeof types.LinkRealTicketDocument,
    "\n  query RealTicketLinks($siteId: ID!, $linked: Boolean, $first: Int, $after: String) {\n    realTicketLinks(siteId: $siteId, linked: $linked, first: $first, after: $after) {\n      edges {\n        node {\n          ticketId\n          provisionalNumber\n          externalId\n          realNumber\n          realMunicipalityCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RealTicketLinksDocument,
    "\n  query ExportUnlinkedTickets($input: ExportUnlinkedTicketsInput!) {\n    exportUnlinkedTickets(input: $input) {\n      filename\n      rowCount\n      encoding\n      base64\n    }\n  }\n": typeof types.ExportUnlinkedTicketsDocument,
    "\n  query VenueDoctors($venueId: ID!) {\n    venueDoctors(venueId: $venueId) {\n      id\n      venueId\n      name\n    }\n  }\n": typeof types.VenueDoctorsDocument,
    "\n  mutation AddVenueDoctor($input: AddVenueDoctorInput!) {\n    addVenueDoctor(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AddVenueDoctorDocument,
    "\n  mutation RemoveVenueDoctor($input: RemoveVenueDoctorInput!) {\n    removeVenueDoctor(input: $input)\n  }\n": typeof types.RemoveVenueDoctorDocument,
    "\n  mutation RecordAtDesk($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          vaccinatedOn\n          vaccinatedAt\n          lotNumber\n          doctorName\n          manufacturer\n          deskId\n        }\n      }\n    }\n  }\n": typeof types.RecordAtDeskDocument,
    "\n  query VenueDaySummary($venueId: ID!, $date: LocalDate!) {\n    venueDaySummary(venueId: $venueId, date: $date) {\n      date\n      slots {\n        slotId\n        vaccineName\n        capacity\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n      totals {\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n    }\n  }\n": typeof types.VenueDaySummaryDocument,
    "\n  query VenueDaySearch($venueId: ID!, $date: LocalDate!, $query: String!) {\n    venueDaySearch(venueId: $venueId, date: $date, query: $query) {\n      id\n      ticketNumber\n      realNumber\n      status\n    }\n  }\n": typeof types.VenueDaySearchDocument,
    "\n  query VenueDeskDefaults($venueId: ID!, $deskId: String!) {\n    venueDeskDefaults(venueId: $venueId, deskId: $deskId) {\n      manufacturer\n      lotNumber\n      doctorId\n      doctorName\n    }\n  }\n": typeof types.VenueDeskDefaultsDocument,
    "\n  mutation UndoVenueAction($input: UndoVenueActionInput!) {\n    undoVenueAction(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          lotNumber\n        }\n      }\n    }\n  }\n": typeof types.UndoVenueActionDocument,
    "\n  subscription VenueDayChanged($venueId: ID!, $date: LocalDate!) {\n    venueDayChanged(venueId: $venueId, date: $date) {\n      reservationId\n      slotId\n      change\n      date\n      at\n    }\n  }\n": typeof types.VenueDayChangedDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      accessInfo\n      closed\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation UpdateVaccine($input: UpdateVaccineInput!) {\n    updateVaccine(input: $input) {\n      id\n      name\n      manufacturer\n      doses\n      doseIntervalDays\n      intervalWindowDays\n    }\n  }\n": typeof types.UpdateVaccineDocument,
    "\n  mutation UpdateSlotCapacity($input: UpdateSlotCapacityInput!) {\n    updateSlotCapacity(input: $input) {\n      ok\n      slot {\n        id\n        capacity\n        remaining\n        status\n      }\n      error {\n        code\n        message\n        booked\n        requested\n      }\n    }\n  }\n": typeof types.UpdateSlotCapacityDocument,
    "\n  mutation CloseSlots($input: SlotScopeInput!) {\n    closeSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CloseSlotsDocument,
    "\n  mutation ReopenSlots($input: SlotScopeInput!) {\n    reopenSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReopenSlotsDocument,
    "\n  query PreviewSlots($input: SlotPatternInput!) {\n    previewSlots(input: $input) {\n      vaccineId\n      slots {\n        date\n        startsAt\n        endsAt\n        capacity\n      }\n      skipped {\n        date\n        startsAt\n        endsAt\n        reason\n        overlaps {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.PreviewSlotsDocument,
    "\n  mutation CreateSlots($input: SlotPatternInput!) {\n    createSlots(input: $input) {\n      vaccineId\n      created {\n        id\n        startsAt\n        endsAt\n        capacity\n        status\n      }\n      skipped {\n        date\n        startsAt\n        reason\n        overlaps {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateSlotsDocument,
    "\n  fragment SlotCountFields on SlotCount {\n    slotId\n    date\n    capacity\n    booked\n    free\n    status\n    slot {\n      id\n      startsAt\n      endsAt\n      vaccineId\n    }\n  }\n": typeof types.SlotCountFieldsFragmentDoc,
    "\n  fragment SlotDayTotalsFields on SlotDayTotals {\n    date\n    slots\n    closedSlots\n    capacity\n    booked\n    free\n  }\n": typeof types.SlotDayTotalsFieldsFragmentDoc,
    "\n  query SlotCalendar($input: SlotCalendarInput!) {\n    slotCalendar(input: $input) {\n      venueId\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n": typeof types.SlotCalendarDocument,
    "\n  query VenueBoard($venueId: ID!, $date: LocalDate!) {\n    venueBoard(venueId: $venueId, date: $date) {\n      venueId\n      date\n      totals {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n": typeof types.VenueBoardDocument,
    "\n  query CampaignChart($input: CampaignChartInput!) {\n    campaignChart(input: $input) {\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n    }\n  }\n": typeof types.CampaignChartDocument,
    "\n  subscription BoardUpdates($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      capacity\n      booked\n      remaining\n      slot {\n        id\n        status\n      }\n    }\n  }\n": typeof types.BoardUpdatesDocument,
};
const documents: Documents = {
    "\n  query LatinNamesBrowserSite($code: String!) {\n    site(code: $code) {\n      allowLatinNames\n    }\n  }\n": types.LatinNamesBrowserSiteDocument,
    "\n  mutation LatinNamesBrowserSetting($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      allowLatinNames\n    }\n  }\n": types.LatinNamesBrowserSettingDocument,
    "\n          query TryMe {\n            me {\n              ticketNumber\n            }\n          }\n        ": types.TryMeDocument,
    "\n          query TryMyReservations {\n            myReservations {\n              id\n            }\n          }\n        ": types.TryMyReservationsDocument,
    "\n          mutation TryCancelReservation($id: ID!) {\n            cancelReservation(input: { reservationId: $id }) {\n              ok\n            }\n          }\n        ": types.TryCancelReservationDocument,
    "\n          mutation TryRegisterRecipient {\n            registerRecipient(\n              input: { familyNameKana: \"ア\", givenNameKana: \"イ\", password: \"password-1\", acceptTerms: true }\n            ) {\n              registered\n            }\n          }\n        ": types.TryRegisterRecipientDocument,
    "\n          mutation TrySetReminderOptIn {\n            setReminderOptIn(enabled: false) {\n              reminderOptIn\n            }\n          }\n        ": types.TrySetReminderOptInDocument,
    "\n          mutation TryUpdateMyProfile {\n            updateMyProfile(input: { email: \"x@test.example\" }) {\n              email\n            }\n          }\n        ": types.TryUpdateMyProfileDocument,
    "\n          mutation TryCreateSite {\n            createSite(input: { name: \"x\", plan: MUNICIPAL }) {\n              id\n            }\n          }\n        ": types.TryCreateSiteDocument,
    "\n          mutation TryCreateAdminUser($siteId: ID!) {\n            createAdminUser(\n              input: {\n                email: \"intruder@test.example\"\n                displayName: \"x\"\n                password: \"password-123\"\n                role: SITE_ADMIN\n                siteId: $siteId\n              }\n            ) {\n              id\n            }\n          }\n        ": types.TryCreateAdminUserDocument,
    "\n          query TryAdminUsers($siteId: ID!) {\n            adminUsers(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryAdminUsersDocument,
    "\n          mutation TryAssignStaffVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": types.TryAssignStaffVenuesDocument,
    "\n          mutation TryCreateVaccine($siteId: ID!) {\n            createVaccine(input: { siteId: $siteId, name: \"x\", manufacturer: \"x\", doses: 1 }) {\n              id\n            }\n          }\n        ": types.TryCreateVaccineDocument,
    "\n          mutation TryCreateSlot($input: CreateSlotInput!) {\n            createSlot(input: $input) {\n              id\n            }\n          }\n        ": types.TryCreateSlotDocument,
    "\n          mutation TryGenerateSlots($input: GenerateSlotsInput!) {\n            generateSlots(input: $input) {\n              created\n            }\n          }\n        ": types.TryGenerateSlotsDocument,
    "\n          mutation TryCancelSlot($slotId: ID!) {\n            cancelSlot(input: { slotId: $slotId, reason: \"x\" }) {\n              cancelledReservations\n            }\n          }\n        ": types.TryCancelSlotDocument,
    "\n          mutation TryRegisterTickets($siteId: ID!) {\n            registerTickets(\n              input: { siteId: $siteId, tickets: [{ number: \"8888888888\", birthDate: \"1980-01-01\" }] }\n            ) {\n              created\n            }\n          }\n        ": types.TryRegisterTicketsDocument,
    "\n          query TryImportErrors($id: ID!) {\n            importErrors(importId: $id) {\n              totalCount\n            }\n          }\n        ": types.TryImportErrorsDocument,
    "\n          query TryImports($siteId: ID!) {\n            imports(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryImportsDocument,
    "\n          query TryIssuedTicketsFile($id: ID!) {\n            issuedTicketsFile(importId: $id) {\n              base64\n            }\n          }\n        ": types.TryIssuedTicketsFileDocument,
    "\n          query TryReservations($siteId: ID!) {\n            reservations(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryReservationsDocument,
    "\n          query TryVenueDay($venueId: ID!, $date: LocalDate!) {\n            venueDay(venueId: $venueId, date: $date) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryVenueDayDocument,
    "\n          mutation TryChangeReservation($id: ID!, $slotId: ID!) {\n            changeReservation(input: { reservationId: $id, newSlotId: $slotId }) {\n              ok\n            }\n          }\n        ": types.TryChangeReservationDocument,
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
    "\n          query TryApiKeys($siteId: ID!) {\n            apiKeys(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TryApiKeysDocument,
    "\n          mutation TryResetRecipientPassword($siteId: ID!) {\n            resetRecipientPassword(input: { siteId: $siteId, ticketNumber: \"1234567890\" }) {\n              ok\n            }\n          }\n        ": types.TryResetRecipientPasswordDocument,
    "\n          mutation TryRevokeApiKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              apiKey {\n                revokedAt\n              }\n            }\n          }\n        ": types.TryRevokeApiKeyDocument,
    "\n          mutation TryResendLoginInformation($ticketId: ID!) {\n            resendLoginInformation(input: { ticketId: $ticketId }) {\n              ok\n            }\n          }\n        ": types.TryResendLoginInformationDocument,
    "\n          mutation AssignForeignVenues($input: AssignStaffVenuesInput!) {\n            assignStaffVenues(input: $input) {\n              adminUserId\n            }\n          }\n        ": types.AssignForeignVenuesDocument,
    "\n      query AnySiteMailbox {\n        mailbox(first: 200) {\n          id\n          siteId\n        }\n      }\n    ": types.AnySiteMailboxDocument,
    "\n      query AnySiteAuditLog {\n        auditLog(first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": types.AnySiteAuditLogDocument,
    "\n      query SiteReservations($siteId: ID!) {\n        reservations(siteId: $siteId, first: 500) {\n          edges {\n            node {\n              siteId\n            }\n          }\n        }\n      }\n    ": types.SiteReservationsDocument,
    "\n      query SiteImports($siteId: ID!) {\n        imports(siteId: $siteId, first: 200) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.SiteImportsDocument,
    "\n      query SiteReservationsExport($siteId: ID!) {\n        exportReservations(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": types.SiteReservationsExportDocument,
    "\n      query SiteRecordsExport($siteId: ID!) {\n        exportVaccinationRecords(input: { siteId: $siteId }) {\n          rowCount\n        }\n      }\n    ": types.SiteRecordsExportDocument,
    "\n      query AnySiteLoginLocks {\n        loginLocks(first: 500) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.AnySiteLoginLocksDocument,
    "\n          mutation RecordVaccinationL1($id: ID!) {\n            recordVaccination(input: { reservationId: $id, lotNumber: \"L1\", doctorName: \"D\" }) {\n              ok\n            }\n          }\n        ": types.RecordVaccinationL1Document,
    "\n  mutation ResendLoginInformation($input: ResendLoginInformationInput!) {\n    resendLoginInformation(input: $input) {\n      ok\n      sentTo\n      method\n      withResetLink\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.ResendLoginInformationDocument,
    "\n  query AuditFiltered(\n    $siteId: ID\n    $action: String\n    $actorKind: AuditActorKind\n    $actorAdminUserId: ID\n    $actorApiKeyId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      siteId: $siteId\n      action: $action\n      actorKind: $actorKind\n      actorAdminUserId: $actorAdminUserId\n      actorApiKeyId: $actorApiKeyId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          siteId\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorRole\n          targetId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditFilteredDocument,
    "\n        mutation AskReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            ok\n          }\n        }\n      ": types.AskResetDocument,
    "\n  mutation AnswerCacheRenameSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      name\n    }\n  }\n": types.AnswerCacheRenameSiteDocument,
    "\n  mutation AnswerCacheCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n": types.AnswerCacheCreateSiteDocument,
    "\n  mutation AnswerCacheRenameVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n    }\n  }\n": types.AnswerCacheRenameVenueDocument,
    "\n        query Site($code: String!) {\n          site(code: $code) {\n            id\n            name\n          }\n        }\n      ": types.SiteDocument,
    "\n      query SchemaRoot {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    ": types.SchemaRootDocument,
    "\n        mutation CommitImportById($id: ID!) {\n          commitImport(input: { importId: $id }) {\n            ok\n          }\n        }\n      ": types.CommitImportByIdDocument,
    "\n        query MyTicket {\n          me {\n            ticketNumber\n            registered\n          }\n        }\n      ": types.MyTicketDocument,
    "\n        query AvailabilityOfNothing {\n          availability(venueId: \"x\", vaccineId: \"y\", from: \"2026-01-01\", to: \"2026-01-02\") {\n            days {\n              date\n            }\n          }\n        }\n      ": types.AvailabilityOfNothingDocument,
    "\n          query AvailabilityFromApril($venueId: ID!, $vaccineId: ID!, $to: LocalDate!) {\n            availability(venueId: $venueId, vaccineId: $vaccineId, from: \"2030-04-01\", to: $to) {\n              days {\n                date\n                remaining\n                bookable\n              }\n              slots {\n                id\n                remaining\n                venue {\n                  name\n                }\n                vaccine {\n                  name\n                }\n              }\n            }\n          }\n        ": types.AvailabilityFromAprilDocument,
    "\n  mutation UpdateMyEmailBeforeCancelling($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n    }\n  }\n": types.UpdateMyEmailBeforeCancellingDocument,
    "\n        query VenuesOfS0003 {\n          venues(siteCode: \"S0003\") {\n            id\n          }\n        }\n      ": types.VenuesOfS0003Document,
    "\n        query VenuesOfS0001 {\n          venues(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": types.VenuesOfS0001Document,
    "\n        query VaccinesOfS0001 {\n          vaccines(siteCode: \"S0001\") {\n            id\n          }\n        }\n      ": types.VaccinesOfS0001Document,
    "\n  subscription Counts($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n    }\n  }\n": types.CountsDocument,
    "\n  subscription Detailed($venueId: ID!) {\n    changes: slotAvailabilityChanged(venueId: $venueId) {\n      __typename\n      slotId\n      left: remaining\n      ...Place\n    }\n  }\n  fragment Place on SlotAvailability {\n    capacity\n    slot {\n      id\n      status\n      remaining\n      venue {\n        name\n      }\n      vaccine {\n        name\n        doses\n      }\n    }\n  }\n": types.DetailedDocument,
    "\n  subscription Optional($venueId: ID!, $withSlot: Boolean!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      slot @include(if: $withSlot) {\n        startsAt\n      }\n    }\n  }\n": types.OptionalDocument,
    "\n  query LatinNamesSitePolicy($code: String!) {\n    site(code: $code) {\n      plan\n      allowLatinNames\n    }\n  }\n": types.LatinNamesSitePolicyDocument,
    "\n  mutation LatinNamesCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      code\n      plan\n      allowLatinNames\n    }\n  }\n": types.LatinNamesCreateSiteDocument,
    "\n  mutation LatinNamesUpdateSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      allowLatinNames\n    }\n  }\n": types.LatinNamesUpdateSiteDocument,
    "\n  query LatinNamesMe {\n    me {\n      registered\n      familyNameKana\n      givenNameKana\n    }\n  }\n": types.LatinNamesMeDocument,
    "\n        mutation CancelSlotClinicClosed($slotId: ID!) {\n          cancelSlot(input: { slotId: $slotId, reason: \"休診\" }) {\n            cancelledReservations\n          }\n        }\n      ": types.CancelSlotClinicClosedDocument,
    "\n          query MyReservationIds {\n            myReservations {\n              id\n            }\n          }\n        ": types.MyReservationIdsDocument,
    "\n        query Mailbox($siteId: ID) {\n          mailbox(siteId: $siteId) {\n            to\n            subject\n            text\n            status\n            transport\n          }\n        }\n      ": types.MailboxDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n      phone\n      language\n      reminderOptIn\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      reminderOptIn\n    }\n  }\n": types.SetReminderOptInDocument,
    "\n        query MyEmail {\n          me {\n            email\n          }\n        }\n      ": types.MyEmailDocument,
    "\n        query VenueBoardAttendance($venueId: ID!, $date: LocalDate!) {\n          venueBoard(venueId: $venueId, date: $date) {\n            attendance {\n              totals {\n                arrived\n                vaccinated\n                noShow\n                toCome\n              }\n            }\n          }\n        }\n      ": types.VenueBoardAttendanceDocument,
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
    "\n  query Changes($siteId: ID!, $after: String, $first: Int, $types: [String!]) {\n    changes(siteId: $siteId, after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          eventId\n          type\n          occurredAt\n          siteId\n          ticketId\n          ticketNumber\n          externalId\n          reservationId\n          vaccinationRecordId\n          slotId\n          slotStartsAt\n          dose\n          reservationStatus\n          madeBy\n          cancelledBy\n          reason\n          vaccinatedOn\n          data\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChangesDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        siteId\n        url\n        eventTypes\n        enabled\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      consecutiveFailures\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deleted\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints($siteId: ID!) {\n    webhookEndpoints(siteId: $siteId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      consecutiveFailures\n      previousSecretExpiresAt\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          deliveredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      ok\n      statusCode\n      error\n      delivery {\n        id\n        eventType\n        status\n      }\n    }\n  }\n": types.PingWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n        updatedAt\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    siteId\n    name\n    prefix\n    lastFour\n    scopes\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ApiKeys($siteId: ID!, $first: Int, $after: String) {\n    apiKeys(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query AuditActors($siteId: ID, $action: String) {\n    auditLog(siteId: $siteId, action: $action, first: 20) {\n      edges {\n        node {\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorName\n          actorRole\n          targetId\n        }\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query SiteVenues($siteCode: String!) {\n    venues(siteCode: $siteCode) {\n      id\n      name\n    }\n  }\n": types.SiteVenuesDocument,
    "\n  mutation Change($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n      previousSlots {\n        id\n        startsAt\n      }\n    }\n  }\n": types.ChangeDocument,
    "\n  query Sites($search: String, $first: Int!, $after: String) {\n    sites(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          termsOfUse\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SitesDocument,
    "\n  query AdminUsers($siteId: ID!, $first: Int!, $after: String) {\n    adminUsers(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          role\n          siteId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query DefaultTermsOfUse {\n    defaultTermsOfUse\n  }\n": types.DefaultTermsOfUseDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.ResetPasswordWithLinkDocument,
    "\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.ResetPasswordWithFactsDocument,
    "\n  mutation ResetRecipientPassword($input: ResetRecipientPasswordInput!) {\n    resetRecipientPassword(input: $input) {\n      ok\n      temporaryPassword\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.ResetRecipientPasswordDocument,
    "\n  query ResetMailbox($siteId: ID) {\n    mailbox(siteId: $siteId) {\n      to\n      subject\n      text\n      status\n    }\n  }\n": types.ResetMailboxDocument,
    "\n  query Roster($siteId: ID!, $first: Int, $after: String, $filter: TicketFilter) {\n    tickets(siteId: $siteId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          number\n          municipalityCode\n          status\n          externalId\n          email\n          department\n          familyNameKana\n          givenNameKana\n          booking {\n            state\n            dosesBooked\n            dosesVaccinated\n            dosesInSeries\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  mutation UpsertTickets($input: UpsertTicketsInput!) {\n    upsertTickets(input: $input) {\n      ok\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows {\n        index\n        ticketNumber\n        ticketId\n        outcome\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.UpsertTicketsDocument,
    "\n  mutation RevokeTicket($input: RevokeTicketInput!) {\n    revokeTicket(input: $input) {\n      revoked\n      cancelledReservations\n      ticket {\n        id\n        status\n        booking {\n          state\n          dosesBooked\n        }\n      }\n    }\n  }\n": types.RevokeTicketDocument,
    "\n  mutation RevokeTickets($input: RevokeTicketsInput!) {\n    revokeTickets(input: $input) {\n      revoked\n      alreadyRevoked\n      ticketIds\n      notFound\n      cancelledReservations\n    }\n  }\n": types.RevokeTicketsDocument,
    "\n  mutation AskFaq($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n": types.AskFaqDocument,
    "\n  query FaqSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      source\n      question\n    }\n  }\n": types.FaqSuggestionsDocument,
    "\n  query FaqSiteEntries($siteId: ID!) {\n    faqSiteEntries(siteId: $siteId) {\n      id\n      position\n      enabled\n      questionJa\n      answerJa\n      questionEn\n      answerEn\n      link\n    }\n  }\n": types.FaqSiteEntriesDocument,
    "\n  query FaqCommonEntries($siteId: ID!) {\n    faqCommonEntries(siteId: $siteId) {\n      id\n      hidden\n    }\n  }\n": types.FaqCommonEntriesDocument,
    "\n  mutation CreateFaqEntry($input: CreateFaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n      position\n      enabled\n      questionJa\n      link\n    }\n  }\n": types.CreateFaqEntryDocument,
    "\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      id\n      enabled\n      answerJa\n    }\n  }\n": types.UpdateFaqEntryDocument,
    "\n  mutation ReorderFaqEntries($input: ReorderFaqEntriesInput!) {\n    reorderFaqEntries(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderFaqEntriesDocument,
    "\n  mutation SetFaqCommonEntryHidden($input: SetFaqCommonEntryHiddenInput!) {\n    setFaqCommonEntryHidden(input: $input) {\n      id\n      hidden\n    }\n  }\n": types.SetFaqCommonEntryHiddenDocument,
    "\n  query FaqContact($siteId: ID!) {\n    faqContact(siteId: $siteId) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n": types.FaqContactDocument,
    "\n  mutation SetFaqContact($input: SetFaqContactInput!) {\n    setFaqContact(input: $input) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n": types.SetFaqContactDocument,
    "\n  query FaqUnanswered($siteId: ID!, $first: Int, $after: String) {\n    faqUnansweredQuestions(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          question\n          language\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FaqUnansweredDocument,
    "\n  fragment ImportRowErrorPage on ImportRowErrorConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ImportRowErrorFields\n        value\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ImportRowErrorPageFragmentDoc,
    "\n  mutation PreviewImportPage($input: PreviewImportInput!, $first: Int) {\n    previewImport(input: $input) {\n      importId\n      rowCount\n      errorCount\n      errorPage(first: $first) {\n        ...ImportRowErrorPage\n      }\n    }\n  }\n": types.PreviewImportPageDocument,
    "\n  query ImportErrors($importId: ID!, $first: Int, $after: String) {\n    importErrors(importId: $importId, first: $first, after: $after) {\n      ...ImportRowErrorPage\n    }\n  }\n": types.ImportErrorsDocument,
    "\n  query ImportHistory($siteId: ID!) {\n    imports(siteId: $siteId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n          unchangedCount\n          errorCount\n          mailsQueuedCount\n          uploadedBy {\n            kind\n            id\n            name\n          }\n          committedBy {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ImportHistoryDocument,
    "\n  mutation LinkRealTicket($input: LinkRealTicketInput!) {\n    linkRealTicket(input: $input) {\n      ok\n      link {\n        ticketId\n        provisionalNumber\n        realNumber\n        realMunicipalityCode\n        linkedAt\n      }\n      error {\n        code\n        message\n        linkedTicketNumber\n      }\n    }\n  }\n": types.LinkRealTicketDocument,
    "\n  query RealTicketLinks($siteId: ID!, $linked: Boolean, $first: Int, $after: String) {\n    realTicketLinks(siteId: $siteId, linked: $linked, first: $first, after: $after) {\n      edges {\n        node {\n          ticketId\n          provisionalNumber\n          externalId\n          realNumber\n          realMunicipalityCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RealTicketLinksDocument,
    "\n  query ExportUnlinkedTickets($input: ExportUnlinkedTicketsInput!) {\n    exportUnlinkedTickets(input: $input) {\n      filename\n      rowCount\n      encoding\n      base64\n    }\n  }\n": types.ExportUnlinkedTicketsDocument,
    "\n  query VenueDoctors($venueId: ID!) {\n    venueDoctors(venueId: $venueId) {\n      id\n      venueId\n      name\n    }\n  }\n": types.VenueDoctorsDocument,
    "\n  mutation AddVenueDoctor($input: AddVenueDoctorInput!) {\n    addVenueDoctor(input: $input) {\n      id\n      name\n    }\n  }\n": types.AddVenueDoctorDocument,
    "\n  mutation RemoveVenueDoctor($input: RemoveVenueDoctorInput!) {\n    removeVenueDoctor(input: $input)\n  }\n": types.RemoveVenueDoctorDocument,
    "\n  mutation RecordAtDesk($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          vaccinatedOn\n          vaccinatedAt\n          lotNumber\n          doctorName\n          manufacturer\n          deskId\n        }\n      }\n    }\n  }\n": types.RecordAtDeskDocument,
    "\n  query VenueDaySummary($venueId: ID!, $date: LocalDate!) {\n    venueDaySummary(venueId: $venueId, date: $date) {\n      date\n      slots {\n        slotId\n        vaccineName\n        capacity\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n      totals {\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n    }\n  }\n": types.VenueDaySummaryDocument,
    "\n  query VenueDaySearch($venueId: ID!, $date: LocalDate!, $query: String!) {\n    venueDaySearch(venueId: $venueId, date: $date, query: $query) {\n      id\n      ticketNumber\n      realNumber\n      status\n    }\n  }\n": types.VenueDaySearchDocument,
    "\n  query VenueDeskDefaults($venueId: ID!, $deskId: String!) {\n    venueDeskDefaults(venueId: $venueId, deskId: $deskId) {\n      manufacturer\n      lotNumber\n      doctorId\n      doctorName\n    }\n  }\n": types.VenueDeskDefaultsDocument,
    "\n  mutation UndoVenueAction($input: UndoVenueActionInput!) {\n    undoVenueAction(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          lotNumber\n        }\n      }\n    }\n  }\n": types.UndoVenueActionDocument,
    "\n  subscription VenueDayChanged($venueId: ID!, $date: LocalDate!) {\n    venueDayChanged(venueId: $venueId, date: $date) {\n      reservationId\n      slotId\n      change\n      date\n      at\n    }\n  }\n": types.VenueDayChangedDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      accessInfo\n      closed\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation UpdateVaccine($input: UpdateVaccineInput!) {\n    updateVaccine(input: $input) {\n      id\n      name\n      manufacturer\n      doses\n      doseIntervalDays\n      intervalWindowDays\n    }\n  }\n": types.UpdateVaccineDocument,
    "\n  mutation UpdateSlotCapacity($input: UpdateSlotCapacityInput!) {\n    updateSlotCapacity(input: $input) {\n      ok\n      slot {\n        id\n        capacity\n        remaining\n        status\n      }\n      error {\n        code\n        message\n        booked\n        requested\n      }\n    }\n  }\n": types.UpdateSlotCapacityDocument,
    "\n  mutation CloseSlots($input: SlotScopeInput!) {\n    closeSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.CloseSlotsDocument,
    "\n  mutation ReopenSlots($input: SlotScopeInput!) {\n    reopenSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.ReopenSlotsDocument,
    "\n  query PreviewSlots($input: SlotPatternInput!) {\n    previewSlots(input: $input) {\n      vaccineId\n      slots {\n        date\n        startsAt\n        endsAt\n        capacity\n      }\n      skipped {\n        date\n        startsAt\n        endsAt\n        reason\n        overlaps {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n": types.PreviewSlotsDocument,
    "\n  mutation CreateSlots($input: SlotPatternInput!) {\n    createSlots(input: $input) {\n      vaccineId\n      created {\n        id\n        startsAt\n        endsAt\n        capacity\n        status\n      }\n      skipped {\n        date\n        startsAt\n        reason\n        overlaps {\n          id\n        }\n      }\n    }\n  }\n": types.CreateSlotsDocument,
    "\n  fragment SlotCountFields on SlotCount {\n    slotId\n    date\n    capacity\n    booked\n    free\n    status\n    slot {\n      id\n      startsAt\n      endsAt\n      vaccineId\n    }\n  }\n": types.SlotCountFieldsFragmentDoc,
    "\n  fragment SlotDayTotalsFields on SlotDayTotals {\n    date\n    slots\n    closedSlots\n    capacity\n    booked\n    free\n  }\n": types.SlotDayTotalsFieldsFragmentDoc,
    "\n  query SlotCalendar($input: SlotCalendarInput!) {\n    slotCalendar(input: $input) {\n      venueId\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n": types.SlotCalendarDocument,
    "\n  query VenueBoard($venueId: ID!, $date: LocalDate!) {\n    venueBoard(venueId: $venueId, date: $date) {\n      venueId\n      date\n      totals {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n": types.VenueBoardDocument,
    "\n  query CampaignChart($input: CampaignChartInput!) {\n    campaignChart(input: $input) {\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n    }\n  }\n": types.CampaignChartDocument,
    "\n  subscription BoardUpdates($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      capacity\n      booked\n      remaining\n      slot {\n        id\n        status\n      }\n    }\n  }\n": types.BoardUpdatesDocument,
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
export function graphql(source: "\n  query LatinNamesBrowserSite($code: String!) {\n    site(code: $code) {\n      allowLatinNames\n    }\n  }\n"): (typeof documents)["\n  query LatinNamesBrowserSite($code: String!) {\n    site(code: $code) {\n      allowLatinNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LatinNamesBrowserSetting($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      allowLatinNames\n    }\n  }\n"): (typeof documents)["\n  mutation LatinNamesBrowserSetting($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      allowLatinNames\n    }\n  }\n"];
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
export function graphql(source: "\n          query TryAdminUsers($siteId: ID!) {\n            adminUsers(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryAdminUsers($siteId: ID!) {\n            adminUsers(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
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
export function graphql(source: "\n          query TryImportErrors($id: ID!) {\n            importErrors(importId: $id) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query TryImportErrors($id: ID!) {\n            importErrors(importId: $id) {\n              totalCount\n            }\n          }\n        "];
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
export function graphql(source: "\n          mutation TryChangeReservation($id: ID!, $slotId: ID!) {\n            changeReservation(input: { reservationId: $id, newSlotId: $slotId }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryChangeReservation($id: ID!, $slotId: ID!) {\n            changeReservation(input: { reservationId: $id, newSlotId: $slotId }) {\n              ok\n            }\n          }\n        "];
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
export function graphql(source: "\n          query TryApiKeys($siteId: ID!) {\n            apiKeys(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TryApiKeys($siteId: ID!) {\n            apiKeys(siteId: $siteId) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryResetRecipientPassword($siteId: ID!) {\n            resetRecipientPassword(input: { siteId: $siteId, ticketNumber: \"1234567890\" }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryResetRecipientPassword($siteId: ID!) {\n            resetRecipientPassword(input: { siteId: $siteId, ticketNumber: \"1234567890\" }) {\n              ok\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryRevokeApiKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              apiKey {\n                revokedAt\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation TryRevokeApiKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              apiKey {\n                revokedAt\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TryResendLoginInformation($ticketId: ID!) {\n            resendLoginInformation(input: { ticketId: $ticketId }) {\n              ok\n            }\n          }\n        "): (typeof documents)["\n          mutation TryResendLoginInformation($ticketId: ID!) {\n            resendLoginInformation(input: { ticketId: $ticketId }) {\n              ok\n            }\n          }\n        "];
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
export function graphql(source: "\n  mutation ResendLoginInformation($input: ResendLoginInformationInput!) {\n    resendLoginInformation(input: $input) {\n      ok\n      sentTo\n      method\n      withResetLink\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendLoginInformation($input: ResendLoginInformationInput!) {\n    resendLoginInformation(input: $input) {\n      ok\n      sentTo\n      method\n      withResetLink\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFiltered(\n    $siteId: ID\n    $action: String\n    $actorKind: AuditActorKind\n    $actorAdminUserId: ID\n    $actorApiKeyId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      siteId: $siteId\n      action: $action\n      actorKind: $actorKind\n      actorAdminUserId: $actorAdminUserId\n      actorApiKeyId: $actorApiKeyId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          siteId\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorRole\n          targetId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditFiltered(\n    $siteId: ID\n    $action: String\n    $actorKind: AuditActorKind\n    $actorAdminUserId: ID\n    $actorApiKeyId: ID\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      siteId: $siteId\n      action: $action\n      actorKind: $actorKind\n      actorAdminUserId: $actorAdminUserId\n      actorApiKeyId: $actorApiKeyId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          siteId\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorRole\n          targetId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AskReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            ok\n          }\n        }\n      "): (typeof documents)["\n        mutation AskReset($input: RequestPasswordResetInput!) {\n          requestPasswordReset(input: $input) {\n            ok\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCacheRenameSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCacheRenameSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCacheCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCacheCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCacheRenameVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCacheRenameVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateMyEmailBeforeCancelling($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyEmailBeforeCancelling($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      email\n    }\n  }\n"];
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
export function graphql(source: "\n  query LatinNamesSitePolicy($code: String!) {\n    site(code: $code) {\n      plan\n      allowLatinNames\n    }\n  }\n"): (typeof documents)["\n  query LatinNamesSitePolicy($code: String!) {\n    site(code: $code) {\n      plan\n      allowLatinNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LatinNamesCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      code\n      plan\n      allowLatinNames\n    }\n  }\n"): (typeof documents)["\n  mutation LatinNamesCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      code\n      plan\n      allowLatinNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LatinNamesUpdateSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      allowLatinNames\n    }\n  }\n"): (typeof documents)["\n  mutation LatinNamesUpdateSite($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      id\n      allowLatinNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatinNamesMe {\n    me {\n      registered\n      familyNameKana\n      givenNameKana\n    }\n  }\n"): (typeof documents)["\n  query LatinNamesMe {\n    me {\n      registered\n      familyNameKana\n      givenNameKana\n    }\n  }\n"];
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
export function graphql(source: "\n        query VenueBoardAttendance($venueId: ID!, $date: LocalDate!) {\n          venueBoard(venueId: $venueId, date: $date) {\n            attendance {\n              totals {\n                arrived\n                vaccinated\n                noShow\n                toCome\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query VenueBoardAttendance($venueId: ID!, $date: LocalDate!) {\n          venueBoard(venueId: $venueId, date: $date) {\n            attendance {\n              totals {\n                arrived\n                vaccinated\n                noShow\n                toCome\n              }\n            }\n          }\n        }\n      "];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($siteId: ID!, $after: String, $first: Int, $types: [String!]) {\n    changes(siteId: $siteId, after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          eventId\n          type\n          occurredAt\n          siteId\n          ticketId\n          ticketNumber\n          externalId\n          reservationId\n          vaccinationRecordId\n          slotId\n          slotStartsAt\n          dose\n          reservationStatus\n          madeBy\n          cancelledBy\n          reason\n          vaccinatedOn\n          data\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Changes($siteId: ID!, $after: String, $first: Int, $types: [String!]) {\n    changes(siteId: $siteId, after: $after, first: $first, types: $types) {\n      edges {\n        cursor\n        node {\n          eventId\n          type\n          occurredAt\n          siteId\n          ticketId\n          ticketNumber\n          externalId\n          reservationId\n          vaccinationRecordId\n          slotId\n          slotStartsAt\n          dose\n          reservationStatus\n          madeBy\n          cancelledBy\n          reason\n          vaccinatedOn\n          data\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        siteId\n        url\n        eventTypes\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        siteId\n        url\n        eventTypes\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      consecutiveFailures\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      id\n      url\n      eventTypes\n      enabled\n      disabledReason\n      consecutiveFailures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($siteId: ID!) {\n    webhookEndpoints(siteId: $siteId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      consecutiveFailures\n      previousSecretExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints($siteId: ID!) {\n    webhookEndpoints(siteId: $siteId) {\n      id\n      url\n      eventTypes\n      description\n      enabled\n      disabledReason\n      consecutiveFailures\n      previousSecretExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          deliveredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          eventId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastAttemptAt\n          deliveredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      ok\n      statusCode\n      error\n      delivery {\n        id\n        eventType\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {\n    pingWebhookEndpoint(input: $input) {\n      ok\n      statusCode\n      error\n      delivery {\n        id\n        eventType\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    siteId\n    name\n    prefix\n    lastFour\n    scopes\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    siteId\n    name\n    prefix\n    lastFour\n    scopes\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($siteId: ID!, $first: Int, $after: String) {\n    apiKeys(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($siteId: ID!, $first: Int, $after: String) {\n    apiKeys(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors($siteId: ID, $action: String) {\n    auditLog(siteId: $siteId, action: $action, first: 20) {\n      edges {\n        node {\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorName\n          actorRole\n          targetId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors($siteId: ID, $action: String) {\n    auditLog(siteId: $siteId, action: $action, first: 20) {\n      edges {\n        node {\n          action\n          actorAdminUserId\n          actorApiKeyId\n          actorName\n          actorRole\n          targetId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteVenues($siteCode: String!) {\n    venues(siteCode: $siteCode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SiteVenues($siteCode: String!) {\n    venues(siteCode: $siteCode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Change($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n      previousSlots {\n        id\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Change($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        pairId\n        slot {\n          id\n          startsAt\n        }\n      }\n      previousSlots {\n        id\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites($search: String, $first: Int!, $after: String) {\n    sites(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          termsOfUse\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sites($search: String, $first: Int!, $after: String) {\n    sites(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          termsOfUse\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($siteId: ID!, $first: Int!, $after: String) {\n    adminUsers(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          role\n          siteId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($siteId: ID!, $first: Int!, $after: String) {\n    adminUsers(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          role\n          siteId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefaultTermsOfUse {\n    defaultTermsOfUse\n  }\n"): (typeof documents)["\n  query DefaultTermsOfUse {\n    defaultTermsOfUse\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRecipientPassword($input: ResetRecipientPasswordInput!) {\n    resetRecipientPassword(input: $input) {\n      ok\n      temporaryPassword\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetRecipientPassword($input: ResetRecipientPasswordInput!) {\n    resetRecipientPassword(input: $input) {\n      ok\n      temporaryPassword\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetMailbox($siteId: ID) {\n    mailbox(siteId: $siteId) {\n      to\n      subject\n      text\n      status\n    }\n  }\n"): (typeof documents)["\n  query ResetMailbox($siteId: ID) {\n    mailbox(siteId: $siteId) {\n      to\n      subject\n      text\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($siteId: ID!, $first: Int, $after: String, $filter: TicketFilter) {\n    tickets(siteId: $siteId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          number\n          municipalityCode\n          status\n          externalId\n          email\n          department\n          familyNameKana\n          givenNameKana\n          booking {\n            state\n            dosesBooked\n            dosesVaccinated\n            dosesInSeries\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($siteId: ID!, $first: Int, $after: String, $filter: TicketFilter) {\n    tickets(siteId: $siteId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          siteId\n          number\n          municipalityCode\n          status\n          externalId\n          email\n          department\n          familyNameKana\n          givenNameKana\n          booking {\n            state\n            dosesBooked\n            dosesVaccinated\n            dosesInSeries\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertTickets($input: UpsertTicketsInput!) {\n    upsertTickets(input: $input) {\n      ok\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows {\n        index\n        ticketNumber\n        ticketId\n        outcome\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertTickets($input: UpsertTicketsInput!) {\n    upsertTickets(input: $input) {\n      ok\n      applied\n      created\n      updated\n      unchanged\n      failed\n      rows {\n        index\n        ticketNumber\n        ticketId\n        outcome\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTicket($input: RevokeTicketInput!) {\n    revokeTicket(input: $input) {\n      revoked\n      cancelledReservations\n      ticket {\n        id\n        status\n        booking {\n          state\n          dosesBooked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTicket($input: RevokeTicketInput!) {\n    revokeTicket(input: $input) {\n      revoked\n      cancelledReservations\n      ticket {\n        id\n        status\n        booking {\n          state\n          dosesBooked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTickets($input: RevokeTicketsInput!) {\n    revokeTickets(input: $input) {\n      revoked\n      alreadyRevoked\n      ticketIds\n      notFound\n      cancelledReservations\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTickets($input: RevokeTicketsInput!) {\n    revokeTickets(input: $input) {\n      revoked\n      alreadyRevoked\n      ticketIds\n      notFound\n      cancelledReservations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskFaq($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskFaq($input: AskFaqInput!) {\n    askFaq(input: $input) {\n      answered\n      contact\n      answer {\n        text\n        link\n        medical\n        entry {\n          id\n          source\n          question\n        }\n        reservations {\n          id\n          dose\n          startsAt\n          venueName\n        }\n      }\n      nearest {\n        id\n        source\n        question\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      source\n      question\n    }\n  }\n"): (typeof documents)["\n  query FaqSuggestions($siteCode: String!, $language: FaqLanguage!) {\n    faqSuggestions(siteCode: $siteCode, language: $language) {\n      id\n      source\n      question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqSiteEntries($siteId: ID!) {\n    faqSiteEntries(siteId: $siteId) {\n      id\n      position\n      enabled\n      questionJa\n      answerJa\n      questionEn\n      answerEn\n      link\n    }\n  }\n"): (typeof documents)["\n  query FaqSiteEntries($siteId: ID!) {\n    faqSiteEntries(siteId: $siteId) {\n      id\n      position\n      enabled\n      questionJa\n      answerJa\n      questionEn\n      answerEn\n      link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqCommonEntries($siteId: ID!) {\n    faqCommonEntries(siteId: $siteId) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  query FaqCommonEntries($siteId: ID!) {\n    faqCommonEntries(siteId: $siteId) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaqEntry($input: CreateFaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n      position\n      enabled\n      questionJa\n      link\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaqEntry($input: CreateFaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      id\n      position\n      enabled\n      questionJa\n      link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      id\n      enabled\n      answerJa\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      id\n      enabled\n      answerJa\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderFaqEntries($input: ReorderFaqEntriesInput!) {\n    reorderFaqEntries(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderFaqEntries($input: ReorderFaqEntriesInput!) {\n    reorderFaqEntries(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFaqCommonEntryHidden($input: SetFaqCommonEntryHiddenInput!) {\n    setFaqCommonEntryHidden(input: $input) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation SetFaqCommonEntryHidden($input: SetFaqCommonEntryHiddenInput!) {\n    setFaqCommonEntryHidden(input: $input) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqContact($siteId: ID!) {\n    faqContact(siteId: $siteId) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n"): (typeof documents)["\n  query FaqContact($siteId: ID!) {\n    faqContact(siteId: $siteId) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFaqContact($input: SetFaqContactInput!) {\n    setFaqContact(input: $input) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n"): (typeof documents)["\n  mutation SetFaqContact($input: SetFaqContactInput!) {\n    setFaqContact(input: $input) {\n      siteId\n      contactJa\n      contactEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqUnanswered($siteId: ID!, $first: Int, $after: String) {\n    faqUnansweredQuestions(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          question\n          language\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqUnanswered($siteId: ID!, $first: Int, $after: String) {\n    faqUnansweredQuestions(siteId: $siteId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          question\n          language\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowErrorPage on ImportRowErrorConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ImportRowErrorFields\n        value\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment ImportRowErrorPage on ImportRowErrorConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ImportRowErrorFields\n        value\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewImportPage($input: PreviewImportInput!, $first: Int) {\n    previewImport(input: $input) {\n      importId\n      rowCount\n      errorCount\n      errorPage(first: $first) {\n        ...ImportRowErrorPage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewImportPage($input: PreviewImportInput!, $first: Int) {\n    previewImport(input: $input) {\n      importId\n      rowCount\n      errorCount\n      errorPage(first: $first) {\n        ...ImportRowErrorPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportErrors($importId: ID!, $first: Int, $after: String) {\n    importErrors(importId: $importId, first: $first, after: $after) {\n      ...ImportRowErrorPage\n    }\n  }\n"): (typeof documents)["\n  query ImportErrors($importId: ID!, $first: Int, $after: String) {\n    importErrors(importId: $importId, first: $first, after: $after) {\n      ...ImportRowErrorPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportHistory($siteId: ID!) {\n    imports(siteId: $siteId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n          unchangedCount\n          errorCount\n          mailsQueuedCount\n          uploadedBy {\n            kind\n            id\n            name\n          }\n          committedBy {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportHistory($siteId: ID!) {\n    imports(siteId: $siteId, first: 20) {\n      edges {\n        node {\n          id\n          kind\n          status\n          rowCount\n          createdCount\n          unchangedCount\n          errorCount\n          mailsQueuedCount\n          uploadedBy {\n            kind\n            id\n            name\n          }\n          committedBy {\n            kind\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkRealTicket($input: LinkRealTicketInput!) {\n    linkRealTicket(input: $input) {\n      ok\n      link {\n        ticketId\n        provisionalNumber\n        realNumber\n        realMunicipalityCode\n        linkedAt\n      }\n      error {\n        code\n        message\n        linkedTicketNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkRealTicket($input: LinkRealTicketInput!) {\n    linkRealTicket(input: $input) {\n      ok\n      link {\n        ticketId\n        provisionalNumber\n        realNumber\n        realMunicipalityCode\n        linkedAt\n      }\n      error {\n        code\n        message\n        linkedTicketNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RealTicketLinks($siteId: ID!, $linked: Boolean, $first: Int, $after: String) {\n    realTicketLinks(siteId: $siteId, linked: $linked, first: $first, after: $after) {\n      edges {\n        node {\n          ticketId\n          provisionalNumber\n          externalId\n          realNumber\n          realMunicipalityCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RealTicketLinks($siteId: ID!, $linked: Boolean, $first: Int, $after: String) {\n    realTicketLinks(siteId: $siteId, linked: $linked, first: $first, after: $after) {\n      edges {\n        node {\n          ticketId\n          provisionalNumber\n          externalId\n          realNumber\n          realMunicipalityCode\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportUnlinkedTickets($input: ExportUnlinkedTicketsInput!) {\n    exportUnlinkedTickets(input: $input) {\n      filename\n      rowCount\n      encoding\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ExportUnlinkedTickets($input: ExportUnlinkedTicketsInput!) {\n    exportUnlinkedTickets(input: $input) {\n      filename\n      rowCount\n      encoding\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDoctors($venueId: ID!) {\n    venueDoctors(venueId: $venueId) {\n      id\n      venueId\n      name\n    }\n  }\n"): (typeof documents)["\n  query VenueDoctors($venueId: ID!) {\n    venueDoctors(venueId: $venueId) {\n      id\n      venueId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVenueDoctor($input: AddVenueDoctorInput!) {\n    addVenueDoctor(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddVenueDoctor($input: AddVenueDoctorInput!) {\n    addVenueDoctor(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVenueDoctor($input: RemoveVenueDoctorInput!) {\n    removeVenueDoctor(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveVenueDoctor($input: RemoveVenueDoctorInput!) {\n    removeVenueDoctor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAtDesk($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          vaccinatedOn\n          vaccinatedAt\n          lotNumber\n          doctorName\n          manufacturer\n          deskId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAtDesk($input: RecordVaccinationInput!) {\n    recordVaccination(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          vaccinatedOn\n          vaccinatedAt\n          lotNumber\n          doctorName\n          manufacturer\n          deskId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDaySummary($venueId: ID!, $date: LocalDate!) {\n    venueDaySummary(venueId: $venueId, date: $date) {\n      date\n      slots {\n        slotId\n        vaccineName\n        capacity\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n      totals {\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenueDaySummary($venueId: ID!, $date: LocalDate!) {\n    venueDaySummary(venueId: $venueId, date: $date) {\n      date\n      slots {\n        slotId\n        vaccineName\n        capacity\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n      totals {\n        booked\n        arrived\n        vaccinated\n        noShow\n        toCome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDaySearch($venueId: ID!, $date: LocalDate!, $query: String!) {\n    venueDaySearch(venueId: $venueId, date: $date, query: $query) {\n      id\n      ticketNumber\n      realNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  query VenueDaySearch($venueId: ID!, $date: LocalDate!, $query: String!) {\n    venueDaySearch(venueId: $venueId, date: $date, query: $query) {\n      id\n      ticketNumber\n      realNumber\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDeskDefaults($venueId: ID!, $deskId: String!) {\n    venueDeskDefaults(venueId: $venueId, deskId: $deskId) {\n      manufacturer\n      lotNumber\n      doctorId\n      doctorName\n    }\n  }\n"): (typeof documents)["\n  query VenueDeskDefaults($venueId: ID!, $deskId: String!) {\n    venueDeskDefaults(venueId: $venueId, deskId: $deskId) {\n      manufacturer\n      lotNumber\n      doctorId\n      doctorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoVenueAction($input: UndoVenueActionInput!) {\n    undoVenueAction(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          lotNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoVenueAction($input: UndoVenueActionInput!) {\n    undoVenueAction(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservation {\n        id\n        status\n        checkedInAt\n        vaccination {\n          lotNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VenueDayChanged($venueId: ID!, $date: LocalDate!) {\n    venueDayChanged(venueId: $venueId, date: $date) {\n      reservationId\n      slotId\n      change\n      date\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription VenueDayChanged($venueId: ID!, $date: LocalDate!) {\n    venueDayChanged(venueId: $venueId, date: $date) {\n      reservationId\n      slotId\n      change\n      date\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      accessInfo\n      closed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) {\n      id\n      name\n      address\n      accessInfo\n      closed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVaccine($input: UpdateVaccineInput!) {\n    updateVaccine(input: $input) {\n      id\n      name\n      manufacturer\n      doses\n      doseIntervalDays\n      intervalWindowDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVaccine($input: UpdateVaccineInput!) {\n    updateVaccine(input: $input) {\n      id\n      name\n      manufacturer\n      doses\n      doseIntervalDays\n      intervalWindowDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlotCapacity($input: UpdateSlotCapacityInput!) {\n    updateSlotCapacity(input: $input) {\n      ok\n      slot {\n        id\n        capacity\n        remaining\n        status\n      }\n      error {\n        code\n        message\n        booked\n        requested\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSlotCapacity($input: UpdateSlotCapacityInput!) {\n    updateSlotCapacity(input: $input) {\n      ok\n      slot {\n        id\n        capacity\n        remaining\n        status\n      }\n      error {\n        code\n        message\n        booked\n        requested\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSlots($input: SlotScopeInput!) {\n    closeSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSlots($input: SlotScopeInput!) {\n    closeSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenSlots($input: SlotScopeInput!) {\n    reopenSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenSlots($input: SlotScopeInput!) {\n    reopenSlots(input: $input) {\n      ok\n      slots {\n        id\n        status\n      }\n      venue {\n        id\n        closed\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSlots($input: SlotPatternInput!) {\n    previewSlots(input: $input) {\n      vaccineId\n      slots {\n        date\n        startsAt\n        endsAt\n        capacity\n      }\n      skipped {\n        date\n        startsAt\n        endsAt\n        reason\n        overlaps {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewSlots($input: SlotPatternInput!) {\n    previewSlots(input: $input) {\n      vaccineId\n      slots {\n        date\n        startsAt\n        endsAt\n        capacity\n      }\n      skipped {\n        date\n        startsAt\n        endsAt\n        reason\n        overlaps {\n          id\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSlots($input: SlotPatternInput!) {\n    createSlots(input: $input) {\n      vaccineId\n      created {\n        id\n        startsAt\n        endsAt\n        capacity\n        status\n      }\n      skipped {\n        date\n        startsAt\n        reason\n        overlaps {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSlots($input: SlotPatternInput!) {\n    createSlots(input: $input) {\n      vaccineId\n      created {\n        id\n        startsAt\n        endsAt\n        capacity\n        status\n      }\n      skipped {\n        date\n        startsAt\n        reason\n        overlaps {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotCountFields on SlotCount {\n    slotId\n    date\n    capacity\n    booked\n    free\n    status\n    slot {\n      id\n      startsAt\n      endsAt\n      vaccineId\n    }\n  }\n"): (typeof documents)["\n  fragment SlotCountFields on SlotCount {\n    slotId\n    date\n    capacity\n    booked\n    free\n    status\n    slot {\n      id\n      startsAt\n      endsAt\n      vaccineId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotDayTotalsFields on SlotDayTotals {\n    date\n    slots\n    closedSlots\n    capacity\n    booked\n    free\n  }\n"): (typeof documents)["\n  fragment SlotDayTotalsFields on SlotDayTotals {\n    date\n    slots\n    closedSlots\n    capacity\n    booked\n    free\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlotCalendar($input: SlotCalendarInput!) {\n    slotCalendar(input: $input) {\n      venueId\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SlotCalendar($input: SlotCalendarInput!) {\n    slotCalendar(input: $input) {\n      venueId\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueBoard($venueId: ID!, $date: LocalDate!) {\n    venueBoard(venueId: $venueId, date: $date) {\n      venueId\n      date\n      totals {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenueBoard($venueId: ID!, $date: LocalDate!) {\n    venueBoard(venueId: $venueId, date: $date) {\n      venueId\n      date\n      totals {\n        ...SlotDayTotalsFields\n      }\n      slots {\n        ...SlotCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignChart($input: CampaignChartInput!) {\n    campaignChart(input: $input) {\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignChart($input: CampaignChartInput!) {\n    campaignChart(input: $input) {\n      fromDate\n      toDate\n      days {\n        ...SlotDayTotalsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardUpdates($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      capacity\n      booked\n      remaining\n      slot {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardUpdates($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      capacity\n      booked\n      remaining\n      slot {\n        id\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;