import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { LocalDate } from '../../graphql/scalars.js';
import { BookReservationResult, CancelReservationResult } from '../reservations/reservation.types.js';
import {
  AdminReservationConnection,
  CancelVenueDayInput,
  CancelVenueDayResult,
  ProxyBookReservationInput,
  ProxyCancelReservationInput,
  RecordVaccinationInput,
  ReservationFilter,
  VenueActionResult,
  VenueReservationInput,
} from './records.types.js';
import { ApiKeyScope } from '../api-keys/api-key.scope.js';
import { RequiresScope } from '../api-keys/api-key.types.js';

@Resolver()
export class RecordsResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.RECORDS_READ)
  @Query(() => AdminReservationConnection, {
    description: 'A site’s reservations, by slot time, filtered (API keys: RECORDS_READ)',
  })
  reservations(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('filter', () => ReservationFilter, { nullable: true, description: 'Filters' })
    filter: ReservationFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminReservationConnection> {
    return ctx.services.records.list(ctx.em, ctx.principal, {
      siteId,
      filter: filter ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => AdminReservationConnection, {
    description: 'The day’s reservations at a venue, for its staff (venue staff: their venues only)',
  })
  venueDay(
    @Arg('venueId', () => ID, { description: 'Venue id' }) venueId: string,
    @Arg('date', () => LocalDate, { description: 'The day, in the site’s time zone' }) date: string,
    @Arg('first', () => Int, { defaultValue: 200, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminReservationConnection> {
    return ctx.services.records.venueDay(ctx.em, ctx.principal, {
      venueId,
      date,
      first,
      after: after ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.BOOK_ON_BEHALF)
  @Mutation(() => BookReservationResult, {
    description:
      'Books on a person’s behalf through the same rules as their own booking (made by ADMIN; with an API key: made by API, scope BOOK_ON_BEHALF)',
  })
  proxyBookReservation(
    @Arg('input', () => ProxyBookReservationInput) input: ProxyBookReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BookReservationResult> {
    return ctx.services.records.proxyBook(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.BOOK_ON_BEHALF)
  @Mutation(() => CancelReservationResult, {
    description:
      'Cancels on a person’s behalf, ignoring the recipient cut-off; the person is notified (API keys: BOOK_ON_BEHALF)',
  })
  proxyCancelReservation(
    @Arg('input', () => ProxyCancelReservationInput) input: ProxyCancelReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CancelReservationResult> {
    return ctx.services.records.proxyCancel(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => CancelVenueDayResult, {
    description:
      'Cancels every booked reservation of a venue on a day, with a reason told to the people affected',
  })
  cancelVenueDay(
    @Arg('input', () => CancelVenueDayInput) input: CancelVenueDayInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CancelVenueDayResult> {
    return ctx.services.records.cancelVenueDay(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Mutation(() => VenueActionResult, { description: 'Checks a person in at the venue' })
  checkIn(
    @Arg('input', () => VenueReservationInput) input: VenueReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueActionResult> {
    return ctx.services.records.checkIn(ctx.em, ctx.principal, input.reservationId);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Mutation(() => VenueActionResult, {
    description: 'Records a vaccination (date, lot number, doctor); again to correct it',
  })
  recordVaccination(
    @Arg('input', () => RecordVaccinationInput) input: RecordVaccinationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueActionResult> {
    return ctx.services.records.recordVaccination(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Mutation(() => VenueActionResult, {
    description: 'Marks that the person did not come (once the slot began)',
  })
  markNoShow(
    @Arg('input', () => VenueReservationInput) input: VenueReservationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueActionResult> {
    return ctx.services.records.markNoShow(ctx.em, ctx.principal, input.reservationId);
  }
}
