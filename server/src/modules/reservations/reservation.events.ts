import type { EntityManager } from '@mikro-orm/postgresql';
import type { Statement } from '../../shared/sql.js';
import type { MadeBy, ReservationStatus } from './reservation.entity.js';

/** A reservation as its listeners, the GraphQL edge and other modules see it. */
export interface ReservationView {
  id: string;
  siteId: string;
  ticketId: string;
  slotId: string;
  dose: number;
  status: ReservationStatus;
  pairId: string | null;
  madeBy: MadeBy;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

/** A reservation moved to another slot by a change (予約変更): the reservation as it is now, and where it was. */
export interface ReservationMove {
  reservation: ReservationView;
  fromSlotId: string;
}

/** Who ended a reservation; mails and the audit log word it differently. */
export type CancelledBy = 'RECIPIENT' | 'ADMIN' | 'SLOT_CANCELLED';

/**
 * Work that must commit or roll back together with a booking or cancellation (the mail outbox, the
 * audit log). Listeners run inside the transaction, after the reservation rows are written and before
 * the slot counts are touched, so they never lengthen the time a slot row stays locked.
 * One call may carry the reservations of many tickets: a bulk booking file calls `booked` once with every
 * row, and cancelling a slot or a venue's day calls `cancelled` once with everyone affected.
 */
export interface ReservationListener {
  booked(tx: EntityManager, reservations: ReservationView[]): Promise<void>;
  /**
   * Optional: the same work as `booked`, said as SQL statements (`?` placeholders, as `sql()` takes them;
   * a `PreparedStatement`'s call when it runs with every booking).
   * When offered, it is used instead of `booked`: the statements run in the booking's transaction after
   * the reservation rows and before the slot counts. When every listener offers it, a booking is written
   * in one round trip. A listener whose work needs JavaScript in the middle of the transaction omits it.
   */
  bookedStatements?(reservations: ReservationView[]): Statement[];
  cancelled(
    tx: EntityManager,
    reservations: ReservationView[],
    by: CancelledBy,
    reason: string | null,
  ): Promise<void>;
  /**
   * Optional: reservations of one ticket moved to other slots (a change), inside the change's transaction,
   * after the rows moved and before the slot counts are touched.
   */
  changed?(tx: EntityManager, moves: ReservationMove[]): Promise<void>;
}
