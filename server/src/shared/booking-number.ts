/**
 * A reservation's number for people: the first 8 characters of its id, upper case (e.g. 3F2A9C01). Short
 * enough to read out on the phone; staff find the reservation by it (ids are random, so 8 hex digits
 * rarely repeat within a site, and the ticket number tells two apart when they do).
 */
export function bookingNumberOf(reservationId: string): string {
  return reservationId.replace(/-/g, '').slice(0, 8).toUpperCase();
}
