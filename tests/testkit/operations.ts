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
      token
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

export const LOGOUT = /* GraphQL */ `
  mutation Logout {
    logout
  }
`;
