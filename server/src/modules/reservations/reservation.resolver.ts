import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { Slot } from '../slots/slot.service.js';
import { SlotType } from '../slots/slot.types.js';
import type { ReservationView } from './reservation.repository.js';
import {
  BookReservationInput,
  BookReservationResult,
  CancelReservationInput,
  CancelReservationResult,
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

  @Authorized(Role.RECIPIENT)
  @Query(() => [ReservationType], {
    description: 'The logged-in recipient’s reservations, cancelled ones included (a handful at most)',
  })
  myReservations(@Ctx() ctx: GraphQLContext): Promise<ReservationView[]> {
    return ctx.services.reservations.mine(ctx.em, ctx.principal);
  }

  @FieldResolver(() => SlotType, { description: 'The slot booked' })
  async slot(@Root() reservation: ReservationView, @Ctx() ctx: GraphQLContext): Promise<Slot> {
    return (await ctx.loaders.slot.load(reservation.slotId))!;
  }
}
