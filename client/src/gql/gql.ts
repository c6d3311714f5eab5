/* eslint-disable */
import * as types from './graphql';
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
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.ResetPasswordWithFactsDocument,
    "\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n      }\n    }\n  }\n": typeof types.ResetPasswordWithLinkDocument,
    "\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      expiresAt\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RecipientLoginDocument,
    "\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n": typeof types.RegisterRecipientDocument,
    "\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SelfRegisterTicketDocument,
    "\n  query RegisterPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      termsOfUse\n      emailField\n      phoneField\n      genderField\n      allowLatinNames\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n    }\n  }\n": typeof types.RegisterPageDocument,
    "\n  fragment Calendar_slot on Slot {\n    id\n    startsAt\n    remaining\n    status\n  }\n": typeof types.Calendar_SlotFragmentDoc,
    "\n  fragment ReservationCard_reservation on Reservation {\n    id\n    bookingNumber\n    dose\n    status\n    pairId\n    slot {\n      id\n      startsAt\n      endsAt\n      venue {\n        id\n        name\n        address\n      }\n      vaccine {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReservationCard_ReservationFragmentDoc,
    "\n  fragment SlotPicker_slot on Slot {\n    id\n    startsAt\n    endsAt\n    remaining\n    capacity\n    status\n  }\n": typeof types.SlotPicker_SlotFragmentDoc,
    "\n  mutation BookReservation($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          remaining\n        }\n      }\n    }\n  }\n": typeof types.BookReservationDocument,
    "\n  mutation CancelReservation($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelledAt\n      }\n    }\n  }\n": typeof types.CancelReservationDocument,
    "\n  mutation ChangeReservation($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          startsAt\n          remaining\n        }\n      }\n      previousSlots {\n        id\n        remaining\n      }\n    }\n  }\n": typeof types.ChangeReservationDocument,
    "\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n": typeof types.SlotAvailabilityChangedDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      siteCode\n      ticketNumber\n      reminderOptIn\n    }\n  }\n": typeof types.SetReminderOptInDocument,
    "\n  mutation UpdateMyEmail($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      siteCode\n      ticketNumber\n      email\n      reminderOptIn\n    }\n  }\n": typeof types.UpdateMyEmailDocument,
    "\n  query BookAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n        status\n        ...Calendar_slot\n        ...SlotPicker_slot\n      }\n    }\n  }\n": typeof types.BookAvailabilityDocument,
    "\n  query BookPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      timeZone\n      mailEnabled\n      cancellationCutoffHours\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      email\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      slot {\n        id\n        startsAt\n        venue {\n          id\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n    }\n  }\n": typeof types.BookPageDocument,
    "\n  query ChangePage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      timeZone\n      cancellationCutoffHours\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        endsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChangePageDocument,
    "\n  query MyPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      cancellationCutoffHours\n      timeZone\n      emailField\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n      ...ReservationCard_reservation\n    }\n  }\n": typeof types.MyPageDocument,
    "\n  query SiteShell($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      code\n      name\n      plan\n      timeZone\n      contactPhone\n      contactHours\n      contactEmail\n      passwordResetFact\n    }\n  }\n": typeof types.SiteShellDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.ResetPasswordWithFactsDocument,
    "\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n      }\n    }\n  }\n": types.ResetPasswordWithLinkDocument,
    "\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      expiresAt\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RecipientLoginDocument,
    "\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n": types.RegisterRecipientDocument,
    "\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SelfRegisterTicketDocument,
    "\n  query RegisterPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      termsOfUse\n      emailField\n      phoneField\n      genderField\n      allowLatinNames\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n    }\n  }\n": types.RegisterPageDocument,
    "\n  fragment Calendar_slot on Slot {\n    id\n    startsAt\n    remaining\n    status\n  }\n": types.Calendar_SlotFragmentDoc,
    "\n  fragment ReservationCard_reservation on Reservation {\n    id\n    bookingNumber\n    dose\n    status\n    pairId\n    slot {\n      id\n      startsAt\n      endsAt\n      venue {\n        id\n        name\n        address\n      }\n      vaccine {\n        id\n        name\n      }\n    }\n  }\n": types.ReservationCard_ReservationFragmentDoc,
    "\n  fragment SlotPicker_slot on Slot {\n    id\n    startsAt\n    endsAt\n    remaining\n    capacity\n    status\n  }\n": types.SlotPicker_SlotFragmentDoc,
    "\n  mutation BookReservation($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          remaining\n        }\n      }\n    }\n  }\n": types.BookReservationDocument,
    "\n  mutation CancelReservation($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelledAt\n      }\n    }\n  }\n": types.CancelReservationDocument,
    "\n  mutation ChangeReservation($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          startsAt\n          remaining\n        }\n      }\n      previousSlots {\n        id\n        remaining\n      }\n    }\n  }\n": types.ChangeReservationDocument,
    "\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n": types.SlotAvailabilityChangedDocument,
    "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      siteCode\n      ticketNumber\n      reminderOptIn\n    }\n  }\n": types.SetReminderOptInDocument,
    "\n  mutation UpdateMyEmail($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      siteCode\n      ticketNumber\n      email\n      reminderOptIn\n    }\n  }\n": types.UpdateMyEmailDocument,
    "\n  query BookAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n        status\n        ...Calendar_slot\n        ...SlotPicker_slot\n      }\n    }\n  }\n": types.BookAvailabilityDocument,
    "\n  query BookPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      timeZone\n      mailEnabled\n      cancellationCutoffHours\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      email\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      slot {\n        id\n        startsAt\n        venue {\n          id\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n    }\n  }\n": types.BookPageDocument,
    "\n  query ChangePage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      timeZone\n      cancellationCutoffHours\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        endsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChangePageDocument,
    "\n  query MyPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      cancellationCutoffHours\n      timeZone\n      emailField\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n      ...ReservationCard_reservation\n    }\n  }\n": types.MyPageDocument,
    "\n  query SiteShell($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      code\n      name\n      plan\n      timeZone\n      contactPhone\n      contactHours\n      contactEmail\n      passwordResetFact\n    }\n  }\n": types.SiteShellDocument,
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
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {\n    resetPasswordWithFacts(input: $input) {\n      ok\n      error {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {\n    resetPasswordWithLink(input: $input) {\n      ok\n      error {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      expiresAt\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecipientLogin($input: RecipientLoginInput!) {\n    recipientLogin(input: $input) {\n      ok\n      token\n      expiresAt\n      registrationRequired\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterRecipient($input: RegisterRecipientInput!) {\n    registerRecipient(input: $input) {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {\n    selfRegisterTicket(input: $input) {\n      ok\n      error {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      termsOfUse\n      emailField\n      phoneField\n      genderField\n      allowLatinNames\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n    }\n  }\n"): (typeof documents)["\n  query RegisterPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      termsOfUse\n      emailField\n      phoneField\n      genderField\n      allowLatinNames\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Calendar_slot on Slot {\n    id\n    startsAt\n    remaining\n    status\n  }\n"): (typeof documents)["\n  fragment Calendar_slot on Slot {\n    id\n    startsAt\n    remaining\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReservationCard_reservation on Reservation {\n    id\n    bookingNumber\n    dose\n    status\n    pairId\n    slot {\n      id\n      startsAt\n      endsAt\n      venue {\n        id\n        name\n        address\n      }\n      vaccine {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReservationCard_reservation on Reservation {\n    id\n    bookingNumber\n    dose\n    status\n    pairId\n    slot {\n      id\n      startsAt\n      endsAt\n      venue {\n        id\n        name\n        address\n      }\n      vaccine {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotPicker_slot on Slot {\n    id\n    startsAt\n    endsAt\n    remaining\n    capacity\n    status\n  }\n"): (typeof documents)["\n  fragment SlotPicker_slot on Slot {\n    id\n    startsAt\n    endsAt\n    remaining\n    capacity\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookReservation($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          remaining\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookReservation($input: BookReservationInput!) {\n    bookReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          remaining\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelReservation($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelReservation($input: CancelReservationInput!) {\n    cancelReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      cancelled {\n        id\n        status\n        cancelledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeReservation($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          startsAt\n          remaining\n        }\n      }\n      previousSlots {\n        id\n        remaining\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeReservation($input: ChangeReservationInput!) {\n    changeReservation(input: $input) {\n      ok\n      error {\n        code\n        message\n      }\n      reservations {\n        id\n        dose\n        status\n        slot {\n          id\n          startsAt\n          remaining\n        }\n      }\n      previousSlots {\n        id\n        remaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SlotAvailabilityChanged($venueId: ID!) {\n    slotAvailabilityChanged(venueId: $venueId) {\n      slotId\n      remaining\n      capacity\n      slot {\n        id\n        remaining\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      siteCode\n      ticketNumber\n      reminderOptIn\n    }\n  }\n"): (typeof documents)["\n  mutation SetReminderOptIn($enabled: Boolean!) {\n    setReminderOptIn(enabled: $enabled) {\n      siteCode\n      ticketNumber\n      reminderOptIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyEmail($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      siteCode\n      ticketNumber\n      email\n      reminderOptIn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyEmail($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      siteCode\n      ticketNumber\n      email\n      reminderOptIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n        status\n        ...Calendar_slot\n        ...SlotPicker_slot\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {\n      slots {\n        id\n        startsAt\n        endsAt\n        remaining\n        status\n        ...Calendar_slot\n        ...SlotPicker_slot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      timeZone\n      mailEnabled\n      cancellationCutoffHours\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      email\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      slot {\n        id\n        startsAt\n        venue {\n          id\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      timeZone\n      mailEnabled\n      cancellationCutoffHours\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      email\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      slot {\n        id\n        startsAt\n        venue {\n          id\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangePage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      timeZone\n      cancellationCutoffHours\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        endsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangePage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      timeZone\n      cancellationCutoffHours\n    }\n    venues(siteCode: $siteCode) {\n      id\n      name\n      address\n      vaccines {\n        id\n        name\n        doses\n        doseIntervalDays\n        intervalWindowDays\n      }\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        endsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      cancellationCutoffHours\n      timeZone\n      emailField\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n      ...ReservationCard_reservation\n    }\n  }\n"): (typeof documents)["\n  query MyPage($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      bookingMode\n      bookingOpensAt\n      cancellationCutoffHours\n      timeZone\n      emailField\n    }\n    me {\n      siteCode\n      ticketNumber\n      registered\n      familyNameKana\n      givenNameKana\n      email\n      reminderOptIn\n    }\n    myReservations {\n      id\n      dose\n      status\n      pairId\n      slot {\n        id\n        startsAt\n        venue {\n          id\n          name\n        }\n        vaccine {\n          id\n          doses\n        }\n      }\n      ...ReservationCard_reservation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteShell($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      code\n      name\n      plan\n      timeZone\n      contactPhone\n      contactHours\n      contactEmail\n      passwordResetFact\n    }\n  }\n"): (typeof documents)["\n  query SiteShell($siteCode: String!) {\n    site(code: $siteCode) {\n      id\n      code\n      name\n      plan\n      timeZone\n      contactPhone\n      contactHours\n      contactEmail\n      passwordResetFact\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;