import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD` (birth dates, days of the availability calendar). */
export const LocalDate = GraphQLLocalDate;
/** An instant, ISO 8601 with offset (slot times, booking times). */
export const DateTime = GraphQLDateTimeISO;
