import type { EntityManager } from '@mikro-orm/postgresql';
import { Recipient, type Gender, type Language } from './recipient.entity.js';

export interface NewRecipient {
  ticketId: string;
  familyNameKana: string;
  givenNameKana: string;
  gender: Gender | null;
  phone: string | null;
  email: string | null;
  reminderOptIn: boolean;
  language: Language;
  passwordHash: string;
  termsAcceptedAt: Date;
}

/** A ticket holder's profile; written with the request's unit of work (the caller flushes). */
export class RecipientRepository {
  findByTicket(em: EntityManager, ticketId: string): Promise<Recipient | null> {
    return em.findOne(Recipient, { ticketId });
  }

  /** Replaces a registered profile's password hash; false when the ticket has no profile. */
  async setPasswordHash(em: EntityManager, ticketId: string, passwordHash: string): Promise<boolean> {
    const updated = await em.nativeUpdate(Recipient, { ticketId }, { passwordHash });
    return updated > 0;
  }

  /** Stages a new profile; the caller's flush inserts it (a second one for the ticket is refused there). */
  add(em: EntityManager, fields: NewRecipient): Recipient {
    return em.create(Recipient, fields);
  }
}
