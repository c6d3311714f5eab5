import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { LocalDate } from '../../graphql/scalars.js';
import type { Vaccine } from '../vaccines/vaccine.service.js';
import { VaccineType } from '../vaccines/vaccine.types.js';
import type { Venue } from '../venues/venue.service.js';
import { VenueType } from '../venues/venue.types.js';
import { remainingOf } from './slot.service.js';
import {
  Availability,
  CampaignChart,
  CampaignChartInput,
  CancelSlotInput,
  CancelSlotResult,
  CreateSlotInput,
  CreateSlotsResult,
  SlotCalendar,
  SlotCalendarInput,
  SlotPatternInput,
  SlotPatternPreview,
  SlotScopeInput,
  SlotStatusChangeResult,
  UpdateSlotCapacityInput,
  UpdateSlotCapacityResult,
  VenueBoard,
  GenerateSlotsInput,
  GenerateSlotsResult,
  SlotAvailability,
  SlotType,
  type SlotView,
} from './slot.types.js';
import { RequiresScope, ANY_API_KEY_SCOPE } from '../api-keys/api-key.types.js';

@Resolver(() => SlotType)
export class SlotResolver {
  @RequiresScope(...ANY_API_KEY_SCOPE)
  @Query(() => Availability, {
    description:
      'Free places per day and per slot for a venue and vaccine (at most 93 days; public, any API key)',
  })
  availability(
    @Arg('venueId', () => ID) venueId: string,
    @Arg('vaccineId', () => ID) vaccineId: string,
    @Arg('from', () => LocalDate, { description: 'First date, in the site’s time zone' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last date (inclusive)' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Availability> {
    return ctx.services.slots.availability(ctx.em, venueId, vaccineId, from, to);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => SlotType, { description: 'Adds one slot' })
  createSlot(
    @Arg('input', () => CreateSlotInput) input: CreateSlotInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SlotView> {
    return ctx.services.slots.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => GenerateSlotsResult, { description: 'Adds many slots from a weekly pattern' })
  generateSlots(
    @Arg('input', () => GenerateSlotsInput) input: GenerateSlotsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GenerateSlotsResult> {
    return ctx.services.slots.generate(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => CancelSlotResult, { description: 'Takes a slot out of service and cancels its bookings' })
  cancelSlot(
    @Arg('input', () => CancelSlotInput) input: CancelSlotInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CancelSlotResult> {
    return ctx.services.reservations.cancelSlot(ctx.em, ctx.principal, input.slotId, input.reason);
  }

  // --- Admin: edit, close, patterns, calendar, board (issue 14) ---

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => UpdateSlotCapacityResult, {
    description:
      'Changes a slot’s capacity; below the places booked it is refused (CAPACITY_BELOW_BOOKED with booked and requested)',
  })
  updateSlotCapacity(
    @Arg('input', () => UpdateSlotCapacityInput) input: UpdateSlotCapacityInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UpdateSlotCapacityResult> {
    return ctx.services.slots.updateCapacity(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => SlotStatusChangeResult, {
    description:
      'Closes a slot, a venue’s day or a whole venue to new bookings; bookings made stay (cancel them with cancelSlot or cancelVenueDay)',
  })
  closeSlots(
    @Arg('input', () => SlotScopeInput) input: SlotScopeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SlotStatusChangeResult> {
    return ctx.services.slots.changeStatus(ctx.em, ctx.principal, input, 'CLOSED');
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => SlotStatusChangeResult, {
    description:
      'Reopens closed slots: one slot, a venue’s day or a whole venue (cancelled slots stay cancelled)',
  })
  reopenSlots(
    @Arg('input', () => SlotScopeInput) input: SlotScopeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SlotStatusChangeResult> {
    return ctx.services.slots.changeStatus(ctx.em, ctx.principal, input, 'OPEN');
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => SlotPatternPreview, {
    description:
      'The slots createSlots would create from a pattern now, and those it would skip; writes nothing',
  })
  previewSlots(
    @Arg('input', () => SlotPatternInput) input: SlotPatternInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SlotPatternPreview> {
    return ctx.services.slots.previewPattern(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => CreateSlotsResult, {
    description:
      'Creates slots from a pattern (dates or a range with weekdays, hours, interval, capacity), skipping overlaps',
  })
  createSlots(
    @Arg('input', () => SlotPatternInput) input: SlotPatternInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateSlotsResult> {
    return ctx.services.slots.createPattern(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => SlotCalendar, {
    description:
      'A venue’s slots with capacity, booked, free and status, and every day’s totals, over at most 93 days ' +
      '(venue staff: their own venues only)',
  })
  slotCalendar(
    @Arg('input', () => SlotCalendarInput) input: SlotCalendarInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SlotCalendar> {
    return ctx.services.slots.calendar(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => VenueBoard, {
    description:
      'The live board of a venue’s day: every slot’s capacity, booked and free, and the day’s totals ' +
      '(venue staff: their own venues only); keep it current with slotAvailabilityChanged',
  })
  venueBoard(
    @Arg('venueId', () => ID, { description: 'Venue id' }) venueId: string,
    @Arg('date', () => LocalDate, { description: 'The day (site’s time zone)' }) date: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueBoard> {
    return ctx.services.slots.board(ctx.em, ctx.principal, venueId, date);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => CampaignChart, {
    description: 'Booked and free places per day over a site’s coming weeks (the campaign chart)',
  })
  campaignChart(
    @Arg('input', () => CampaignChartInput) input: CampaignChartInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CampaignChart> {
    return ctx.services.slots.campaignChart(ctx.em, ctx.principal, input);
  }

  @RequiresScope(...ANY_API_KEY_SCOPE)
  @Subscription(() => [SlotAvailability], {
    description:
      'New counts of a venue’s slots after bookings and cancellations commit, a few messages per burst (public, any API key)',
    subscribe: ({ args, context }) =>
      (context as GraphQLContext).services.availability.subscribe(
        String((args as { venueId: string }).venueId),
      ),
  })
  slotAvailabilityChanged(
    @Root() slots: SlotView[],
    @Arg('venueId', () => ID, { description: 'Venue to watch' }) _venueId: string,
  ): SlotAvailability[] {
    return slots.map((slot) => ({
      slotId: slot.id,
      remaining: remainingOf(slot),
      capacity: slot.capacity,
      booked: slot.reserved,
      slot,
    }));
  }

  @FieldResolver(() => Int, { description: 'Free places now (0 when the slot is cancelled)' })
  remaining(@Root() slot: SlotView): number {
    return remainingOf(slot);
  }

  @FieldResolver(() => VenueType, { description: 'The venue' })
  async venue(@Root() slot: SlotView, @Ctx() ctx: GraphQLContext): Promise<Venue> {
    return (await ctx.loaders.venue.load(slot.venueId))!;
  }

  @FieldResolver(() => VaccineType, { description: 'The vaccine' })
  async vaccine(@Root() slot: SlotView, @Ctx() ctx: GraphQLContext): Promise<Vaccine> {
    return (await ctx.loaders.vaccine.load(slot.vaccineId))!;
  }
}
