import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { bookingNumberOf } from '../../shared/booking-number.js';
import type { Slot } from '../slots/slot.service.js';
import { SlotType } from '../slots/slot.types.js';
import type { ReservationView } from './reservation.repository.js';
import {
  BookReservationInput,
  BookReservationResult,
  CancelReservationInput,
  CancelReservationResult,
  ChangeReservationInput,
  ChangeReservationResult,
  ReservationType,
} from './reservation.types.js';

@Resolver(() => ReservationType)
export class ReservationResolver {
  @Authorized(Role.RECIPIENT)
  @Mutation(() => BookReservationResult, {
    description: 'Books a dose (in SET mode dose 1 and 2 together: both or neither)',
  })
  bookReservation(
    @Arg('input', () => BookReservationInput) input: BookReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BookReservationResult> {
    return ctx.services.reservations.bookOwn(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.RECIPIENT)
  @Mutation(() => CancelReservationResult, {
    description: 'Cancels one’s own reservation before the site’s cut-off',
  })
  cancelReservation(
    @Arg('input', () => CancelReservationInput) input: CancelReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CancelReservationResult> {
    return ctx.services.reservations.cancelOwn(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.RECIPIENT, Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => ChangeReservationResult, {
    description:
      'Moves a booked reservation to another slot (予約変更): the new place is taken and the old one given back together, or nothing changes; dose 1 of a set moves dose 2 with it. A recipient changes their own before the cut-off; a site admin anyone’s on their site',
  })
  changeReservation(
    @Arg('input', () => ChangeReservationInput) input: ChangeReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeReservationResult> {
    return ctx.services.reservations.changeReservation(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.RECIPIENT)
  @Query(() => [ReservationType], {
    description: 'The logged-in recipient’s reservations, cancelled ones included (a handful at most)',
  })
  myReservations(@Ctx() ctx: GraphQLContext): Promise<ReservationView[]> {
    return ctx.services.reservations.mine(ctx.em, ctx.principal);
  }

  @FieldResolver(() => String, {
    description:
      'The booking number a person reads out on the phone (予約番号): the first 8 characters of the id',
  })
  bookingNumber(@Root() reservation: ReservationView): string {
    return bookingNumberOf(reservation.id);
  }

  @FieldResolver(() => SlotType, { description: 'The slot booked' })
  async slot(@Root() reservation: ReservationView, @Ctx() ctx: GraphQLContext): Promise<Slot> {
    return (await ctx.loaders.slot.load(reservation.slotId))!;
  }
}

@Resolver(() => ChangeReservationResult)
export class ChangeReservationResultResolver {
  @FieldResolver(() => [SlotType], {
    description: 'The slots the moved reservations left, in the order of `reservations`',
  })
  async previousSlots(@Root() result: ChangeReservationResult, @Ctx() ctx: GraphQLContext): Promise<Slot[]> {
    return (await ctx.loaders.slot.loadMany(result.previousSlotIds)) as Slot[];
  }
}
