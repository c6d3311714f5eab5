import { graphql } from '../gql';

/** The venue day's documents (issue 15): the list, the counts, search, the desk's last record, the actions. */

export const VenueDayVenuesQuery = graphql(`
  query VenueDayVenues {
    myVenues {
      id
      name
    }
  }
`);

export const VenueDayRowFields = graphql(`
  fragment VenueDayRow on AdminReservation {
    id
    slotId
    startsAt
    endsAt
    status
    dose
    ticketNumber
    realNumber
    familyNameKana
    givenNameKana
    vaccineName
    checkedInAt
    vaccination {
      doctorName
      manufacturer
      lotNumber
      vaccinatedAt
    }
  }
`);

export const VenueDayQuery = graphql(`
  query VenueDayPage($venueId: ID!, $date: LocalDate!) {
    venueDay(venueId: $venueId, date: $date, first: 500) {
      edges {
        node {
          ...VenueDayRow @unmask
        }
      }
    }
    venueDaySummary(venueId: $venueId, date: $date) {
      slots {
        slotId
        startsAt
        endsAt
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
    venueDoctors(venueId: $venueId) {
      id
      name
    }
  }
`);

export const VenueDaySearchQuery = graphql(`
  query VenueDaySearch($venueId: ID!, $date: LocalDate!, $query: String!) {
    venueDaySearch(venueId: $venueId, date: $date, query: $query, first: 20) {
      ...VenueDayRow @unmask
    }
  }
`);

export const VenueDeskDefaultsQuery = graphql(`
  query VenueDeskDefaultsPage($venueId: ID!, $deskId: String!) {
    venueDeskDefaults(venueId: $venueId, deskId: $deskId) {
      doctorId
      doctorName
      manufacturer
      lotNumber
    }
  }
`);

export const VenueDayChangedSubscription = graphql(`
  subscription VenueDayChangedPage($venueId: ID!, $date: LocalDate!) {
    venueDayChanged(venueId: $venueId, date: $date) {
      change
      reservationId
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation VenueDayCheckIn($input: VenueReservationInput!) {
    checkIn(input: $input) {
      ok
      error {
        code
        message
      }
      reservation {
        ...VenueDayRow @unmask
      }
    }
  }
`);

export const MarkNoShowMutation = graphql(`
  mutation VenueDayNoShow($input: VenueReservationInput!) {
    markNoShow(input: $input) {
      ok
      error {
        code
        message
      }
      reservation {
        ...VenueDayRow @unmask
      }
    }
  }
`);

export const RecordVaccinationMutation = graphql(`
  mutation VenueDayRecord($input: RecordVaccinationInput!) {
    recordVaccination(input: $input) {
      ok
      error {
        code
        message
      }
      reservation {
        ...VenueDayRow @unmask
      }
    }
  }
`);

export const UndoVenueActionMutation = graphql(`
  mutation VenueDayUndo($input: UndoVenueActionInput!) {
    undoVenueAction(input: $input) {
      ok
      error {
        code
        message
      }
      reservation {
        ...VenueDayRow @unmask
      }
    }
  }
`);
