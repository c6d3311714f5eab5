/**
 * The admin operations on venues, vaccines and slots (issue 14): editing, closing, patterns, the calendar,
 * the live board and the campaign chart. Kept apart from operations.ts so parallel work does not collide.
 */

import { graphql } from './generated/index.js';

export const UPDATE_VENUE = graphql(`
  mutation UpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      id
      name
      address
      accessInfo
      closed
    }
  }
`);

export const UPDATE_VACCINE = graphql(`
  mutation UpdateVaccine($input: UpdateVaccineInput!) {
    updateVaccine(input: $input) {
      id
      name
      manufacturer
      doses
      doseIntervalDays
      intervalWindowDays
    }
  }
`);

export const UPDATE_SLOT_CAPACITY = graphql(`
  mutation UpdateSlotCapacity($input: UpdateSlotCapacityInput!) {
    updateSlotCapacity(input: $input) {
      ok
      slot {
        id
        capacity
        remaining
        status
      }
      error {
        code
        message
        booked
        requested
      }
    }
  }
`);

export const CLOSE_SLOTS = graphql(`
  mutation CloseSlots($input: SlotScopeInput!) {
    closeSlots(input: $input) {
      ok
      slots {
        id
        status
      }
      venue {
        id
        closed
      }
      error {
        code
        message
      }
    }
  }
`);

export const REOPEN_SLOTS = graphql(`
  mutation ReopenSlots($input: SlotScopeInput!) {
    reopenSlots(input: $input) {
      ok
      slots {
        id
        status
      }
      venue {
        id
        closed
      }
      error {
        code
        message
      }
    }
  }
`);

export const PREVIEW_SLOTS = graphql(`
  query PreviewSlots($input: SlotPatternInput!) {
    previewSlots(input: $input) {
      vaccineId
      slots {
        date
        startsAt
        endsAt
        capacity
      }
      skipped {
        date
        startsAt
        endsAt
        reason
        overlaps {
          id
          startsAt
        }
      }
    }
  }
`);

export const CREATE_SLOTS = graphql(`
  mutation CreateSlots($input: SlotPatternInput!) {
    createSlots(input: $input) {
      vaccineId
      created {
        id
        startsAt
        endsAt
        capacity
        status
      }
      skipped {
        date
        startsAt
        reason
        overlaps {
          id
        }
      }
    }
  }
`);

graphql(`
  fragment SlotCountFields on SlotCount {
    slotId
    date
    capacity
    booked
    free
    status
    slot {
      id
      startsAt
      endsAt
      vaccineId
    }
  }
`);

graphql(`
  fragment SlotDayTotalsFields on SlotDayTotals {
    date
    slots
    closedSlots
    capacity
    booked
    free
  }
`);

export const SLOT_CALENDAR = graphql(`
  query SlotCalendar($input: SlotCalendarInput!) {
    slotCalendar(input: $input) {
      venueId
      fromDate
      toDate
      days {
        ...SlotDayTotalsFields
      }
      slots {
        ...SlotCountFields
      }
    }
  }
`);

export const VENUE_BOARD = graphql(`
  query VenueBoard($venueId: ID!, $date: LocalDate!) {
    venueBoard(venueId: $venueId, date: $date) {
      venueId
      date
      totals {
        ...SlotDayTotalsFields
      }
      slots {
        ...SlotCountFields
      }
    }
  }
`);

export const CAMPAIGN_CHART = graphql(`
  query CampaignChart($input: CampaignChartInput!) {
    campaignChart(input: $input) {
      fromDate
      toDate
      days {
        ...SlotDayTotalsFields
      }
    }
  }
`);

/** What the board listens to: every changed slot's capacity, booked and free, and its status. */
export const BOARD_UPDATES = graphql(`
  subscription BoardUpdates($venueId: ID!) {
    slotAvailabilityChanged(venueId: $venueId) {
      slotId
      capacity
      booked
      remaining
      slot {
        id
        status
      }
    }
  }
`);
