import type { EntityManager } from '@mikro-orm/postgresql';

export interface IssuedTicket {
  ticketId: string;
  siteId: string;
  ticketNumber: string;
  /** Null for rows without an address: those tickets are printed and handed out. */
  email: string | null;
  /** The plain initial password; it exists only in this call and in the encrypted result file. */
  initialPassword: string;
}

/**
 * Work that must commit together with issued tickets (queueing one login-information mail per ticket).
 * Called inside the commit transaction of an issuance import, once with every ticket of the file.
 */
export interface IssuanceListener {
  ticketsIssued(tx: EntityManager, tickets: IssuedTicket[]): Promise<void>;
}
