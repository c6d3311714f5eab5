/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What to book. In SET mode, dose 1 also books dose 2 at the vaccine’s interval */
export type BookReservationInput = {
  /** Dose number */
  dose?: number;
  /** Optional key chosen by the client (e.g. a UUID) so a retry after a timeout cannot book twice: the same key sent again by the same ticket returns the first answer. Reusing a key for a different booking is refused with CONFLICT */
  idempotencyKey?: string | null | undefined;
  /** SET mode only: a dose-2 slot within the allowed window; default: same venue and time, exactly the interval later */
  secondDoseSlotId?: string | number | null | undefined;
  /** The slot for this dose */
  slotId: string | number;
};

/** Why a booking was refused; nothing was written */
export type BookingErrorCode =
  /** This ticket already holds this dose */
  | 'ALREADY_BOOKED'
  /** Dose 2 would be later than the vaccine’s allowed window */
  | 'INTERVAL_TOO_LONG'
  /** Dose 2 would be earlier than the vaccine’s interval allows */
  | 'INTERVAL_TOO_SHORT'
  /** The ticket may not book this dose (e.g. dose 2 without dose 1, or another vaccine) */
  | 'NOT_ELIGIBLE'
  /** The site does not take bookings yet; see Site.bookingOpensAt */
  | 'NOT_OPEN_YET'
  /** Register the profile (registerRecipient) first */
  | 'REGISTRATION_REQUIRED'
  /** SET mode: no free dose-2 slot at the interval; dose 1 was not booked either */
  | 'SECOND_DOSE_UNAVAILABLE'
  /** No place left in the slot */
  | 'SLOT_FULL'
  /** No such slot on this site */
  | 'SLOT_NOT_FOUND'
  /** The slot has started, passed, was closed or was cancelled */
  | 'SLOT_UNAVAILABLE';

/** SEPARATE: each dose booked on its own; SET: dose 1 and 2 together */
export type BookingMode =
  | 'SEPARATE'
  | 'SET';

/** Which reservation to cancel; cancelling either dose of a set cancels both */
export type CancelReservationInput = {
  /** Optional reason, kept with the reservation */
  reason?: string | null | undefined;
  /** Reservation id */
  reservationId: string | number;
};

/** Why a cancellation was refused */
export type CancellationErrorCode =
  | 'CUTOFF_PASSED'
  | 'NOT_CANCELLABLE'
  | 'RESERVATION_NOT_FOUND';

/** Why a change was refused; the reservation keeps its place and nothing was written */
export type ChangeErrorCode =
  /** The current appointment is within the site’s cancellation cut-off; contact the site */
  | 'CUTOFF_PASSED'
  /** The doses would be further apart than the vaccine’s window allows */
  | 'INTERVAL_TOO_LONG'
  /** The doses would be closer than the vaccine’s interval allows */
  | 'INTERVAL_TOO_SHORT'
  /** The reservation is not BOOKED any more (cancelled, vaccinated, or changed meanwhile) */
  | 'NOT_CHANGEABLE'
  /** The new slot offers another vaccine than the other dose */
  | 'NOT_ELIGIBLE'
  /** The site does not take bookings yet; see Site.bookingOpensAt */
  | 'NOT_OPEN_YET'
  /** Register the profile (registerRecipient) first */
  | 'REGISTRATION_REQUIRED'
  /** No such reservation of this ticket */
  | 'RESERVATION_NOT_FOUND'
  /** The reservation is already in that slot */
  | 'SAME_SLOT'
  /** A set: no free dose-2 slot for the new date; neither dose moved */
  | 'SECOND_DOSE_UNAVAILABLE'
  /** No place left in the new slot (taken meanwhile); the old place is kept */
  | 'SLOT_FULL'
  /** No such slot on this site */
  | 'SLOT_NOT_FOUND'
  /** The new slot has started, passed or was cancelled */
  | 'SLOT_UNAVAILABLE';

/** A change of a booked reservation to another slot (予約変更): the new place is taken and the old one given back in one transaction, or nothing changes. Changing dose 1 of a set moves dose 2 with it */
export type ChangeReservationInput = {
  /** Optional key chosen by the client so a retry cannot change twice: the same key sent again by the same ticket returns the first answer. Keys are shared with bookReservation; reusing one for a different request is refused with CONFLICT */
  idempotencyKey?: string | null | undefined;
  /** When dose 1 of a set moves: the slot dose 2 moves to, within the allowed window; default: same venue and time, exactly the interval after the new dose 1 */
  newSecondDoseSlotId?: string | number | null | undefined;
  /** The slot it moves to */
  newSlotId: string | number;
  /** The reservation to move (dose 1 of a set moves the set) */
  reservationId: string | number;
};

/** Whether a profile field is hidden, optional or required */
export type FieldPolicy =
  | 'HIDDEN'
  | 'OPTIONAL'
  | 'REQUIRED';

/** Gender, when the site asks for it */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** Language of mails: Japanese (default) or English */
export type Language =
  | 'EN'
  | 'JA';

/** Why a login was refused */
export type LoginErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'SITE_NOT_FOUND'
  | 'TOO_MANY_ATTEMPTS';

/** Why a password reset did not happen */
export type PasswordResetErrorCode =
  /** The ticket number, birth date and second fact do not match a registered ticket */
  | 'INVALID_CREDENTIALS'
  /** The mail link is unknown, used already or expired: ask for a new one */
  | 'INVALID_LINK'
  /** The site takes no second fact: use the mail link or the site’s contact */
  | 'NOT_AVAILABLE'
  /** No site has this code */
  | 'SITE_NOT_FOUND'
  /** Locked like a login; retryAfterSeconds says how long */
  | 'TOO_MANY_ATTEMPTS';

/** What a recipient without a usable mail gives, besides ticket number and birth date, to set a new password */
export type PasswordResetFact =
  /** The employee or student id of the roster import */
  | 'EMPLOYEE_ID'
  /** No second fact: only the mail link or the site’s contact */
  | 'NONE'
  /** The phone number on their profile */
  | 'PHONE';

/** MUNICIPAL: imported real tickets; WORKPLACE: provisional tickets; CLINIC: self-registered tickets */
export type Plan =
  | 'CLINIC'
  | 'MUNICIPAL'
  | 'WORKPLACE';

/** Recipient login: ticket number plus birth date, or plus password */
export type RecipientLoginInput = {
  /** Birth date, for a ticket whose holder has not set a password yet */
  birthDate?: string | null | undefined;
  /** Municipality code (6 digits), only needed when two municipalities issued the same number at a clinic */
  municipalityCode?: string | null | undefined;
  /** The password set at registration, or the initial password of an issued ticket */
  password?: string | null | undefined;
  /** Site code, e.g. S0001 */
  siteCode: string;
  /** The 10-digit ticket number (full-width digits are accepted) */
  ticketNumber: string;
};

/** First-login registration; fields beyond the names follow the site’s policy */
export type RegisterRecipientInput = {
  /** Must be true: the person accepts the site’s terms of use */
  acceptTerms: boolean;
  /** Only when the site asks for it */
  email?: string | null | undefined;
  /** Family name in katakana (half-width is converted); where Site.allowLatinNames, Latin letters with spaces, hyphens, apostrophes and periods are accepted too (full-width is converted, never into kana); otherwise BAD_USER_INPUT with extensions.field */
  familyNameKana: string;
  /** Only when the site asks for it */
  gender?: Gender | null | undefined;
  /** Given name in katakana, or in Latin letters where the site allows them (as familyNameKana) */
  givenNameKana: string;
  /** Language of mails */
  language?: Language;
  /** New password, at least 8 characters; from now on it replaces the birth date at login */
  password: string;
  /** Only when the site asks for it */
  phone?: string | null | undefined;
  /** Send a reminder mail the day before */
  reminderOptIn?: boolean;
};

/** Ask for a password-reset link by mail */
export type RequestPasswordResetInput = {
  /** Birth date of the ticket’s holder */
  birthDate: string;
  /** Site code, e.g. S0001 */
  siteCode: string;
  /** The 10-digit ticket number (full-width digits are accepted) */
  ticketNumber: string;
};

/** Where a reservation stands */
export type ReservationStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW'
  | 'VACCINATED';

/** A new password without mail: ticket number, birth date and the second fact the site chose */
export type ResetPasswordWithFactsInput = {
  /** Birth date of the ticket’s holder */
  birthDate: string;
  /** The second fact the site asks for (Site.passwordResetFact): the phone number on the profile, or the employee/student id */
  fact: string;
  /** New password, at least 8 characters */
  newPassword: string;
  /** Site code */
  siteCode: string;
  /** The 10-digit ticket number (full-width digits are accepted) */
  ticketNumber: string;
};

/** A new password from the mail link */
export type ResetPasswordWithLinkInput = {
  /** New password, at least 8 characters */
  newPassword: string;
  /** The token from the mail link */
  token: string;
};

/** Clinic plan: a person enters their own ticket */
export type SelfRegisterTicketInput = {
  /** Birth date */
  birthDate: string;
  /** Municipality code printed on the ticket: 6 digits including the check digit */
  municipalityCode: string;
  /** Site code */
  siteCode: string;
  /** 10-digit ticket number */
  ticketNumber: string;
};

/** Why a self-registration was refused */
export type SelfRegistrationErrorCode =
  | 'ALREADY_REGISTERED'
  | 'INVALID_MUNICIPALITY_CODE'
  | 'NOT_ALLOWED_FOR_SITE'
  | 'SITE_NOT_FOUND'
  /** Too many attempts from this client address; see retryAfterSeconds */
  | 'TOO_MANY_ATTEMPTS';

/** OPEN slots take bookings; CLOSED ones take none until reopened and keep their bookings; CANCELLED ones never again */
export type SlotStatus =
  /** Taken out of service for good; its bookings were cancelled */
  | 'CANCELLED'
  /** Closed by an admin (the slot, its day or its venue): no new bookings, bookings kept */
  | 'CLOSED'
  /** Takes bookings while places are free and it has not started */
  | 'OPEN';

/** Changes to one’s own contact details; omitted fields stay as they are, fields follow the site’s policy */
export type UpdateMyProfileInput = {
  /** Email address; an empty string removes it (and switches reminders off) */
  email?: string | null | undefined;
  /** Language of mails */
  language?: Language | null | undefined;
  /** Phone number; an empty string removes it */
  phone?: string | null | undefined;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { __typename: 'RequestPasswordResetResult', ok: boolean, error: { __typename: 'PasswordResetError', code: PasswordResetErrorCode, retryAfterSeconds: number | null } | null } };

export type ResetPasswordWithFactsMutationVariables = Exact<{
  input: ResetPasswordWithFactsInput;
}>;


export type ResetPasswordWithFactsMutation = { resetPasswordWithFacts: { __typename: 'ResetPasswordResult', ok: boolean, error: { __typename: 'PasswordResetError', code: PasswordResetErrorCode, retryAfterSeconds: number | null } | null } };

export type ResetPasswordWithLinkMutationVariables = Exact<{
  input: ResetPasswordWithLinkInput;
}>;


export type ResetPasswordWithLinkMutation = { resetPasswordWithLink: { __typename: 'ResetPasswordResult', ok: boolean, error: { __typename: 'PasswordResetError', code: PasswordResetErrorCode } | null } };

export type RecipientLoginMutationVariables = Exact<{
  input: RecipientLoginInput;
}>;


export type RecipientLoginMutation = { recipientLogin: { __typename: 'RecipientLoginResult', ok: boolean, token: string | null, expiresAt: string | null, registrationRequired: boolean, error: { __typename: 'LoginError', code: LoginErrorCode, message: string, retryAfterSeconds: number | null } | null } };

export type RegisterRecipientMutationVariables = Exact<{
  input: RegisterRecipientInput;
}>;


export type RegisterRecipientMutation = { registerRecipient: { __typename: 'RecipientProfile', siteCode: string, ticketNumber: string, registered: boolean, familyNameKana: string | null, givenNameKana: string | null, email: string | null, reminderOptIn: boolean } };

export type SelfRegisterTicketMutationVariables = Exact<{
  input: SelfRegisterTicketInput;
}>;


export type SelfRegisterTicketMutation = { selfRegisterTicket: { __typename: 'SelfRegisterTicketResult', ok: boolean, error: { __typename: 'SelfRegistrationError', code: SelfRegistrationErrorCode, message: string, retryAfterSeconds: number | null } | null } };

export type RegisterPageQueryVariables = Exact<{
  siteCode: string;
}>;


export type RegisterPageQuery = { site: { __typename: 'Site', id: string, termsOfUse: string, emailField: FieldPolicy, phoneField: FieldPolicy, genderField: FieldPolicy, allowLatinNames: boolean }, me: { __typename: 'RecipientProfile', siteCode: string, ticketNumber: string, registered: boolean } };

export type Calendar_SlotFragment = { __typename: 'Slot', id: string, startsAt: string, remaining: number, status: SlotStatus } & { ' $fragmentName'?: 'Calendar_SlotFragment' };

export type ReservationCard_ReservationFragment = { __typename: 'Reservation', id: string, bookingNumber: string, dose: number, status: ReservationStatus, pairId: string | null, slot: { __typename: 'Slot', id: string, startsAt: string, endsAt: string, venue: { __typename: 'Venue', id: string, name: string, address: string }, vaccine: { __typename: 'Vaccine', id: string, name: string } } } & { ' $fragmentName'?: 'ReservationCard_ReservationFragment' };

export type SlotPicker_SlotFragment = { __typename: 'Slot', id: string, startsAt: string, endsAt: string, remaining: number, capacity: number, status: SlotStatus } & { ' $fragmentName'?: 'SlotPicker_SlotFragment' };

export type BookReservationMutationVariables = Exact<{
  input: BookReservationInput;
}>;


export type BookReservationMutation = { bookReservation: { __typename: 'BookReservationResult', ok: boolean, error: { __typename: 'BookingError', code: BookingErrorCode, message: string } | null, reservations: Array<{ __typename: 'Reservation', id: string, dose: number, status: ReservationStatus, slot: { __typename: 'Slot', id: string, remaining: number } }> } };

export type CancelReservationMutationVariables = Exact<{
  input: CancelReservationInput;
}>;


export type CancelReservationMutation = { cancelReservation: { __typename: 'CancelReservationResult', ok: boolean, error: { __typename: 'CancellationError', code: CancellationErrorCode, message: string } | null, cancelled: Array<{ __typename: 'Reservation', id: string, status: ReservationStatus, cancelledAt: string | null }> } };

export type ChangeReservationMutationVariables = Exact<{
  input: ChangeReservationInput;
}>;


export type ChangeReservationMutation = { changeReservation: { __typename: 'ChangeReservationResult', ok: boolean, error: { __typename: 'ChangeReservationError', code: ChangeErrorCode, message: string } | null, reservations: Array<{ __typename: 'Reservation', id: string, dose: number, status: ReservationStatus, slot: { __typename: 'Slot', id: string, startsAt: string, remaining: number } }>, previousSlots: Array<{ __typename: 'Slot', id: string, remaining: number }> } };

export type SlotAvailabilityChangedSubscriptionVariables = Exact<{
  venueId: string | number;
}>;


export type SlotAvailabilityChangedSubscription = { slotAvailabilityChanged: Array<{ __typename: 'SlotAvailability', slotId: string, remaining: number, capacity: number, slot: { __typename: 'Slot', id: string, remaining: number } }> };

export type SetReminderOptInMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetReminderOptInMutation = { setReminderOptIn: { __typename: 'RecipientProfile', siteCode: string, ticketNumber: string, reminderOptIn: boolean } };

export type UpdateMyEmailMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyEmailMutation = { updateMyProfile: { __typename: 'RecipientProfile', siteCode: string, ticketNumber: string, email: string | null, reminderOptIn: boolean } };

export type BookAvailabilityQueryVariables = Exact<{
  venueId: string | number;
  vaccineId: string | number;
  from: string;
  to: string;
}>;


export type BookAvailabilityQuery = { availability: { __typename: 'Availability', slots: Array<(
      { __typename: 'Slot', id: string, startsAt: string, endsAt: string, remaining: number, status: SlotStatus }
      & { ' $fragmentRefs'?: { 'Calendar_SlotFragment': Calendar_SlotFragment;'SlotPicker_SlotFragment': SlotPicker_SlotFragment } }
    )> } };

export type BookPageQueryVariables = Exact<{
  siteCode: string;
}>;


export type BookPageQuery = { site: { __typename: 'Site', id: string, bookingMode: BookingMode, bookingOpensAt: string | null, timeZone: string, mailEnabled: boolean, cancellationCutoffHours: number }, me: { __typename: 'RecipientProfile', siteCode: string, ticketNumber: string, registered: boolean, email: string | null }, venues: Array<{ __typename: 'Venue', id: string, name: string, address: string, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> }>, myReservations: Array<{ __typename: 'Reservation', id: string, dose: number, status: ReservationStatus, slot: { __typename: 'Slot', id: string, startsAt: string, venue: { __typename: 'Venue', id: string }, vaccine: { __typename: 'Vaccine', id: string, doses: number } } }> };

export type ChangePageQueryVariables = Exact<{
  siteCode: string;
}>;


export type ChangePageQuery = { site: { __typename: 'Site', id: string, timeZone: string, cancellationCutoffHours: number }, venues: Array<{ __typename: 'Venue', id: string, name: string, address: string, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> }>, myReservations: Array<{ __typename: 'Reservation', id: string, dose: number, status: ReservationStatus, pairId: string | null, slot: { __typename: 'Slot', id: string, startsAt: string, endsAt: string, venue: { __typename: 'Venue', id: string, name: string }, vaccine: { __typename: 'Vaccine', id: string, name: string } } }> };

export type MyPageQueryVariables = Exact<{
  siteCode: string;
}>;


export type MyPageQuery = { site: { __typename: 'Site', id: string, bookingMode: BookingMode, bookingOpensAt: string | null, cancellationCutoffHours: number, timeZone: string, emailField: FieldPolicy }, me: { __typename: 'RecipientProfile', siteCode: string, ticketNumber: string, registered: boolean, familyNameKana: string | null, givenNameKana: string | null, email: string | null, reminderOptIn: boolean }, myReservations: Array<(
    { __typename: 'Reservation', id: string, dose: number, status: ReservationStatus, pairId: string | null, slot: { __typename: 'Slot', id: string, startsAt: string, venue: { __typename: 'Venue', id: string, name: string }, vaccine: { __typename: 'Vaccine', id: string, doses: number } } }
    & { ' $fragmentRefs'?: { 'ReservationCard_ReservationFragment': ReservationCard_ReservationFragment } }
  )> };

export type SiteShellQueryVariables = Exact<{
  siteCode: string;
}>;


export type SiteShellQuery = { site: { __typename: 'Site', id: string, code: string, name: string, plan: Plan, timeZone: string, contactPhone: string | null, contactHours: string | null, contactEmail: string | null, passwordResetFact: PasswordResetFact } };

export const Calendar_SlotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Calendar_slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Slot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<Calendar_SlotFragment, unknown>;
export const ReservationCard_ReservationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReservationCard_reservation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pairId"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReservationCard_ReservationFragment, unknown>;
export const SlotPicker_SlotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlotPicker_slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Slot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SlotPicker_SlotFragment, unknown>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordWithFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordWithFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordWithFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPasswordWithFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordWithFactsMutation, ResetPasswordWithFactsMutationVariables>;
export const ResetPasswordWithLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordWithLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordWithLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPasswordWithLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordWithLinkMutation, ResetPasswordWithLinkMutationVariables>;
export const RecipientLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecipientLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<RecipientLoginMutation, RecipientLoginMutationVariables>;
export const RegisterRecipientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRecipient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterRecipientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerRecipient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOptIn"}}]}}]}}]} as unknown as DocumentNode<RegisterRecipientMutation, RegisterRecipientMutationVariables>;
export const SelfRegisterTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfRegisterTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfRegisterTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfRegisterTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<SelfRegisterTicketMutation, SelfRegisterTicketMutationVariables>;
export const RegisterPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"emailField"}},{"kind":"Field","name":{"kind":"Name","value":"phoneField"}},{"kind":"Field","name":{"kind":"Name","value":"genderField"}},{"kind":"Field","name":{"kind":"Name","value":"allowLatinNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}}]}}]}}]} as unknown as DocumentNode<RegisterPageQuery, RegisterPageQueryVariables>;
export const BookReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookReservationMutation, BookReservationMutationVariables>;
export const CancelReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]}}]} as unknown as DocumentNode<CancelReservationMutation, CancelReservationMutationVariables>;
export const ChangeReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeReservationMutation, ChangeReservationMutationVariables>;
export const SlotAvailabilityChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SlotAvailabilityChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotAvailabilityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<SlotAvailabilityChangedSubscription, SlotAvailabilityChangedSubscriptionVariables>;
export const SetReminderOptInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReminderOptIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReminderOptIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOptIn"}}]}}]}}]} as unknown as DocumentNode<SetReminderOptInMutation, SetReminderOptInMutationVariables>;
export const UpdateMyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOptIn"}}]}}]}}]} as unknown as DocumentNode<UpdateMyEmailMutation, UpdateMyEmailMutationVariables>;
export const BookAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vaccineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vaccineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vaccineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Calendar_slot"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlotPicker_slot"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Calendar_slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Slot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlotPicker_slot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Slot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<BookAvailabilityQuery, BookAvailabilityQueryVariables>;
export const BookPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookPageQuery, BookPageQueryVariables>;
export const ChangePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pairId"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangePageQuery, ChangePageQueryVariables>;
export const MyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"emailField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCode"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"reminderOptIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pairId"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReservationCard_reservation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReservationCard_reservation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pairId"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyPageQuery, MyPageQueryVariables>;
export const SiteShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteShell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetFact"}}]}}]}}]} as unknown as DocumentNode<SiteShellQuery, SiteShellQueryVariables>;