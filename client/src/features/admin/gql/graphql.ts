/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Adds a doctor to a venue’s list */
export type AddVenueDoctorInput = {
  /** Name as the national record shows it: at most 20 characters, not starting with = + - @ */
  name: string;
  /** Venue id */
  venueId: string | number;
};

/** Admin credentials */
export type AdminLoginInput = {
  /** The admin user’s email address */
  email: string;
  /** The admin user’s password */
  password: string;
};

/** What an admin user may do, and over which sites */
export type AdminRole =
  | 'OPERATOR'
  | 'SITE_ADMIN'
  | 'VENUE_STAFF';

/** What an API key may do; an operation names the scope it needs in its description */
export type ApiKeyScope =
  /** Book and cancel on a person’s behalf (proxyBookReservation…) */
  | 'BOOK_ON_BEHALF'
  /** Read reservations, vaccination records and their CSV exports */
  | 'RECORDS_READ'
  /** Read the roster (tickets and their state) */
  | 'ROSTER_READ'
  /** Register, update and revoke tickets */
  | 'ROSTER_WRITE'
  /** Manage the site’s webhook endpoints */
  | 'WEBHOOKS_MANAGE';

/** Who wrote an audit entry */
export type AuditActorKind =
  /** An admin user (operator, site admin or venue staff) */
  | 'ADMIN_USER'
  /** An API key (an HR or other system) */
  | 'API_KEY'
  /** A recipient themselves: logged in, or self-service without a login (e.g. a password reset) */
  | 'RECIPIENT';

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

/** A site’s coming weeks for the campaign chart */
export type CampaignChartInput = {
  /** Site id */
  siteId: string | number;
  /** Only this venue (the whole site when left out) */
  venueId?: string | number | null | undefined;
  /** How many weeks from today (1 to 26) */
  weeks?: number;
};

/** Cancels a slot: it takes no more bookings, and its booked reservations (with their set partners) are cancelled */
export type CancelSlotInput = {
  /** Reason, kept with every cancelled reservation and told to the people affected */
  reason: string;
  /** Slot id */
  slotId: string | number;
};

/** Cancels every booked reservation of a venue on one day, with their set partners */
export type CancelVenueDayInput = {
  /** Also cancel the day’s slots so nobody books them again */
  closeSlots?: boolean;
  /** The day, in the site’s time zone */
  date: string;
  /** Reason, kept with every reservation and told to the people affected */
  reason: string;
  /** Venue id */
  venueId: string | number;
};

/** Why a cancellation was refused */
export type CancellationErrorCode =
  | 'CUTOFF_PASSED'
  | 'NOT_CANCELLABLE'
  | 'RESERVATION_NOT_FOUND';

/** INVALID_ROWS: the file (checked again at commit) has problems; nothing was written */
export type CommitImportErrorCode =
  | 'INVALID_ROWS';

/** Writes a previewed import: every row in one transaction, or nothing */
export type CommitImportInput = {
  /** Import id from previewImport */
  importId: string | number;
};

/** A new admin user. Operators create any; site admins create venue staff of their own site (and site admins where the operator allows it for the site) */
export type CreateAdminUserInput = {
  /** Name shown in the admin app */
  displayName: string;
  /** Login email address */
  email: string;
  /** Initial password, at least 10 characters */
  password: string;
  /** Role */
  role: AdminRole;
  /** Site id; required for SITE_ADMIN and VENUE_STAFF, null for OPERATOR */
  siteId?: string | number | null | undefined;
};

/** A new API key of a site */
export type CreateApiKeyInput = {
  /** When it stops working; omit for no expiry */
  expiresAt?: string | null | undefined;
  /** A name to tell keys apart (1 to 100 characters) */
  name: string;
  /** What the key may do (at least one scope) */
  scopes: Array<ApiKeyScope>;
  /** The site the key acts for */
  siteId: string | number;
};

/** A new site entry, in Japanese and English */
export type CreateFaqEntryInput = {
  /** Answer (English) */
  answerEn: string;
  /** Answer (Japanese); may use {{contact}}, {{cutoffHours}}, {{siteName}} */
  answerJa: string;
  /** Other ways people ask (English), for matching */
  keywordsEn?: string;
  /** Other ways people ask (Japanese), for matching */
  keywordsJa?: string;
  /** App page the answer leads to */
  link?: FaqLinkTarget | null | undefined;
  /** Question (English) */
  questionEn: string;
  /** Question (Japanese) */
  questionJa: string;
  /** Site */
  siteId: string | number;
};

/** A new site; omitted settings take their defaults */
export type CreateSiteInput = {
  /** Whether recipients may write their names in Latin letters as well as katakana (default false) */
  allowLatinNames?: boolean | null | undefined;
  /** Default SEPARATE */
  bookingMode?: BookingMode | null | undefined;
  /** Default: open immediately */
  bookingOpensAt?: string | null | undefined;
  /** Default 24 hours */
  cancellationCutoffHours?: number | null | undefined;
  /** Custom code (letters, digits, - and _); omitted: the next S0001-style serial */
  code?: string | null | undefined;
  /** Contact mail address for recipients; empty removes it */
  contactEmail?: string | null | undefined;
  /** When the contact phone is answered; empty removes it */
  contactHours?: string | null | undefined;
  /** Contact phone for recipients; an empty string removes it */
  contactPhone?: string | null | undefined;
  /** Default OPTIONAL */
  emailField?: FieldPolicy | null | undefined;
  /** Default HIDDEN */
  genderField?: FieldPolicy | null | undefined;
  /** Default true */
  mailEnabled?: boolean | null | undefined;
  /** Display name */
  name: string;
  /** Second fact for a password reset without mail (default PHONE) */
  passwordResetFact?: PasswordResetFact | null | undefined;
  /** Default OPTIONAL */
  phoneField?: FieldPolicy | null | undefined;
  /** Plan */
  plan: Plan;
  /** Default 18:00: reminders go out at this local time the day before */
  reminderTime?: string | null | undefined;
  /** Operators only: whether site admins of this site may create further site admins (default false: venue staff only) */
  siteAdminsCreateSiteAdmins?: boolean | null | undefined;
  /** Terms of use; omitted or blank: the common default terms (Japanese and English) */
  termsOfUse?: string | null | undefined;
  /** Default Asia/Tokyo */
  timeZone?: string | null | undefined;
};

/** A new vaccine for a site */
export type CreateVaccineInput = {
  /** Days from dose 1 to dose 2 */
  doseIntervalDays?: number;
  /** Number of doses, 1 to 3 */
  doses: number;
  /** Extra days dose 2 may be late */
  intervalWindowDays?: number;
  /** Manufacturer (at most 20 characters) */
  manufacturer: string;
  /** Display name */
  name: string;
  /** Site id */
  siteId: string | number;
};

/** A new venue and the vaccines it offers */
export type CreateVenueInput = {
  /** How to get in (at most 1000 characters) */
  accessInfo?: string | null | undefined;
  /** Address or directions */
  address?: string;
  /** Name (at most 30 characters) */
  name: string;
  /** Site id */
  siteId: string | number;
  /** Ids of the site’s vaccines offered here */
  vaccineIds: Array<string | number>;
};

/** UTF8_BOM: UTF-8 with a byte order mark (Excel opens it right); CP932: Shift_JIS as Windows writes it */
export type CsvEncoding =
  | 'CP932'
  | 'UTF8_BOM';

/** Which reservations to export */
export type ExportReservationsInput = {
  /** File encoding */
  encoding?: CsvEncoding;
  /** The same filters as the reservation list */
  filter?: ReservationFilter | null | undefined;
  /** Site id */
  siteId: string | number;
};

/** Which site’s unlinked provisional tickets to export */
export type ExportUnlinkedTicketsInput = {
  /** File encoding */
  encoding?: CsvEncoding;
  /** Site id */
  siteId: string | number;
};

/** Which vaccination records to export in the national record layout */
export type ExportVaccinationRecordsInput = {
  /** File encoding */
  encoding?: CsvEncoding;
  /** Vaccinations on or after this date */
  fromDate?: string | null | undefined;
  /** Site id */
  siteId: string | number;
  /** Vaccinations on or before this date */
  toDate?: string | null | undefined;
};

/** Language of the question and the answer */
export type FaqLanguage =
  | 'EN'
  | 'JA';

/** A page of the booking app an answer leads to (LOGIN, SELF_REGISTER, MY_PAGE, BOOK) */
export type FaqLinkTarget =
  | 'BOOK'
  | 'LOGIN'
  | 'MY_PAGE'
  | 'SELF_REGISTER';

/** Whether a profile field is hidden, optional or required */
export type FieldPolicy =
  | 'HIDDEN'
  | 'OPTIONAL'
  | 'REQUIRED';

/** Many slots from a pattern, in the site’s time zone; existing slots are kept */
export type GenerateSlotsInput = {
  /** Places per slot */
  capacity: number;
  /** Closing time, HH:MM; the last slot ends by then */
  dayEnd: string;
  /** Opening time, HH:MM */
  dayStart: string;
  /** First date */
  fromDate: string;
  /** Length of one slot in minutes */
  slotMinutes: number;
  /** Last date (inclusive) */
  toDate: string;
  /** Vaccine id (offered at the venue) */
  vaccineId: string | number;
  /** Venue id */
  venueId: string | number;
  /** Weekdays to include: 0 Sunday … 6 Saturday */
  weekdays: Array<number>;
};

/** ADMIN_USER an admin user logged in; API_KEY an HR system with a site’s API key */
export type ImportActorKind =
  | 'ADMIN_USER'
  | 'API_KEY';

/** VALID_TICKETS 有効接種券登録, BULK_BOOKING 一括予約, ISSUANCE 仮接種券発行, REAL_TICKET_LINKS 本接種券の紐付け (provisional number, 18-digit ticket line) */
export type ImportKind =
  | 'BULK_BOOKING'
  | 'ISSUANCE'
  | 'REAL_TICKET_LINKS'
  | 'VALID_TICKETS';

/** Why a row (or the header) of an import file is refused */
export type ImportRowErrorCode =
  /** The ticket is already registered with other data */
  | 'ALREADY_EXISTS'
  /** The row matches several tickets or slots; add a column to tell them apart */
  | 'AMBIGUOUS'
  /** A booking rule refuses the row; see bookingCode */
  | 'BOOKING_REFUSED'
  /** The same ticket (and dose) appears on an earlier line */
  | 'DUPLICATE_IN_FILE'
  /** The file has no header row */
  | 'EMPTY_FILE'
  /** A cell is malformed (digits, date, check digit, email…) */
  | 'INVALID_VALUE'
  /** A required column is not in the header */
  | 'MISSING_COLUMN'
  /** The slot has fewer places than the rows booking it: this row overflows */
  | 'SLOT_FULL'
  /** The file asks for more than one import may hold */
  | 'TOO_MANY_ROWS'
  /** No slot starts at that venue and time (or no such slot id) */
  | 'UNKNOWN_SLOT'
  /** The ticket is not registered on this site */
  | 'UNKNOWN_TICKET'
  /** No venue of this site has that name */
  | 'UNKNOWN_VENUE';

/** Whether an import was written */
export type ImportStatus =
  | 'COMMITTED'
  | 'PREVIEWED';

/** Why a real ticket was not linked */
export type LinkRealTicketErrorCode =
  /** Another ticket of the site holds this real ticket; see linkedTicketNumber */
  | 'ALREADY_LINKED_ELSEWHERE'
  /** The line is not 18 digits */
  | 'INVALID_LINE'
  /** The municipality code in the line has a wrong check digit */
  | 'INVALID_MUNICIPALITY_CODE'
  /** Only provisional tickets are linked to a real one */
  | 'NOT_PROVISIONAL';

/** Links a provisional ticket to the person’s real ticket */
export type LinkRealTicketInput = {
  /** The 18-digit line printed on the real ticket (OCR text or QR code): type (1) + dose (1) + municipality code (6) + number (10). Full-width digits, spaces and hyphens are accepted */
  line: string;
  /** The provisional ticket */
  ticketId: string | number;
};

/** Why a login was refused */
export type LoginErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'SITE_NOT_FOUND'
  | 'TOO_MANY_ATTEMPTS';

/** Who made a reservation: the person, an admin, a bulk import or an API client */
export type MadeBy =
  | 'ADMIN'
  | 'API'
  | 'BULK'
  | 'SELF';

/** Why a mail was sent */
export type MailKind =
  | 'BOOKING_CHANGE'
  | 'BOOKING_CONFIRMATION'
  | 'CANCELLATION'
  | 'LOGIN_INFO'
  | 'REMINDER';

/** PENDING: waiting or retrying; SENT: delivered; SKIPPED: no longer needed (e.g. a reminder for a cancelled booking); FAILED: given up */
export type MailStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

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

/** Checks an uploaded file (POST /uploads) for one kind of import; writes nothing */
export type PreviewImportInput = {
  /** What the file holds */
  kind: ImportKind;
  /** Site id */
  siteId: string | number;
  /** The uploadId returned by POST /uploads */
  uploadId: string | number;
};

/** An admin books on a person’s behalf (made by ADMIN; opening time does not apply) */
export type ProxyBookReservationInput = {
  /** Dose number */
  dose?: number;
  /** Optional key chosen by the caller (e.g. a UUID) so a retry after a timeout cannot book twice: the same key sent again for the same ticket returns the first answer and writes nothing. Reusing a key for a different booking is refused with CONFLICT */
  idempotencyKey?: string | null | undefined;
  /** SET mode: the dose-2 slot; default exactly the interval later */
  secondDoseSlotId?: string | number | null | undefined;
  /** The slot for this dose */
  slotId: string | number;
  /** The person’s ticket */
  ticketId: string | number;
};

/** An admin cancels on a person’s behalf; the recipient cut-off does not apply */
export type ProxyCancelReservationInput = {
  /** Reason, kept with the reservation and told to the person */
  reason: string;
  /** Reservation id (its set partner is cancelled too) */
  reservationId: string | number;
};

/** Records a vaccination (or corrects the record) */
export type RecordVaccinationInput = {
  /** The desk recording it (any id the tablet keeps); venueDeskDefaults then returns what it last used */
  deskId?: string | null | undefined;
  /** The doctor, from the venue’s list (venueDoctors); give this or doctorName */
  doctorId?: string | number | null | undefined;
  /** Doctor’s name when not from the list: at most 20 characters, not starting with = + - @ */
  doctorName?: string | null | undefined;
  /** Lot number: at most 20 characters, not starting with = + - @ (the national record’s rule) */
  lotNumber: string;
  /** Manufacturer (e.g. ファイザー, 武田/モデルナ): at most 20 characters, not starting with = + - @; default the vaccine’s */
  manufacturer?: string | null | undefined;
  /** Reservation id */
  reservationId: string | number;
  /** Time of vaccination */
  vaccinatedAt?: string | null | undefined;
  /** Date of vaccination; default the date of vaccinatedAt, else the slot’s date */
  vaccinatedOn?: string | null | undefined;
};

/** Takes a doctor off a venue’s list (records keep the name they were made with) */
export type RemoveVenueDoctorInput = {
  /** Doctor id */
  doctorId: string | number;
};

/** The order of a site’s entries: every entry of the site, once, first to last */
export type ReorderFaqEntriesInput = {
  /** Entry ids in their new order */
  entryIds: Array<string | number>;
  /** Site */
  siteId: string | number;
};

/** Why login information was not mailed */
export type ResendLoginInformationErrorCode =
  /** The site sends no mail (Site.mailEnabled is off) */
  | 'MAIL_DISABLED'
  /** Neither the person nor the roster has an email address: print it or tell them by phone */
  | 'NO_EMAIL'
  /** The ticket is revoked: it cannot log in */
  | 'TICKET_REVOKED'
  /** Mailed to this ticket less than 10 minutes ago; retryAfterSeconds says how long */
  | 'TOO_SOON';

/** Mail a person their login information again */
export type ResendLoginInformationInput = {
  /** The person’s ticket */
  ticketId: string | number;
};

/** Filters of the reservation list; all optional, combined with AND */
export type ReservationFilter = {
  /** Only this dose number (1 to 3) */
  dose?: number | null | undefined;
  /** Slots on or after this date (site time zone) */
  fromDate?: string | null | undefined;
  /** Only reservations made this way */
  madeBy?: MadeBy | null | undefined;
  /** Part of the name (family + given, spaces ignored): katakana, or Latin letters (any case) for names registered in them */
  name?: string | null | undefined;
  /** Only this status */
  status?: ReservationStatus | null | undefined;
  /** Exact ticket number (full-width digits accepted) */
  ticketNumber?: string | null | undefined;
  /** Slots on or before this date (site time zone) */
  toDate?: string | null | undefined;
  /** Only this venue */
  venueId?: string | number | null | undefined;
};

/** Where a reservation stands */
export type ReservationStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW'
  | 'VACCINATED';

/** Why an admin’s password reset did not happen */
export type ResetRecipientPasswordErrorCode =
  /** The ticket has no password yet: its birth date logs in */
  | 'NOT_REGISTERED'
  /** No active ticket of the site has this number */
  | 'TICKET_NOT_FOUND';

/** A site admin resets a recipient’s password for them (after checking who calls) */
export type ResetRecipientPasswordInput = {
  /** Site id */
  siteId: string | number;
  /** The ticket number */
  ticketNumber: string;
};

/** The API key to revoke */
export type RevokeApiKeyInput = {
  /** Key id */
  id: string | number;
};

/** Revoke one ticket */
export type RevokeTicketInput = {
  /** Why (told to the holder in the cancellation mail of their upcoming bookings) */
  reason?: string | null | undefined;
  /** Ticket id */
  ticketId: string | number;
};

/** A new signing secret for an endpoint, the old one kept signing for a while */
export type RotateWebhookSecretInput = {
  /** Endpoint id */
  endpointId: string | number;
  /** Hours (0 to 168) during which every delivery is signed with both the new and the previous secret; 0: the previous secret stops signing at once */
  previousSecretValidHours?: number;
};

/** Hides a common entry for one site, or shows it again */
export type SetFaqCommonEntryHiddenInput = {
  /** The common entry (e.g. cost) */
  entryId: string | number;
  /** True hides it */
  hidden: boolean;
  /** Site */
  siteId: string | number;
};

/** How people reach the site’s office; quoted by the assistant */
export type SetFaqContactInput = {
  /** Contact (English) */
  contactEn: string;
  /** Contact (Japanese), e.g. 予約センター 0120-000-000(平日9時〜17時) */
  contactJa: string;
  /** Site */
  siteId: string | number;
};

/** A venue’s slots over a date range (a week, a month; at most 93 days) */
export type SlotCalendarInput = {
  /** First date (site’s time zone) */
  fromDate: string;
  /** Last date (inclusive) */
  toDate: string;
  /** Only this vaccine’s slots (all when left out) */
  vaccineId?: string | number | null | undefined;
  /** Venue id */
  venueId: string | number;
};

/** Why a change to a slot was refused; nothing was written */
export type SlotChangeErrorCode =
  /** The new capacity is below the places booked now (see booked and requested) */
  | 'CAPACITY_BELOW_BOOKED'
  /** The slot was cancelled for good; it cannot be changed or reopened */
  | 'SLOT_CANCELLED'
  /** The venue is closed: reopen the venue before a slot or day of it */
  | 'VENUE_CLOSED';

/** Slots from a pattern, in the site’s time zone: either dates, or fromDate–toDate with optional weekdays; from each day’s start, one slot every intervalMinutes, the last ending by the day’s end */
export type SlotPatternInput = {
  /** Places per slot */
  capacity: number;
  /** Exact dates (instead of a range), at most 366 */
  dates?: Array<string> | null | undefined;
  /** Start of each day, HH:MM (wall clock of the site) */
  from: string;
  /** First date of a range */
  fromDate?: string | null | undefined;
  /** Length of one slot in minutes (5 to 720) */
  intervalMinutes: number;
  /** End of each day, HH:MM; the last slot ends by then */
  to: string;
  /** Last date of a range (inclusive) */
  toDate?: string | null | undefined;
  /** Vaccine id (offered at the venue); may be left out when the venue offers exactly one */
  vaccineId?: string | number | null | undefined;
  /** Venue id */
  venueId: string | number;
  /** Weekdays of the range to include: 0 Sunday … 6 Saturday (all when left out) */
  weekdays?: Array<number> | null | undefined;
};

/** Which slots to close or reopen: one slot (slotId), a venue’s day (venueId and date, in the site’s time zone) or a whole venue (venueId only) */
export type SlotScopeInput = {
  /** A day of the venue (site’s time zone) */
  date?: string | null | undefined;
  /** One slot (give nothing else) */
  slotId?: string | number | null | undefined;
  /** A venue: with date its day, without date the whole venue */
  venueId?: string | number | null | undefined;
};

/** Why a slot of a pattern is not created */
export type SlotSkipReason =
  /** An existing slot of the same venue and vaccine overlaps its time (it is kept as it is) */
  | 'OVERLAPS_EXISTING'
  /** Its start has already passed */
  | 'STARTED';

/** OPEN slots take bookings; CLOSED ones take none until reopened and keep their bookings; CANCELLED ones never again */
export type SlotStatus =
  /** Taken out of service for good; its bookings were cancelled */
  | 'CANCELLED'
  /** Closed by an admin (the slot, its day or its venue): no new bookings, bookings kept */
  | 'CLOSED'
  /** Takes bookings while places are free and it has not started */
  | 'OPEN';

/** Where a ticket stands with booking; every ticket is in exactly one. "Active" reservations are BOOKED or VACCINATED (cancelled and no-show ones do not count); the series is the doses of the booked vaccine */
export type TicketBookingState =
  /** Every dose of the series booked or given, at least one not given yet */
  | 'COMPLETE'
  /** Some doses booked or given (dose 1 of a two-dose series), not the whole series */
  | 'DOSE1_ONLY'
  /** No active reservation */
  | 'NOT_BOOKED'
  /** Every dose of the series given */
  | 'VACCINATED';

/** Which tickets of the roster to list; all given conditions apply together */
export type TicketFilter = {
  /** Only tickets in this booking state */
  booking?: TicketBookingState | null | undefined;
  /** Exactly this external id (employee or student id) */
  externalId?: string | null | undefined;
  /** Katakana or hiragana (half-width too): prefix of the holder’s name, family then given name, spaces ignored. Digits: prefix of the ticket number or of the external id. Latin letters: prefix of a name registered in Latin letters (any case, spaces ignored) or of the external id. Anything else: prefix of the external id */
  search?: string | null | undefined;
  /** Only tickets in this status */
  status?: TicketRosterStatus | null | undefined;
};

/** Where a ticket stands: its holder has not registered yet, has registered, or it was revoked */
export type TicketRosterStatus =
  /** Active; the holder has not logged in and registered yet */
  | 'NOT_REGISTERED'
  /** Active; the holder registered (name in kana, password) */
  | 'REGISTERED'
  /** Revoked: it can no longer log in or book */
  | 'REVOKED';

/** Undoes a mistake at the venue, on the slot’s own day; audited */
export type UndoVenueActionInput = {
  /** What to undo */
  action: VenueUndoAction;
  /** Reservation id */
  reservationId: string | number;
};

/** Changes to a site entry; omitted fields stay as they are */
export type UpdateFaqEntryInput = {
  /** Answer (English) */
  answerEn?: string | null | undefined;
  /** Answer (Japanese) */
  answerJa?: string | null | undefined;
  /** False disables the entry (kept, not answered) */
  enabled?: boolean | null | undefined;
  /** The entry */
  id: string | number;
  /** Other ways people ask (English) */
  keywordsEn?: string | null | undefined;
  /** Other ways people ask (Japanese) */
  keywordsJa?: string | null | undefined;
  /** App page the answer leads to (null: unchanged) */
  link?: FaqLinkTarget | null | undefined;
  /** Question (English) */
  questionEn?: string | null | undefined;
  /** Question (Japanese) */
  questionJa?: string | null | undefined;
};

/** Changes to a site’s settings; omitted fields keep their value */
export type UpdateSiteSettingsInput = {
  /** Whether recipients may write their names in Latin letters as well as katakana; names already registered stay as they are */
  allowLatinNames?: boolean | null | undefined;
  /** How doses are booked */
  bookingMode?: BookingMode | null | undefined;
  /** When bookings open; an explicit null opens them now, omitted keeps the current value */
  bookingOpensAt?: string | null | undefined;
  /** Recipient cancellation cut-off in hours (0–720) */
  cancellationCutoffHours?: number | null | undefined;
  /** New code (letters, digits, - and _); unique among sites; recipients log in with it */
  code?: string | null | undefined;
  /** Contact mail address for recipients; empty removes it */
  contactEmail?: string | null | undefined;
  /** When the contact phone is answered; empty removes it */
  contactHours?: string | null | undefined;
  /** Contact phone for recipients; an empty string removes it */
  contactPhone?: string | null | undefined;
  /** Email field policy */
  emailField?: FieldPolicy | null | undefined;
  /** Gender field policy */
  genderField?: FieldPolicy | null | undefined;
  /** Whether the site sends mail at all */
  mailEnabled?: boolean | null | undefined;
  /** Display name */
  name?: string | null | undefined;
  /** Second fact for a password reset without mail (default PHONE) */
  passwordResetFact?: PasswordResetFact | null | undefined;
  /** Phone field policy */
  phoneField?: FieldPolicy | null | undefined;
  /** Plan */
  plan?: Plan | null | undefined;
  /** Local time (HH:MM) when the day-before reminders go out */
  reminderTime?: string | null | undefined;
  /** Operators only: whether site admins of this site may create further site admins (default false: venue staff only) */
  siteAdminsCreateSiteAdmins?: boolean | null | undefined;
  /** Site id */
  siteId: string | number;
  /** Terms of use */
  termsOfUse?: string | null | undefined;
  /** IANA time zone */
  timeZone?: string | null | undefined;
};

/** A slot’s new capacity */
export type UpdateSlotCapacityInput = {
  /** New number of places, never below the places already booked */
  capacity: number;
  /** Slot id */
  slotId: string | number;
};

/** Changes to a vaccine; fields left out (or null) stay as they are. Existing reservations are kept as they are; new bookings follow the new rule */
export type UpdateVaccineInput = {
  /** New days from dose 1 to dose 2 */
  doseIntervalDays?: number | null | undefined;
  /** New number of doses, 1 to 3 */
  doses?: number | null | undefined;
  /** New extra days dose 2 may be late */
  intervalWindowDays?: number | null | undefined;
  /** New manufacturer (at most 20 characters) */
  manufacturer?: string | null | undefined;
  /** New display name (unique in the site) */
  name?: string | null | undefined;
  /** Vaccine id */
  vaccineId: string | number;
};

/** Changes to a venue; fields left out (or null) stay as they are */
export type UpdateVenueInput = {
  /** New access note (at most 1000 characters) */
  accessInfo?: string | null | undefined;
  /** New address or directions */
  address?: string | null | undefined;
  /** New name (at most 30 characters, unique in the site) */
  name?: string | null | undefined;
  /** Venue id */
  venueId: string | number;
};

/** Why a venue action was refused */
export type VenueActionErrorCode =
  /** undoVenueAction: a mistake is undone on the slot’s own day only */
  | 'DAY_OVER'
  /** undoVenueAction: the person booked this dose again after the no-show; cancel that first */
  | 'DOSE_REBOOKED'
  /** undoVenueAction: the reservation is not in the state the undo reverses */
  | 'NOTHING_TO_UNDO'
  /** The slot has not begun */
  | 'NOT_STARTED'
  /** The reservation is cancelled or closed */
  | 'WRONG_STATUS';

/** What changed in the venue day */
export type VenueDayChangeKind =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'CHECK_IN_UNDONE'
  | 'NO_SHOW'
  | 'NO_SHOW_UNDONE'
  | 'VACCINATED'
  | 'VACCINATION_UNDONE';

/** A reservation at a venue */
export type VenueReservationInput = {
  /** Reservation id */
  reservationId: string | number;
};

/** CHECK_IN: the person had not arrived; NO_SHOW: they came after all; VACCINATION: the record was a mistake (removed; still checked in) */
export type VenueUndoAction =
  | 'CHECK_IN'
  | 'NO_SHOW'
  | 'VACCINATION';

export type SiteSettingsForm_SiteFragment = { __typename: 'Site', id: string, code: string, name: string, termsOfUse: string, genderField: FieldPolicy, phoneField: FieldPolicy, emailField: FieldPolicy, allowLatinNames: boolean, bookingMode: BookingMode, bookingOpensAt: string | null, cancellationCutoffHours: number, mailEnabled: boolean, reminderTime: string, timeZone: string } & { ' $fragmentName'?: 'SiteSettingsForm_SiteFragment' };

export type SitesTable_SiteFragment = { __typename: 'Site', id: string, code: string, name: string, plan: Plan, bookingMode: BookingMode } & { ' $fragmentName'?: 'SitesTable_SiteFragment' };

export type WebhookEndpointsSectionQueryVariables = Exact<{
  siteId: string | number;
}>;


export type WebhookEndpointsSectionQuery = { webhookEndpoints: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, eventTypes: Array<string>, enabled: boolean, previousSecretExpiresAt: string | null }> };

export type RotateWebhookSecretFromAdminMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretFromAdminMutation = { rotateWebhookSecret: { __typename: 'RotateWebhookSecretResult', secret: string, previousSecretExpiresAt: string | null, endpoint: { __typename: 'WebhookEndpoint', id: string, previousSecretExpiresAt: string | null } } };

export type FilesImportErrorPageFragment = { __typename: 'ImportRowErrorConnection', totalCount: number, edges: Array<{ __typename: 'ImportRowErrorEdge', node: { __typename: 'ImportRowError', line: number, column: string | null, code: ImportRowErrorCode, message: string, value: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } & { ' $fragmentName'?: 'FilesImportErrorPageFragment' };

export type FilesPreviewImportMutationVariables = Exact<{
  input: PreviewImportInput;
  first: number;
}>;


export type FilesPreviewImportMutation = { previewImport: { __typename: 'ImportPreview', importId: string, kind: ImportKind, encoding: string, rowCount: number, writableCount: number, unchangedCount: number, errorCount: number, alreadyImported: boolean, errorPage: { __typename: 'ImportRowErrorConnection', totalCount: number, edges: Array<{ __typename: 'ImportRowErrorEdge', node: { __typename: 'ImportRowError', line: number, column: string | null, code: ImportRowErrorCode, message: string, value: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type FilesImportErrorsQueryVariables = Exact<{
  importId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type FilesImportErrorsQuery = { importErrors: { __typename: 'ImportRowErrorConnection', totalCount: number, edges: Array<{ __typename: 'ImportRowErrorEdge', node: { __typename: 'ImportRowError', line: number, column: string | null, code: ImportRowErrorCode, message: string, value: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type FilesCommitImportMutationVariables = Exact<{
  input: CommitImportInput;
}>;


export type FilesCommitImportMutation = { commitImport: { __typename: 'CommitImportResult', ok: boolean, importId: string, createdCount: number, unchangedCount: number, alreadyImported: boolean, errors: Array<{ __typename: 'ImportRowError', line: number, column: string | null, code: ImportRowErrorCode, message: string }>, error: { __typename: 'CommitImportError', code: CommitImportErrorCode, message: string } | null } };

export type FilesIssuedTicketsFileQueryVariables = Exact<{
  importId: string | number;
  encoding: CsvEncoding;
}>;


export type FilesIssuedTicketsFileQuery = { issuedTicketsFile: { __typename: 'ExportFile', filename: string, contentType: string, rowCount: number, base64: string } };

export type FilesImportHistoryQueryVariables = Exact<{
  siteId: string | number;
  after?: string | null | undefined;
}>;


export type FilesImportHistoryQuery = { imports: { __typename: 'ImportConnection', edges: Array<{ __typename: 'ImportEdge', node: { __typename: 'ImportSummary', id: string, kind: ImportKind, filename: string, status: ImportStatus, rowCount: number, createdCount: number, errorCount: number, createdAt: string, committedAt: string | null, unchangedCount: number, mailsQueuedCount: number, uploadedBy: { __typename: 'ImportActor', kind: ImportActorKind, id: string, name: string | null }, committedBy: { __typename: 'ImportActor', kind: ImportActorKind, id: string, name: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AdminLoginMutationVariables = Exact<{
  input: AdminLoginInput;
}>;


export type AdminLoginMutation = { adminLogin: { __typename: 'AdminLoginResult', ok: boolean, token: string | null, expiresAt: string | null, admin: { __typename: 'AdminUser', id: string, email: string, displayName: string, role: AdminRole, siteId: string | null } | null, error: { __typename: 'LoginError', code: LoginErrorCode, message: string, retryAfterSeconds: number | null } | null } };

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { logout: boolean };

export type AdminCreateAdminUserMutationVariables = Exact<{
  input: CreateAdminUserInput;
}>;


export type AdminCreateAdminUserMutation = { createAdminUser: { __typename: 'AdminUser', id: string, email: string } };

export type AdminCreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type AdminCreateSiteMutation = { createSite: { __typename: 'Site', id: string, code: string, name: string } };

export type AdminCreateFaqEntryMutationVariables = Exact<{
  input: CreateFaqEntryInput;
}>;


export type AdminCreateFaqEntryMutation = { createFaqEntry: { __typename: 'FaqSiteEntry', id: string, position: number, enabled: boolean, questionJa: string, answerJa: string, keywordsJa: string, questionEn: string, answerEn: string, keywordsEn: string, link: FaqLinkTarget | null } };

export type AdminUpdateFaqEntryMutationVariables = Exact<{
  input: UpdateFaqEntryInput;
}>;


export type AdminUpdateFaqEntryMutation = { updateFaqEntry: { __typename: 'FaqSiteEntry', id: string, position: number, enabled: boolean, questionJa: string, answerJa: string, keywordsJa: string, questionEn: string, answerEn: string, keywordsEn: string, link: FaqLinkTarget | null } };

export type AdminReorderFaqEntriesMutationVariables = Exact<{
  input: ReorderFaqEntriesInput;
}>;


export type AdminReorderFaqEntriesMutation = { reorderFaqEntries: Array<{ __typename: 'FaqSiteEntry', id: string, position: number }> };

export type AdminSetFaqCommonEntryHiddenMutationVariables = Exact<{
  input: SetFaqCommonEntryHiddenInput;
}>;


export type AdminSetFaqCommonEntryHiddenMutation = { setFaqCommonEntryHidden: { __typename: 'FaqCommonEntry', id: string, hidden: boolean } };

export type AdminSetFaqContactMutationVariables = Exact<{
  input: SetFaqContactInput;
}>;


export type AdminSetFaqContactMutation = { setFaqContact: { __typename: 'FaqContact', siteId: string } };

export type WizardCreateVaccineMutationVariables = Exact<{
  input: CreateVaccineInput;
}>;


export type WizardCreateVaccineMutation = { createVaccine: { __typename: 'Vaccine', id: string, name: string } };

export type WizardCreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;


export type WizardCreateVenueMutation = { createVenue: { __typename: 'Venue', id: string, name: string } };

export type WizardGenerateSlotsMutationVariables = Exact<{
  input: GenerateSlotsInput;
}>;


export type WizardGenerateSlotsMutation = { generateSlots: { __typename: 'GenerateSlotsResult', created: number, skipped: number } };

export type WizardPreviewImportMutationVariables = Exact<{
  input: PreviewImportInput;
}>;


export type WizardPreviewImportMutation = { previewImport: { __typename: 'ImportPreview', importId: string, rowCount: number, writableCount: number, unchangedCount: number, errorCount: number, alreadyImported: boolean, errorPage: { __typename: 'ImportRowErrorConnection', edges: Array<{ __typename: 'ImportRowErrorEdge', node: { __typename: 'ImportRowError', line: number, column: string | null, code: ImportRowErrorCode, message: string } }> } } };

export type WizardCommitImportMutationVariables = Exact<{
  input: CommitImportInput;
}>;


export type WizardCommitImportMutation = { commitImport: { __typename: 'CommitImportResult', ok: boolean, createdCount: number, unchangedCount: number, error: { __typename: 'CommitImportError', code: CommitImportErrorCode, message: string } | null } };

export type AdminUpdateSiteSettingsMutationVariables = Exact<{
  input: UpdateSiteSettingsInput;
}>;


export type AdminUpdateSiteSettingsMutation = { updateSiteSettings: (
    { __typename: 'Site', id: string, code: string }
    & { ' $fragmentRefs'?: { 'SiteSettingsForm_SiteFragment': SiteSettingsForm_SiteFragment } }
  ) };

export type BookOnBehalfVenuesQueryVariables = Exact<{
  siteCode: string;
}>;


export type BookOnBehalfVenuesQuery = { venues: Array<{ __typename: 'Venue', id: string, name: string, closed: boolean, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string }> }> };

export type BookOnBehalfAvailabilityQueryVariables = Exact<{
  venueId: string | number;
  vaccineId: string | number;
  from: string;
  to: string;
}>;


export type BookOnBehalfAvailabilityQuery = { availability: { __typename: 'Availability', days: Array<{ __typename: 'AvailabilityDay', date: string, bookable: boolean, remaining: number }>, slots: Array<{ __typename: 'Slot', id: string, startsAt: string, endsAt: string, remaining: number, status: SlotStatus }> } };

export type ProxyBookMutationVariables = Exact<{
  input: ProxyBookReservationInput;
}>;


export type ProxyBookMutation = { proxyBookReservation: { __typename: 'BookReservationResult', ok: boolean, error: { __typename: 'BookingError', code: BookingErrorCode, message: string } | null, reservations: Array<{ __typename: 'Reservation', id: string, dose: number, bookingNumber: string }> } };

export type RealTicketsFindTicketQueryVariables = Exact<{
  siteId: string | number;
  search: string;
}>;


export type RealTicketsFindTicketQuery = { tickets: { __typename: 'TicketConnection', edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', id: string, number: string } }> } };

export type RealTicketsLinkMutationVariables = Exact<{
  input: LinkRealTicketInput;
}>;


export type RealTicketsLinkMutation = { linkRealTicket: { __typename: 'LinkRealTicketResult', ok: boolean, link: { __typename: 'RealTicketLink', ticketId: string, provisionalNumber: string, realNumber: string | null, realMunicipalityCode: string | null } | null, error: { __typename: 'LinkRealTicketError', code: LinkRealTicketErrorCode, message: string, linkedTicketNumber: string | null } | null } };

export type RealTicketsUnlinkedQueryVariables = Exact<{
  siteId: string | number;
  after?: string | null | undefined;
}>;


export type RealTicketsUnlinkedQuery = { realTicketLinks: { __typename: 'RealTicketLinkConnection', edges: Array<{ __typename: 'RealTicketLinkEdge', node: { __typename: 'RealTicketLink', ticketId: string, provisionalNumber: string, externalId: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RealTicketsExportUnlinkedQueryVariables = Exact<{
  input: ExportUnlinkedTicketsInput;
}>;


export type RealTicketsExportUnlinkedQuery = { exportUnlinkedTickets: { __typename: 'ExportFile', filename: string, contentType: string, rowCount: number, base64: string } };

export type ApiKeysPageQueryVariables = Exact<{
  siteId: string | number;
}>;


export type ApiKeysPageQuery = { apiKeys: { __typename: 'ApiKeyConnection', edges: Array<{ __typename: 'ApiKeyEdge', node: { __typename: 'ApiKey', id: string, name: string, prefix: string, lastFour: string, scopes: Array<ApiKeyScope>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type CreateApiKeyFromAdminMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyFromAdminMutation = { createApiKey: { __typename: 'CreateApiKeyResult', secret: string, apiKey: { __typename: 'ApiKey', id: string, name: string } } };

export type RevokeApiKeyFromAdminMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyFromAdminMutation = { revokeApiKey: { __typename: 'RevokeApiKeyResult', apiKey: { __typename: 'ApiKey', id: string, revokedAt: string | null } } };

export type AuditPageQueryVariables = Exact<{
  siteId: string | number;
  action?: string | null | undefined;
  actorKind?: AuditActorKind | null | undefined;
  actorAdminUserId?: string | number | null | undefined;
  actorApiKeyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditPageQuery = { auditLog: { __typename: 'AuditConnection', edges: Array<{ __typename: 'AuditEdge', node: { __typename: 'AuditEntry', id: string, action: string, actorName: string | null, actorRole: string, targetType: string | null, targetId: string | null, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AuditActorsQueryVariables = Exact<{
  siteId: string | number;
}>;


export type AuditActorsQuery = { adminUsers: { __typename: 'AdminUserConnection', edges: Array<{ __typename: 'AdminUserEdge', node: { __typename: 'AdminUser', id: string, displayName: string, role: AdminRole } }> }, apiKeys: { __typename: 'ApiKeyConnection', edges: Array<{ __typename: 'ApiKeyEdge', node: { __typename: 'ApiKey', id: string, name: string } }> } };

export type MailPageQueryVariables = Exact<{
  siteId: string | number;
  before?: string | null | undefined;
  first: number;
}>;


export type MailPageQuery = { mailbox: Array<{ __typename: 'Mail', id: string, kind: MailKind, to: string, subject: string, text: string | null, status: MailStatus, attempts: number, transport: string | null, createdAt: string, sentAt: string | null }> };

export type FaqRoute_EntryFragment = { __typename: 'FaqSiteEntry', id: string, position: number, enabled: boolean, questionJa: string, answerJa: string, keywordsJa: string, questionEn: string, answerEn: string, keywordsEn: string, link: FaqLinkTarget | null } & { ' $fragmentName'?: 'FaqRoute_EntryFragment' };

export type FaqPageQueryVariables = Exact<{
  siteId: string | number;
}>;


export type FaqPageQuery = { faqSiteEntries: Array<{ __typename: 'FaqSiteEntry', id: string, position: number, enabled: boolean, questionJa: string, answerJa: string, keywordsJa: string, questionEn: string, answerEn: string, keywordsEn: string, link: FaqLinkTarget | null }>, faqCommonEntries: Array<{ __typename: 'FaqCommonEntry', id: string, questionJa: string, questionEn: string, hidden: boolean }>, faqContact: { __typename: 'FaqContact', contactJa: string, contactEn: string } | null };

export type FaqUnansweredPageQueryVariables = Exact<{
  siteId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type FaqUnansweredPageQuery = { faqUnansweredQuestions: { __typename: 'FaqUnansweredConnection', edges: Array<{ __typename: 'FaqUnansweredEdge', cursor: string, node: { __typename: 'FaqUnansweredQuestion', question: string, language: FaqLanguage, count: number, lastAskedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MyVenuesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVenuesPageQuery = { myVenues: Array<{ __typename: 'Venue', id: string, name: string, address: string }> };

export type PeoplePageQueryVariables = Exact<{
  siteId: string | number;
  filter?: TicketFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PeoplePageQuery = { tickets: { __typename: 'TicketConnection', edges: Array<{ __typename: 'TicketEdge', cursor: string, node: { __typename: 'Ticket', id: string, number: string, externalId: string | null, familyNameKana: string | null, givenNameKana: string | null, department: string | null, status: TicketRosterStatus, booking: { __typename: 'TicketBookingSummary', state: TicketBookingState, dosesBooked: number, dosesVaccinated: number, dosesInSeries: number | null } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PersonPageQueryVariables = Exact<{
  siteId: string | number;
  siteCode: string;
  number: string;
}>;


export type PersonPageQuery = { site: { __typename: 'Site', id: string, contactPhone: string | null, contactHours: string | null, contactEmail: string | null }, tickets: { __typename: 'TicketConnection', edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', id: string, number: string, externalId: string | null, familyNameKana: string | null, givenNameKana: string | null, department: string | null, email: string | null, status: TicketRosterStatus, booking: { __typename: 'TicketBookingSummary', state: TicketBookingState, dosesBooked: number, dosesVaccinated: number, dosesInSeries: number | null } } }> }, reservations: { __typename: 'AdminReservationConnection', edges: Array<{ __typename: 'AdminReservationEdge', node: { __typename: 'AdminReservation', id: string, dose: number, status: ReservationStatus, startsAt: string, venueName: string, vaccineName: string, madeBy: MadeBy, cancelReason: string | null, createdAt: string } }> }, mailbox: Array<{ __typename: 'Mail', id: string, kind: MailKind, to: string, subject: string, text: string | null, status: MailStatus, createdAt: string }>, auditLog: { __typename: 'AuditConnection', edges: Array<{ __typename: 'AuditEdge', node: { __typename: 'AuditEntry', id: string, action: string, actorName: string | null, actorRole: string, targetType: string | null, targetId: string | null, createdAt: string, before: unknown, after: unknown } }> } };

export type ProxyCancelMutationVariables = Exact<{
  input: ProxyCancelReservationInput;
}>;


export type ProxyCancelMutation = { proxyCancelReservation: { __typename: 'CancelReservationResult', ok: boolean, error: { __typename: 'CancellationError', code: CancellationErrorCode, message: string } | null, cancelled: Array<{ __typename: 'Reservation', id: string }> } };

export type RevokePersonTicketMutationVariables = Exact<{
  input: RevokeTicketInput;
}>;


export type RevokePersonTicketMutation = { revokeTicket: { __typename: 'RevokeTicketResult', revoked: boolean, cancelledReservations: number } };

export type ResetPersonPasswordMutationVariables = Exact<{
  input: ResetRecipientPasswordInput;
}>;


export type ResetPersonPasswordMutation = { resetRecipientPassword: { __typename: 'ResetRecipientPasswordResult', ok: boolean, temporaryPassword: string | null, error: { __typename: 'ResetRecipientPasswordError', code: ResetRecipientPasswordErrorCode, message: string } | null } };

export type ResendPersonLoginInformationMutationVariables = Exact<{
  input: ResendLoginInformationInput;
}>;


export type ResendPersonLoginInformationMutation = { resendLoginInformation: { __typename: 'ResendLoginInformationResult', ok: boolean, sentTo: string | null, withResetLink: boolean, error: { __typename: 'ResendLoginInformationError', code: ResendLoginInformationErrorCode, message: string, retryAfterSeconds: number | null } | null } };

export type ReservationsPageQueryVariables = Exact<{
  siteId: string | number;
  siteCode: string;
  filter?: ReservationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ReservationsPageQuery = { venues: Array<{ __typename: 'Venue', id: string, name: string }>, reservations: { __typename: 'AdminReservationConnection', edges: Array<{ __typename: 'AdminReservationEdge', cursor: string, node: { __typename: 'AdminReservation', id: string, ticketNumber: string, familyNameKana: string | null, givenNameKana: string | null, dose: number, status: ReservationStatus, startsAt: string, venueName: string, vaccineName: string, madeBy: MadeBy } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ExportReservationsFileQueryVariables = Exact<{
  input: ExportReservationsInput;
}>;


export type ExportReservationsFileQuery = { exportReservations: { __typename: 'ExportFile', filename: string, contentType: string, base64: string, rowCount: number } };

export type ExportVaccinationRecordsFileQueryVariables = Exact<{
  input: ExportVaccinationRecordsInput;
}>;


export type ExportVaccinationRecordsFileQuery = { exportVaccinationRecords: { __typename: 'ExportFile', filename: string, contentType: string, base64: string, rowCount: number } };

export type SiteSettingsPageQueryVariables = Exact<{
  code: string;
}>;


export type SiteSettingsPageQuery = { defaultTermsOfUse: string, site: { __typename: 'Site', id: string, code: string, name: string, termsOfUse: string, genderField: FieldPolicy, phoneField: FieldPolicy, emailField: FieldPolicy, allowLatinNames: boolean, bookingMode: BookingMode, bookingOpensAt: string | null, cancellationCutoffHours: number, mailEnabled: boolean, reminderTime: string, timeZone: string } };

export type WizardPageQueryVariables = Exact<{
  code: string;
}>;


export type WizardPageQuery = { defaultTermsOfUse: string, site: { __typename: 'Site', id: string, plan: Plan, code: string, name: string, termsOfUse: string, genderField: FieldPolicy, phoneField: FieldPolicy, emailField: FieldPolicy, allowLatinNames: boolean, bookingMode: BookingMode, bookingOpensAt: string | null, cancellationCutoffHours: number, mailEnabled: boolean, reminderTime: string, timeZone: string }, venues: Array<{ __typename: 'Venue', id: string, name: string, address: string, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string }> }>, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string }> };

export type SiteHomeQueryVariables = Exact<{
  code: string;
  siteId: string | number;
}>;


export type SiteHomeQuery = { site: { __typename: 'Site', id: string, code: string, name: string, plan: Plan, siteAdminsCreateSiteAdmins: boolean | null }, adminUsers: { __typename: 'AdminUserConnection', edges: Array<{ __typename: 'AdminUserEdge', node: { __typename: 'AdminUser', id: string, email: string, displayName: string, role: AdminRole } }> } };

export type AdminSiteQueryVariables = Exact<{
  code: string;
}>;


export type AdminSiteQuery = { site: { __typename: 'Site', id: string, code: string, name: string, timeZone: string } };

export type SitesPageQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SitesPageQuery = { sites: { __typename: 'SiteConnection', edges: Array<{ __typename: 'SiteEdge', cursor: string, node: { __typename: 'Site', id: string, code: string, name: string, plan: Plan, bookingMode: BookingMode } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type VenueDayVenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type VenueDayVenuesQuery = { myVenues: Array<{ __typename: 'Venue', id: string, name: string }> };

export type VenueDayRowFragment = { __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null } & { ' $fragmentName'?: 'VenueDayRowFragment' };

export type VenueDayPageQueryVariables = Exact<{
  venueId: string | number;
  date: string;
}>;


export type VenueDayPageQuery = { venueDay: { __typename: 'AdminReservationConnection', edges: Array<{ __typename: 'AdminReservationEdge', node: { __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null } }> }, venueDaySummary: { __typename: 'VenueDaySummary', slots: Array<{ __typename: 'VenueDaySlot', slotId: string, startsAt: string, endsAt: string, vaccineName: string, capacity: number, booked: number, arrived: number, vaccinated: number, noShow: number, toCome: number }>, totals: { __typename: 'VenueDayCounts', booked: number, arrived: number, vaccinated: number, noShow: number, toCome: number } }, venueDoctors: Array<{ __typename: 'VenueDoctor', id: string, name: string }> };

export type VenueDaySearchQueryVariables = Exact<{
  venueId: string | number;
  date: string;
  query: string;
}>;


export type VenueDaySearchQuery = { venueDaySearch: Array<{ __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null }> };

export type VenueDeskDefaultsPageQueryVariables = Exact<{
  venueId: string | number;
  deskId: string;
}>;


export type VenueDeskDefaultsPageQuery = { venueDeskDefaults: { __typename: 'VenueDeskDefaults', doctorId: string | null, doctorName: string, manufacturer: string, lotNumber: string } | null };

export type VenueDayChangedPageSubscriptionVariables = Exact<{
  venueId: string | number;
  date: string;
}>;


export type VenueDayChangedPageSubscription = { venueDayChanged: { __typename: 'VenueDayChange', change: VenueDayChangeKind, reservationId: string } };

export type VenueDayCheckInMutationVariables = Exact<{
  input: VenueReservationInput;
}>;


export type VenueDayCheckInMutation = { checkIn: { __typename: 'VenueActionResult', ok: boolean, error: { __typename: 'VenueActionError', code: VenueActionErrorCode, message: string } | null, reservation: { __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null } } };

export type VenueDayNoShowMutationVariables = Exact<{
  input: VenueReservationInput;
}>;


export type VenueDayNoShowMutation = { markNoShow: { __typename: 'VenueActionResult', ok: boolean, error: { __typename: 'VenueActionError', code: VenueActionErrorCode, message: string } | null, reservation: { __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null } } };

export type VenueDayRecordMutationVariables = Exact<{
  input: RecordVaccinationInput;
}>;


export type VenueDayRecordMutation = { recordVaccination: { __typename: 'VenueActionResult', ok: boolean, error: { __typename: 'VenueActionError', code: VenueActionErrorCode, message: string } | null, reservation: { __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null } } };

export type VenueDayUndoMutationVariables = Exact<{
  input: UndoVenueActionInput;
}>;


export type VenueDayUndoMutation = { undoVenueAction: { __typename: 'VenueActionResult', ok: boolean, error: { __typename: 'VenueActionError', code: VenueActionErrorCode, message: string } | null, reservation: { __typename: 'AdminReservation', id: string, slotId: string, startsAt: string, endsAt: string, status: ReservationStatus, dose: number, ticketNumber: string, realNumber: string | null, familyNameKana: string | null, givenNameKana: string | null, vaccineName: string, checkedInAt: string | null, vaccination: { __typename: 'VaccinationRecordType', doctorName: string, manufacturer: string, lotNumber: string, vaccinatedAt: string | null } | null } } };

export type AdminSlotCountFragment = { __typename: 'SlotCount', slotId: string, date: string, capacity: number, booked: number, free: number, status: SlotStatus, slot: { __typename: 'Slot', id: string, startsAt: string, endsAt: string, vaccineId: string } } & { ' $fragmentName'?: 'AdminSlotCountFragment' };

export type AdminDayTotalsFragment = { __typename: 'SlotDayTotals', date: string, slots: number, closedSlots: number, capacity: number, booked: number, free: number } & { ' $fragmentName'?: 'AdminDayTotalsFragment' };

export type AdminVenueBoardQueryVariables = Exact<{
  venueId: string | number;
  date: string;
}>;


export type AdminVenueBoardQuery = { venueBoard: { __typename: 'VenueBoard', venueId: string, date: string, slots: Array<{ __typename: 'SlotCount', slotId: string, date: string, capacity: number, booked: number, free: number, status: SlotStatus, slot: { __typename: 'Slot', id: string, startsAt: string, endsAt: string, vaccineId: string } }>, totals: { __typename: 'SlotDayTotals', date: string, slots: number, closedSlots: number, capacity: number, booked: number, free: number } } };

export type AdminSlotCalendarQueryVariables = Exact<{
  input: SlotCalendarInput;
}>;


export type AdminSlotCalendarQuery = { slotCalendar: { __typename: 'SlotCalendar', venueId: string, fromDate: string, toDate: string, slots: Array<{ __typename: 'SlotCount', slotId: string, date: string, capacity: number, booked: number, free: number, status: SlotStatus, slot: { __typename: 'Slot', id: string, startsAt: string, endsAt: string, vaccineId: string } }>, days: Array<{ __typename: 'SlotDayTotals', date: string, slots: number, closedSlots: number, capacity: number, booked: number, free: number }> } };

export type AdminBoardAvailabilitySubscriptionVariables = Exact<{
  venueId: string | number;
}>;


export type AdminBoardAvailabilitySubscription = { slotAvailabilityChanged: Array<{ __typename: 'SlotAvailability', slotId: string, capacity: number, booked: number, remaining: number, slot: { __typename: 'Slot', id: string, status: SlotStatus } }> };

export type AdminCampaignChartQueryVariables = Exact<{
  input: CampaignChartInput;
}>;


export type AdminCampaignChartQuery = { campaignChart: { __typename: 'CampaignChart', fromDate: string, toDate: string, days: Array<{ __typename: 'SlotDayTotals', date: string, slots: number, closedSlots: number, capacity: number, booked: number, free: number }> } };

export type AdminVenueFragment = { __typename: 'Venue', id: string, name: string, address: string, accessInfo: string, closed: boolean, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> } & { ' $fragmentName'?: 'AdminVenueFragment' };

export type AdminSiteVenuesQueryVariables = Exact<{
  code: string;
}>;


export type AdminSiteVenuesQuery = { venues: Array<{ __typename: 'Venue', id: string, name: string, address: string, accessInfo: string, closed: boolean, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> }>, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> };

export type AdminStaffVenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStaffVenuesQuery = { myVenues: Array<{ __typename: 'Venue', id: string, name: string, address: string, accessInfo: string, closed: boolean, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> }> };

export type AdminCreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;


export type AdminCreateVenueMutation = { createVenue: { __typename: 'Venue', id: string, name: string, address: string, accessInfo: string, closed: boolean, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> } };

export type AdminUpdateVenueMutationVariables = Exact<{
  input: UpdateVenueInput;
}>;


export type AdminUpdateVenueMutation = { updateVenue: { __typename: 'Venue', id: string, name: string, address: string, accessInfo: string, closed: boolean, vaccines: Array<{ __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number }> } };

export type AdminCreateVaccineMutationVariables = Exact<{
  input: CreateVaccineInput;
}>;


export type AdminCreateVaccineMutation = { createVaccine: { __typename: 'Vaccine', id: string, name: string } };

export type AdminUpdateVaccineMutationVariables = Exact<{
  input: UpdateVaccineInput;
}>;


export type AdminUpdateVaccineMutation = { updateVaccine: { __typename: 'Vaccine', id: string, name: string, manufacturer: string, doses: number, doseIntervalDays: number, intervalWindowDays: number } };

export type AdminUpdateSlotCapacityMutationVariables = Exact<{
  input: UpdateSlotCapacityInput;
}>;


export type AdminUpdateSlotCapacityMutation = { updateSlotCapacity: { __typename: 'UpdateSlotCapacityResult', ok: boolean, slot: { __typename: 'Slot', id: string, capacity: number, remaining: number } | null, error: { __typename: 'SlotChangeError', code: SlotChangeErrorCode, message: string, booked: number | null, requested: number | null } | null } };

export type AdminCloseSlotsMutationVariables = Exact<{
  input: SlotScopeInput;
}>;


export type AdminCloseSlotsMutation = { closeSlots: { __typename: 'SlotStatusChangeResult', ok: boolean, error: { __typename: 'SlotChangeError', code: SlotChangeErrorCode, message: string } | null, venue: { __typename: 'Venue', id: string, closed: boolean } | null } };

export type AdminReopenSlotsMutationVariables = Exact<{
  input: SlotScopeInput;
}>;


export type AdminReopenSlotsMutation = { reopenSlots: { __typename: 'SlotStatusChangeResult', ok: boolean, error: { __typename: 'SlotChangeError', code: SlotChangeErrorCode, message: string } | null, venue: { __typename: 'Venue', id: string, closed: boolean } | null } };

export type AdminCancelSlotMutationVariables = Exact<{
  input: CancelSlotInput;
}>;


export type AdminCancelSlotMutation = { cancelSlot: { __typename: 'CancelSlotResult', cancelledReservations: number, slot: { __typename: 'Slot', id: string, status: SlotStatus } } };

export type AdminCancelVenueDayMutationVariables = Exact<{
  input: CancelVenueDayInput;
}>;


export type AdminCancelVenueDayMutation = { cancelVenueDay: { __typename: 'CancelVenueDayResult', cancelledReservations: number, cancelledSlots: number } };

export type AdminPreviewSlotsQueryVariables = Exact<{
  input: SlotPatternInput;
}>;


export type AdminPreviewSlotsQuery = { previewSlots: { __typename: 'SlotPatternPreview', vaccineId: string, slots: Array<{ __typename: 'PlannedSlot', date: string, startsAt: string, endsAt: string, capacity: number }>, skipped: Array<{ __typename: 'SkippedSlot', date: string, startsAt: string, reason: SlotSkipReason }> } };

export type AdminCreateSlotsMutationVariables = Exact<{
  input: SlotPatternInput;
}>;


export type AdminCreateSlotsMutation = { createSlots: { __typename: 'CreateSlotsResult', created: Array<{ __typename: 'Slot', id: string }>, skipped: Array<{ __typename: 'SkippedSlot', date: string, startsAt: string, reason: SlotSkipReason }> } };

export type AdminVenueDoctorsQueryVariables = Exact<{
  venueId: string | number;
}>;


export type AdminVenueDoctorsQuery = { venueDoctors: Array<{ __typename: 'VenueDoctor', id: string, name: string }> };

export type AdminAddVenueDoctorMutationVariables = Exact<{
  input: AddVenueDoctorInput;
}>;


export type AdminAddVenueDoctorMutation = { addVenueDoctor: { __typename: 'VenueDoctor', id: string, name: string } };

export type AdminRemoveVenueDoctorMutationVariables = Exact<{
  input: RemoveVenueDoctorInput;
}>;


export type AdminRemoveVenueDoctorMutation = { removeVenueDoctor: boolean };

export const SiteSettingsForm_SiteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteSettingsForm_site"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"genderField"}},{"kind":"Field","name":{"kind":"Name","value":"phoneField"}},{"kind":"Field","name":{"kind":"Name","value":"emailField"}},{"kind":"Field","name":{"kind":"Name","value":"allowLatinNames"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reminderTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<SiteSettingsForm_SiteFragment, unknown>;
export const SitesTable_SiteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitesTable_site"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}}]}}]} as unknown as DocumentNode<SitesTable_SiteFragment, unknown>;
export const FilesImportErrorPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilesImportErrorPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowErrorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<FilesImportErrorPageFragment, unknown>;
export const FaqRoute_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqRoute_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqSiteEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"questionJa"}},{"kind":"Field","name":{"kind":"Name","value":"answerJa"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsJa"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerEn"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<FaqRoute_EntryFragment, unknown>;
export const VenueDayRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDayRowFragment, unknown>;
export const AdminSlotCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSlotCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineId"}}]}}]}}]} as unknown as DocumentNode<AdminSlotCountFragment, unknown>;
export const AdminDayTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDayTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotDayTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"closedSlots"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]} as unknown as DocumentNode<AdminDayTotalsFragment, unknown>;
export const AdminVenueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVenue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessInfo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}}]} as unknown as DocumentNode<AdminVenueFragment, unknown>;
export const WebhookEndpointsSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpointsSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsSectionQuery, WebhookEndpointsSectionQueryVariables>;
export const RotateWebhookSecretFromAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecretFromAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretFromAdminMutation, RotateWebhookSecretFromAdminMutationVariables>;
export const FilesPreviewImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilesPreviewImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewImportInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"writableCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"errorPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilesImportErrorPage"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilesImportErrorPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowErrorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<FilesPreviewImportMutation, FilesPreviewImportMutationVariables>;
export const FilesImportErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilesImportErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importErrors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilesImportErrorPage"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilesImportErrorPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowErrorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<FilesImportErrorsQuery, FilesImportErrorsQueryVariables>;
export const FilesCommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilesCommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FilesCommitImportMutation, FilesCommitImportMutationVariables>;
export const FilesIssuedTicketsFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilesIssuedTicketsFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"encoding"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CsvEncoding"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedTicketsFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}},{"kind":"Argument","name":{"kind":"Name","value":"encoding"},"value":{"kind":"Variable","name":{"kind":"Name","value":"encoding"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<FilesIssuedTicketsFileQuery, FilesIssuedTicketsFileQueryVariables>;
export const FilesImportHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilesImportHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"mailsQueuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FilesImportHistoryQuery, FilesImportHistoryQueryVariables>;
export const AdminLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const AdminLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const AdminCreateAdminUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdminUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdminUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAdminUserMutation, AdminCreateAdminUserMutationVariables>;
export const AdminCreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminCreateSiteMutation, AdminCreateSiteMutationVariables>;
export const AdminCreateFaqEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateFaqEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqRoute_entry"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqRoute_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqSiteEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"questionJa"}},{"kind":"Field","name":{"kind":"Name","value":"answerJa"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsJa"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerEn"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<AdminCreateFaqEntryMutation, AdminCreateFaqEntryMutationVariables>;
export const AdminUpdateFaqEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateFaqEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqRoute_entry"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqRoute_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqSiteEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"questionJa"}},{"kind":"Field","name":{"kind":"Name","value":"answerJa"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsJa"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerEn"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<AdminUpdateFaqEntryMutation, AdminUpdateFaqEntryMutationVariables>;
export const AdminReorderFaqEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReorderFaqEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderFaqEntriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderFaqEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AdminReorderFaqEntriesMutation, AdminReorderFaqEntriesMutationVariables>;
export const AdminSetFaqCommonEntryHiddenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetFaqCommonEntryHidden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFaqCommonEntryHiddenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFaqCommonEntryHidden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]} as unknown as DocumentNode<AdminSetFaqCommonEntryHiddenMutation, AdminSetFaqCommonEntryHiddenMutationVariables>;
export const AdminSetFaqContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetFaqContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFaqContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFaqContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<AdminSetFaqContactMutation, AdminSetFaqContactMutationVariables>;
export const WizardCreateVaccineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardCreateVaccine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVaccineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVaccine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WizardCreateVaccineMutation, WizardCreateVaccineMutationVariables>;
export const WizardCreateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardCreateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WizardCreateVenueMutation, WizardCreateVenueMutationVariables>;
export const WizardGenerateSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardGenerateSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<WizardGenerateSlotsMutation, WizardGenerateSlotsMutationVariables>;
export const WizardPreviewImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardPreviewImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"writableCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"errorPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WizardPreviewImportMutation, WizardPreviewImportMutationVariables>;
export const WizardCommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WizardCommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WizardCommitImportMutation, WizardCommitImportMutationVariables>;
export const AdminUpdateSiteSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSiteSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSiteSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteSettingsForm_site"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteSettingsForm_site"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"genderField"}},{"kind":"Field","name":{"kind":"Name","value":"phoneField"}},{"kind":"Field","name":{"kind":"Name","value":"emailField"}},{"kind":"Field","name":{"kind":"Name","value":"allowLatinNames"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reminderTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<AdminUpdateSiteSettingsMutation, AdminUpdateSiteSettingsMutationVariables>;
export const BookOnBehalfVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookOnBehalfVenues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BookOnBehalfVenuesQuery, BookOnBehalfVenuesQueryVariables>;
export const BookOnBehalfAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookOnBehalfAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vaccineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vaccineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vaccineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"bookable"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BookOnBehalfAvailabilityQuery, BookOnBehalfAvailabilityQueryVariables>;
export const ProxyBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxyBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyBookReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxyBookReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}}]}}]}}]}}]} as unknown as DocumentNode<ProxyBookMutation, ProxyBookMutationVariables>;
export const RealTicketsFindTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealTicketsFindTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RealTicketsFindTicketQuery, RealTicketsFindTicketQueryVariables>;
export const RealTicketsLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealTicketsLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkRealTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkRealTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realMunicipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTicketNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RealTicketsLinkMutation, RealTicketsLinkMutationVariables>;
export const RealTicketsUnlinkedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealTicketsUnlinked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realTicketLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"linked"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RealTicketsUnlinkedQuery, RealTicketsUnlinkedQueryVariables>;
export const RealTicketsExportUnlinkedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealTicketsExportUnlinked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportUnlinkedTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportUnlinkedTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<RealTicketsExportUnlinkedQuery, RealTicketsExportUnlinkedQueryVariables>;
export const ApiKeysPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastFour"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysPageQuery, ApiKeysPageQueryVariables>;
export const CreateApiKeyFromAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKeyFromAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyFromAdminMutation, CreateApiKeyFromAdminMutationVariables>;
export const RevokeApiKeyFromAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKeyFromAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyFromAdminMutation, RevokeApiKeyFromAdminMutationVariables>;
export const AuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditActorKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorAdminUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorApiKeyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorAdminUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorAdminUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorApiKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorApiKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const MailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<MailPageQuery, MailPageQueryVariables>;
export const FaqPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqSiteEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqRoute_entry"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"faqCommonEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionJa"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"faqContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactJa"}},{"kind":"Field","name":{"kind":"Name","value":"contactEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqRoute_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqSiteEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"questionJa"}},{"kind":"Field","name":{"kind":"Name","value":"answerJa"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsJa"}},{"kind":"Field","name":{"kind":"Name","value":"questionEn"}},{"kind":"Field","name":{"kind":"Name","value":"answerEn"}},{"kind":"Field","name":{"kind":"Name","value":"keywordsEn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<FaqPageQuery, FaqPageQueryVariables>;
export const FaqUnansweredPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqUnansweredPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqUnansweredQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAskedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FaqUnansweredPageQuery, FaqUnansweredPageQueryVariables>;
export const MyVenuesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVenuesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<MyVenuesPageQuery, MyVenuesPageQueryVariables>;
export const PeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dosesBooked"}},{"kind":"Field","name":{"kind":"Name","value":"dosesVaccinated"}},{"kind":"Field","name":{"kind":"Name","value":"dosesInSeries"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dosesBooked"}},{"kind":"Field","name":{"kind":"Name","value":"dosesVaccinated"}},{"kind":"Field","name":{"kind":"Name","value":"dosesInSeries"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ticketNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const ProxyCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxyCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyCancelReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxyCancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProxyCancelMutation, ProxyCancelMutationVariables>;
export const RevokePersonTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePersonTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledReservations"}}]}}]}}]} as unknown as DocumentNode<RevokePersonTicketMutation, RevokePersonTicketMutationVariables>;
export const ResetPersonPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPersonPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetRecipientPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetRecipientPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPersonPasswordMutation, ResetPersonPasswordMutationVariables>;
export const ResendPersonLoginInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPersonLoginInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendLoginInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendLoginInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"withResetLink"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<ResendPersonLoginInformationMutation, ResendPersonLoginInformationMutationVariables>;
export const ReservationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReservationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReservationsPageQuery, ReservationsPageQueryVariables>;
export const ExportReservationsFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReservationsFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReservationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<ExportReservationsFileQuery, ExportReservationsFileQueryVariables>;
export const ExportVaccinationRecordsFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportVaccinationRecordsFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportVaccinationRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportVaccinationRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<ExportVaccinationRecordsFileQuery, ExportVaccinationRecordsFileQueryVariables>;
export const SiteSettingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSettingsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteSettingsForm_site"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultTermsOfUse"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteSettingsForm_site"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"genderField"}},{"kind":"Field","name":{"kind":"Name","value":"phoneField"}},{"kind":"Field","name":{"kind":"Name","value":"emailField"}},{"kind":"Field","name":{"kind":"Name","value":"allowLatinNames"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reminderTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<SiteSettingsPageQuery, SiteSettingsPageQueryVariables>;
export const WizardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteSettingsForm_site"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultTermsOfUse"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteSettingsForm_site"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"genderField"}},{"kind":"Field","name":{"kind":"Name","value":"phoneField"}},{"kind":"Field","name":{"kind":"Name","value":"emailField"}},{"kind":"Field","name":{"kind":"Name","value":"allowLatinNames"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}},{"kind":"Field","name":{"kind":"Name","value":"bookingOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCutoffHours"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reminderTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]} as unknown as DocumentNode<WizardPageQuery, WizardPageQueryVariables>;
export const SiteHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"siteAdminsCreateSiteAdmins"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteHomeQuery, SiteHomeQueryVariables>;
export const AdminSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminSiteQuery, AdminSiteQueryVariables>;
export const SitesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SitesTable_site"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SitesTable_site"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"bookingMode"}}]}}]} as unknown as DocumentNode<SitesPageQuery, SitesPageQueryVariables>;
export const VenueDayVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueDayVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VenueDayVenuesQuery, VenueDayVenuesQueryVariables>;
export const VenueDayPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueDayPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDayRow"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueDaySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"arrived"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinated"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}},{"kind":"Field","name":{"kind":"Name","value":"toCome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"arrived"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinated"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}},{"kind":"Field","name":{"kind":"Name","value":"toCome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueDoctors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDayPageQuery, VenueDayPageQueryVariables>;
export const VenueDaySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueDaySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueDaySearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDayRow"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDaySearchQuery, VenueDaySearchQueryVariables>;
export const VenueDeskDefaultsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueDeskDefaultsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueDeskDefaults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]} as unknown as DocumentNode<VenueDeskDefaultsPageQuery, VenueDeskDefaultsPageQueryVariables>;
export const VenueDayChangedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VenueDayChangedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueDayChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}}]}}]}}]} as unknown as DocumentNode<VenueDayChangedPageSubscription, VenueDayChangedPageSubscriptionVariables>;
export const VenueDayCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueDayCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDayRow"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDayCheckInMutation, VenueDayCheckInMutationVariables>;
export const VenueDayNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueDayNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDayRow"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDayNoShowMutation, VenueDayNoShowMutationVariables>;
export const VenueDayRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueDayRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVaccinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVaccination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDayRow"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDayRecordMutation, VenueDayRecordMutationVariables>;
export const VenueDayUndoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VenueDayUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoVenueActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoVenueAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDayRow"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDayRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"realNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinatedAt"}}]}}]}}]} as unknown as DocumentNode<VenueDayUndoMutation, VenueDayUndoMutationVariables>;
export const AdminVenueBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminVenueBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSlotCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDayTotals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSlotCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDayTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotDayTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"closedSlots"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]} as unknown as DocumentNode<AdminVenueBoardQuery, AdminVenueBoardQueryVariables>;
export const AdminSlotCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSlotCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSlotCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDayTotals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSlotCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vaccineId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDayTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotDayTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"closedSlots"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]} as unknown as DocumentNode<AdminSlotCalendarQuery, AdminSlotCalendarQueryVariables>;
export const AdminBoardAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminBoardAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotAvailabilityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminBoardAvailabilitySubscription, AdminBoardAvailabilitySubscriptionVariables>;
export const AdminCampaignChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCampaignChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignChartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDayTotals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDayTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotDayTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"closedSlots"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}}]} as unknown as DocumentNode<AdminCampaignChartQuery, AdminCampaignChartQueryVariables>;
export const AdminSiteVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSiteVenues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVenue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessInfo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}}]} as unknown as DocumentNode<AdminSiteVenuesQuery, AdminSiteVenuesQueryVariables>;
export const AdminStaffVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaffVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVenue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessInfo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}}]} as unknown as DocumentNode<AdminStaffVenuesQuery, AdminStaffVenuesQueryVariables>;
export const AdminCreateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVenue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessInfo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}}]} as unknown as DocumentNode<AdminCreateVenueMutation, AdminCreateVenueMutationVariables>;
export const AdminUpdateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVenue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessInfo"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"vaccines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateVenueMutation, AdminUpdateVenueMutationVariables>;
export const AdminCreateVaccineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateVaccine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVaccineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVaccine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminCreateVaccineMutation, AdminCreateVaccineMutationVariables>;
export const AdminUpdateVaccineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateVaccine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVaccineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVaccine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"doses"}},{"kind":"Field","name":{"kind":"Name","value":"doseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"intervalWindowDays"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateVaccineMutation, AdminUpdateVaccineMutationVariables>;
export const AdminUpdateSlotCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSlotCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSlotCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSlotCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSlotCapacityMutation, AdminUpdateSlotCapacityMutationVariables>;
export const AdminCloseSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCloseSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCloseSlotsMutation, AdminCloseSlotsMutationVariables>;
export const AdminReopenSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReopenSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReopenSlotsMutation, AdminReopenSlotsMutationVariables>;
export const AdminCancelSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledReservations"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCancelSlotMutation, AdminCancelSlotMutationVariables>;
export const AdminCancelVenueDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelVenueDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelVenueDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVenueDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledReservations"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledSlots"}}]}}]}}]} as unknown as DocumentNode<AdminCancelVenueDayMutation, AdminCancelVenueDayMutationVariables>;
export const AdminPreviewSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreviewSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotPatternInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vaccineId"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewSlotsQuery, AdminPreviewSlotsQueryVariables>;
export const AdminCreateSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotPatternInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateSlotsMutation, AdminCreateSlotsMutationVariables>;
export const AdminVenueDoctorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminVenueDoctors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueDoctors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminVenueDoctorsQuery, AdminVenueDoctorsQueryVariables>;
export const AdminAddVenueDoctorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddVenueDoctor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVenueDoctorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVenueDoctor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminAddVenueDoctorMutation, AdminAddVenueDoctorMutationVariables>;
export const AdminRemoveVenueDoctorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveVenueDoctor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveVenueDoctorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeVenueDoctor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AdminRemoveVenueDoctorMutation, AdminRemoveVenueDoctorMutationVariables>;