/**
 * Operations of issue 15's server side (real tickets, the venue day, national records); typed by
 * `npm run codegen` like operations.ts.
 */
import { graphql } from './generated/index.js';

export const LINK_REAL_TICKET = graphql(`
  mutation LinkRealTicket($input: LinkRealTicketInput!) {
    linkRealTicket(input: $input) {
      ok
      link {
        ticketId
        provisionalNumber
        realNumber
        realMunicipalityCode
        linkedAt
      }
      error {
        code
        message
        linkedTicketNumber
      }
    }
  }
`);

export const REAL_TICKET_LINKS = graphql(`
  query RealTicketLinks($siteId: ID!, $linked: Boolean, $first: Int, $after: String) {
    realTicketLinks(siteId: $siteId, linked: $linked, first: $first, after: $after) {
      edges {
        node {
          ticketId
          provisionalNumber
          externalId
          realNumber
          realMunicipalityCode
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EXPORT_UNLINKED_TICKETS = graphql(`
  query ExportUnlinkedTickets($input: ExportUnlinkedTicketsInput!) {
    exportUnlinkedTickets(input: $input) {
      filename
      rowCount
      encoding
      base64
    }
  }
`);

export const VENUE_DOCTORS = graphql(`
  query VenueDoctors($venueId: ID!) {
    venueDoctors(venueId: $venueId) {
      id
      venueId
      name
    }
  }
`);

export const ADD_VENUE_DOCTOR = graphql(`
  mutation AddVenueDoctor($input: AddVenueDoctorInput!) {
    addVenueDoctor(input: $input) {
      id
      name
    }
  }
`);

export const REMOVE_VENUE_DOCTOR = graphql(`
  mutation RemoveVenueDoctor($input: RemoveVenueDoctorInput!) {
    removeVenueDoctor(input: $input)
  }
`);

export const RECORD_AT_DESK = graphql(`
  mutation RecordAtDesk($input: RecordVaccinationInput!) {
    recordVaccination(input: $input) {
      ok
      error {
        code
        message
      }
      reservation {
        id
        status
        checkedInAt
        vaccination {
          vaccinatedOn
          vaccinatedAt
          lotNumber
          doctorName
          manufacturer
          deskId
        }
      }
    }
  }
`);

export const VENUE_DAY_SUMMARY = graphql(`
  query VenueDaySummary($venueId: ID!, $date: LocalDate!) {
    venueDaySummary(venueId: $venueId, date: $date) {
      date
      slots {
        slotId
        vaccineName
        capacity
        booked
        arrived
        vaccinated
        noShow
        toCome
      }
      totals {
        booked
        arrived
        vaccinated
        noShow
        toCome
      }
    }
  }
`);

export const VENUE_DAY_SEARCH = graphql(`
  query VenueDaySearch($venueId: ID!, $date: LocalDate!, $query: String!) {
    venueDaySearch(venueId: $venueId, date: $date, query: $query) {
      id
      ticketNumber
      realNumber
      status
    }
  }
`);

export const VENUE_DESK_DEFAULTS = graphql(`
  query VenueDeskDefaults($venueId: ID!, $deskId: String!) {
    venueDeskDefaults(venueId: $venueId, deskId: $deskId) {
      manufacturer
      lotNumber
      doctorId
      doctorName
    }
  }
`);

export const UNDO_VENUE_ACTION = graphql(`
  mutation UndoVenueAction($input: UndoVenueActionInput!) {
    undoVenueAction(input: $input) {
      ok
      error {
        code
        message
      }
      reservation {
        id
        status
        checkedInAt
        vaccination {
          lotNumber
        }
      }
    }
  }
`);

export const VENUE_DAY_CHANGED = graphql(`
  subscription VenueDayChanged($venueId: ID!, $date: LocalDate!) {
    venueDayChanged(venueId: $venueId, date: $date) {
      reservationId
      slotId
      change
      date
      at
    }
  }
`);
