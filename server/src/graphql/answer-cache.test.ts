import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { answerableFromMemory } from './answer-cache.js';
import { createSchema } from './schema.js';

const schema = await createSchema();
const answerable = (document: string, operationName?: string) =>
  answerableFromMemory(schema, parse(document), operationName);

const MONTH_ARGS = '(venueId: "v", vaccineId: "x", from: "2026-12-01", to: "2026-12-31")';

describe('which operations memory answers whole', () => {
  it("the booking app's refusal and month view, typenames and fragments included", () => {
    expect(
      answerable(`mutation BookReservation($input: BookReservationInput!) {
        bookReservation(input: $input) {
          ok error { code message __typename }
          reservations { id dose status slot { id remaining __typename } __typename }
          __typename
        }
      }`),
    ).toBe(true);
    expect(
      answerable(`query BookAvailability { availability${MONTH_ARGS} {
        slots { id startsAt endsAt remaining status ...Calendar_slot ... on Slot { capacity } __typename }
        __typename
      } }
      fragment Calendar_slot on Slot { id startsAt remaining status @include(if: true) }`),
    ).toBe(true);
  });

  it("the booking app's site header (SiteShell), but not a field that depends on the caller", () => {
    expect(
      answerable(`query SiteShell($siteCode: String!) {
        site(code: $siteCode) { id code name plan timeZone contactPhone contactHours contactEmail passwordResetFact __typename }
      }`),
    ).toBe(true);
    expect(answerable(`query { site(code: "S0001") { id siteAdminsCreateSiteAdmins } }`)).toBe(false);
    expect(answerable(`query { site(code: "S0001") { id } me { ticketNumber } }`)).toBe(false);
  });

  it('nothing that reads more than that memory', () => {
    // Another root field: its answer is someone's own.
    expect(answerable(`query { availability${MONTH_ARGS} { slots { id } } myReservations { id } }`)).toBe(
      false,
    );
    // The same root field twice (aliases) counts as two.
    expect(
      answerable(
        `query { a: availability${MONTH_ARGS} { slots { id } } b: availability${MONTH_ARGS} { slots { id } } }`,
      ),
    ).toBe(false);
    // Days depend on the clock; a slot's venue and vaccine are read apart.
    expect(answerable(`query { availability${MONTH_ARGS} { days { date bookable } } }`)).toBe(false);
    expect(answerable(`query { availability${MONTH_ARGS} { slots { venue { name } } } }`)).toBe(false);
    // Any other root field; any directive but @skip/@include (none is valid here today, a future one is not
    // trusted); fragments on other types.
    expect(answerable(`mutation { cancelReservation(input: { reservationId: "r" }) { ok } }`)).toBe(false);
    expect(answerable(`query { availability${MONTH_ARGS} { slots { id @deprecated } } }`)).toBe(false);
    expect(
      answerable(
        `query { availability${MONTH_ARGS} { slots { ...F } } } fragment F on Availability { slots { id } }`,
      ),
    ).toBe(false);
    // Only the operation asked for is judged.
    const two = `query A { availability${MONTH_ARGS} { slots { id } } } query B { myReservations { id } }`;
    expect(answerable(two, 'A')).toBe(true);
    expect(answerable(two, 'B')).toBe(false);
  });
});
