import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, sqlOne } from '../../shared/sql.js';
import { Venue, VenueVaccine } from './venue.entity.js';

/** Venues and the vaccines each offers. */
export class VenueRepository {
  /** Those of these venues that belong to the site. */
  findOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids }, siteId });
  }

  findByIds(em: EntityManager, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids } });
  }

  /** The only vaccine a venue offers, when it offers exactly one (a pattern's preset vaccine). */
  async soleVaccine(em: EntityManager, venueId: string): Promise<string | undefined> {
    const rows = await sql<{ vaccine_id: string }>(
      em,
      `select vaccine_id from venue_vaccine where venue_id = ? limit 2`,
      [venueId],
    );
    return rows.length === 1 ? rows[0]!.vaccine_id : undefined;
  }

  /** The vaccine links of these venues (which vaccines each offers). */
  vaccineLinks(em: EntityManager, venueIds: string[]): Promise<VenueVaccine[]> {
    return em.find(VenueVaccine, { venueId: { $in: venueIds } });
  }

  findByIdsByName(em: EntityManager, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
  }

  listForSite(em: EntityManager, siteId: string): Promise<Venue[]> {
    return em.find(Venue, { siteId }, { orderBy: { name: 'asc' } });
  }

  /** The venue's site when the venue offers the vaccine. */
  async siteIfOffers(
    em: EntityManager,
    venueId: string,
    vaccineId: string,
  ): Promise<{ siteId: string; closed: boolean } | undefined> {
    const row = await sqlOne<{ site_id: string; closed: boolean }>(
      em,
      `select v.site_id, v.closed from venue v join venue_vaccine vv on vv.venue_id = v.id where v.id = ? and vv.vaccine_id = ?`,
      [venueId, vaccineId],
    );
    return row && { siteId: row.site_id, closed: row.closed };
  }

  findById(em: EntityManager, id: string): Promise<Venue | null> {
    return em.findOne(Venue, { id });
  }

  /** Whether the venue is closed, holding its row against a concurrent close until the transaction ends. */
  async closedForShare(tx: EntityManager, venueId: string): Promise<boolean> {
    const row = await sqlOne<{ closed: boolean }>(tx, `select closed from venue where id = ? for share`, [
      venueId,
    ]);
    return row?.closed ?? false;
  }

  /** Opens or closes a venue inside the caller's transaction; the row stays locked until it ends. */
  async setClosed(tx: EntityManager, venueId: string, closed: boolean): Promise<void> {
    await sql(tx, `update venue set closed = ? where id = ?`, [closed, venueId]);
  }

  /** The venue's site, its time zone and whether it takes bookings yet, with the venue: one statement. */
  async siteOf(
    em: EntityManager,
    venueId: string,
  ): Promise<
    { siteId: string; timeZone: string; bookingOpen: boolean; bookingOpensAt: Date | null } | undefined
  > {
    const row = await sqlOne<{
      site_id: string;
      time_zone: string;
      open: boolean;
      booking_opens_at: Date | string | null;
    }>(
      em,
      `select v.site_id, s.time_zone, (s.booking_opens_at is null or s.booking_opens_at <= now()) as open,
              s.booking_opens_at
         from venue v join site_settings_view s on s.id = v.site_id where v.id = ?`,
      [venueId],
    );
    return (
      row && {
        siteId: row.site_id,
        timeZone: row.time_zone,
        bookingOpen: row.open,
        bookingOpensAt: row.booking_opens_at === null ? null : new Date(row.booking_opens_at),
      }
    );
  }
}
