import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, sqlOne } from '../../shared/sql.js';

export interface VenueDoctorView {
  id: string;
  venueId: string;
  name: string;
}

const COLUMNS = `id, venue_id as "venueId", name`;

/** The doctors of a venue (issue 15): the venue day chooses one for each vaccination record. */
export class VenueDoctorRepository {
  list(em: EntityManager, venueId: string): Promise<VenueDoctorView[]> {
    return sql<VenueDoctorView>(em, `select ${COLUMNS} from venue_doctor where venue_id = ? order by name`, [
      venueId,
    ]);
  }

  findById(em: EntityManager, id: string): Promise<VenueDoctorView | undefined> {
    return sqlOne<VenueDoctorView>(em, `select ${COLUMNS} from venue_doctor where id = ?`, [id]);
  }

  async add(em: EntityManager, venueId: string, name: string): Promise<VenueDoctorView> {
    const row = await sqlOne<VenueDoctorView>(
      em,
      `insert into venue_doctor (venue_id, name) values (?, ?) returning ${COLUMNS}`,
      [venueId, name],
    );
    return row!;
  }

  async remove(em: EntityManager, id: string): Promise<void> {
    await sql(em, `delete from venue_doctor where id = ?`, [id]);
  }
}
