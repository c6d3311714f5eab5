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
  CancelSlotInput,
  CancelSlotResult,
  CreateSlotInput,
  GenerateSlotsInput,
  GenerateSlotsResult,
  SlotAvailability,
  SlotType,
  type SlotView,
} from './slot.types.js';

@Resolver(() => SlotType)
export class SlotResolver {
  @Query(() => Availability, {
    description: 'Free places per day and per slot for a venue and vaccine (at most 93 days)',
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

  @Subscription(() => [SlotAvailability], {
    description:
      'New counts of a venue’s slots after bookings and cancellations commit, a few messages per burst',
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
