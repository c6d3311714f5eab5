import { graphql } from '../gql';

/** The GraphQL documents of the venue, calendar and board screens (typed by the admin codegen). */

export const SlotCountFields = graphql(`
  fragment AdminSlotCount on SlotCount {
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

export const DayTotalsFields = graphql(`
  fragment AdminDayTotals on SlotDayTotals {
    date
    slots
    closedSlots
    capacity
    booked
    free
  }
`);

export const VenueBoardQuery = graphql(`
  query AdminVenueBoard($venueId: ID!, $date: LocalDate!) {
    venueBoard(venueId: $venueId, date: $date) {
      venueId
      date
      slots {
        ...AdminSlotCount @unmask
      }
      totals {
        ...AdminDayTotals @unmask
      }
    }
  }
`);

export const SlotCalendarQuery = graphql(`
  query AdminSlotCalendar($input: SlotCalendarInput!) {
    slotCalendar(input: $input) {
      venueId
      fromDate
      toDate
      slots {
        ...AdminSlotCount @unmask
      }
      days {
        ...AdminDayTotals @unmask
      }
    }
  }
`);

export const BoardSubscription = graphql(`
  subscription AdminBoardAvailability($venueId: ID!) {
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

export const CampaignChartQuery = graphql(`
  query AdminCampaignChart($input: CampaignChartInput!) {
    campaignChart(input: $input) {
      fromDate
      toDate
      days {
        ...AdminDayTotals @unmask
      }
    }
  }
`);

export const VenueFields = graphql(`
  fragment AdminVenue on Venue {
    id
    name
    address
    accessInfo
    closed
    vaccines {
      id
      name
      manufacturer
      doses
      doseIntervalDays
      intervalWindowDays
    }
  }
`);

export const SiteVenuesQuery = graphql(`
  query AdminSiteVenues($code: String!) {
    venues(siteCode: $code) {
      ...AdminVenue @unmask
    }
    vaccines(siteCode: $code) {
      id
      name
      manufacturer
      doses
      doseIntervalDays
      intervalWindowDays
    }
  }
`);

export const StaffVenuesQuery = graphql(`
  query AdminStaffVenues {
    myVenues {
      ...AdminVenue @unmask
    }
  }
`);

export const CreateVenueMutation = graphql(`
  mutation AdminCreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      ...AdminVenue @unmask
    }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation AdminUpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      ...AdminVenue @unmask
    }
  }
`);

export const CreateVaccineMutation = graphql(`
  mutation AdminCreateVaccine($input: CreateVaccineInput!) {
    createVaccine(input: $input) {
      id
      name
    }
  }
`);

export const UpdateVaccineMutation = graphql(`
  mutation AdminUpdateVaccine($input: UpdateVaccineInput!) {
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

export const UpdateSlotCapacityMutation = graphql(`
  mutation AdminUpdateSlotCapacity($input: UpdateSlotCapacityInput!) {
    updateSlotCapacity(input: $input) {
      ok
      slot {
        id
        capacity
        remaining
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

export const CloseSlotsMutation = graphql(`
  mutation AdminCloseSlots($input: SlotScopeInput!) {
    closeSlots(input: $input) {
      ok
      error {
        code
        message
      }
      venue {
        id
        closed
      }
    }
  }
`);

export const ReopenSlotsMutation = graphql(`
  mutation AdminReopenSlots($input: SlotScopeInput!) {
    reopenSlots(input: $input) {
      ok
      error {
        code
        message
      }
      venue {
        id
        closed
      }
    }
  }
`);

export const CancelSlotMutation = graphql(`
  mutation AdminCancelSlot($input: CancelSlotInput!) {
    cancelSlot(input: $input) {
      cancelledReservations
      slot {
        id
        status
      }
    }
  }
`);

export const CancelVenueDayMutation = graphql(`
  mutation AdminCancelVenueDay($input: CancelVenueDayInput!) {
    cancelVenueDay(input: $input) {
      cancelledReservations
      cancelledSlots
    }
  }
`);

export const PreviewSlotsQuery = graphql(`
  query AdminPreviewSlots($input: SlotPatternInput!) {
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
        reason
      }
    }
  }
`);

export const CreateSlotsMutation = graphql(`
  mutation AdminCreateSlots($input: SlotPatternInput!) {
    createSlots(input: $input) {
      created {
        id
      }
      skipped {
        date
        startsAt
        reason
      }
    }
  }
`);

export const VenueDoctorsQuery = graphql(`
  query AdminVenueDoctors($venueId: ID!) {
    venueDoctors(venueId: $venueId) {
      id
      name
    }
  }
`);

export const AddVenueDoctorMutation = graphql(`
  mutation AdminAddVenueDoctor($input: AddVenueDoctorInput!) {
    addVenueDoctor(input: $input) {
      id
      name
    }
  }
`);

export const RemoveVenueDoctorMutation = graphql(`
  mutation AdminRemoveVenueDoctor($input: RemoveVenueDoctorInput!) {
    removeVenueDoctor(input: $input)
  }
`);
