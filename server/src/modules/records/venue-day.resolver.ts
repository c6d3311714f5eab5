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
import { LocalDate } from '../../graphql/scalars.js';
import { Role } from '../auth/principal.js';
import type { AdminReservationView } from '../reports/reservation-list.repository.js';
import { VenueBoard } from '../slots/slot.types.js';
import { AdminReservation, VenueActionResult } from './records.types.js';
import type { DeskDefaults } from './vaccination-record.repository.js';
import type { VenueDayChangeView } from './venue-day.events.js';
import {
  UndoVenueActionInput,
  VenueDayChange,
  VenueDaySummary,
  VenueDeskDefaults,
} from './venue-day.types.js';

@Resolver()
export class VenueDayResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => VenueDaySummary, {
    description:
      'A venue’s day by slot with counts: arrived, vaccinated, no-show, still to come (venue staff: their venues only)',
  })
  venueDaySummary(
    @Arg('venueId', () => ID, { description: 'Venue id' }) venueId: string,
    @Arg('date', () => LocalDate, { description: 'The day (site’s time zone)' }) date: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueDaySummary> {
    return ctx.services.venueDay.summary(ctx.em, ctx.principal, venueId, date);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => [AdminReservation], {
    description:
      'Finds the day’s reservations at a venue by ticket number (provisional or linked real), a scanned ' +
      '18-digit ticket line, or part of the name in kana (hiragana, katakana or half-width) or in Latin letters ' +
      '(any case); cancelled ones left out',
  })
  venueDaySearch(
    @Arg('venueId', () => ID, { description: 'Venue id' }) venueId: string,
    @Arg('date', () => LocalDate, { description: 'The day (site’s time zone)' }) date: string,
    @Arg('query', () => String, { description: 'What was typed or scanned' }) query: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many, up to 100' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminReservationView[]> {
    return ctx.services.venueDay.search(ctx.em, ctx.principal, { venueId, date, query, first });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => VenueDeskDefaults, {
    nullable: true,
    description:
      'What a desk of the venue recorded last (manufacturer, lot, doctor), offered for the next person',
  })
  venueDeskDefaults(
    @Arg('venueId', () => ID, { description: 'Venue id' }) venueId: string,
    @Arg('deskId', () => String, { description: 'The desk, as given to recordVaccination' }) deskId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeskDefaults | null> {
    return ctx.services.venueDay.deskDefaults(ctx.em, ctx.principal, venueId, deskId);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Mutation(() => VenueActionResult, {
    description:
      'Undoes a check-in, a no-show or a vaccination record on the slot’s own day (audited); the place stays taken',
  })
  undoVenueAction(
    @Arg('input', () => UndoVenueActionInput) input: UndoVenueActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueActionResult> {
    return ctx.services.records.undoVenueAction(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Subscription(() => VenueDayChange, {
    description:
      'Each committed change of the venue day (bookings, cancellations, check-ins, records, no-shows, undos), ' +
      'so every tablet at the venue sees the others’ work (venue staff: their venues only)',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { venueId, date } = args as { venueId: string; date: string };
      return ctx.services.venueDay.subscribe(ctx.em, ctx.principal, String(venueId), String(date));
    },
  })
  venueDayChanged(
    @Root() change: VenueDayChangeView,
    @Arg('venueId', () => ID, { description: 'Venue to watch' }) _venueId: string,
    @Arg('date', () => LocalDate, { description: 'The day (site’s time zone)' }) _date: string,
  ): VenueDayChangeView {
    return change;
  }
}

/** The live board of a venue's day (issue 14) shows what happened at the venue too. */
@Resolver(() => VenueBoard)
export class VenueBoardAttendanceResolver {
  @FieldResolver(() => VenueDaySummary, {
    description:
      'The day by slot counted by what happened at the venue: arrived, vaccinated, no-show, still to come; ' +
      'keep it current with venueDayChanged(venueId, date)',
  })
  attendance(@Root() board: VenueBoard, @Ctx() ctx: GraphQLContext): Promise<VenueDaySummary> {
    return ctx.services.venueDay.summary(ctx.em, ctx.principal, board.venueId, board.date);
  }
}
