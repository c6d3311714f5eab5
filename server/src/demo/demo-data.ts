import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../modules/auth/principal.js';
import { createFirstOperator } from '../modules/auth/admin-user.service.js';
import { siteCodes as existingSiteCodes, type Plan } from '../modules/sites/site.service.js';
import { addDays, localDateOf } from '../shared/time.js';
import type { Services } from '../services.js';

export const DEMO_LOGINS = {
  operator: { email: 'operator@example.jp', password: 'operator-demo-2026' },
  siteAdmin: { email: 'admin@example.jp', password: 'site-admin-demo-2026' },
  venueStaff: { email: 'staff@example.jp', password: 'venue-staff-demo-2026' },
  birthDate: '1960-04-01',
};

const SITES: {
  name: string;
  plan: Plan;
  bookingMode: 'SEPARATE' | 'SET';
  venues: string[];
  tickets: number;
}[] = [
  {
    name: 'みなと市 新型コロナワクチン接種',
    plan: 'MUNICIPAL',
    bookingMode: 'SEPARATE',
    venues: ['みなと市役所 本庁舎', 'みなと市民会館'],
    tickets: 20,
  },
  {
    name: '株式会社サンプル 職域接種',
    plan: 'WORKPLACE',
    bookingMode: 'SET',
    venues: ['本社ビル 3F 会議室', '大阪支社'],
    tickets: 20,
  },
  {
    name: 'さくらクリニック',
    plan: 'CLINIC',
    bookingMode: 'SEPARATE',
    venues: ['さくらクリニック 本院'],
    tickets: 5,
  },
];

/**
 * The demo campaign `npm start` loads into an empty database, written through the same services the API
 * uses: one site per plan, two vaccines, venues, six weeks of slots from today, tickets and two admins.
 */
export async function loadDemoData(
  em: EntityManager,
  services: Services,
): Promise<{ loaded: boolean; siteCodes: string[] }> {
  const existing = await existingSiteCodes(em);
  if (existing.length > 0) return { loaded: false, siteCodes: existing };
  const operator = await createFirstOperator(em, {
    email: DEMO_LOGINS.operator.email,
    displayName: 'デモ運営者',
    passwordHash: await services.passwords.hash(DEMO_LOGINS.operator.password),
  });
  const asOperator: Principal = {
    kind: 'admin',
    sessionId: 'demo',
    adminUserId: operator.id,
    role: 'OPERATOR',
    siteId: null,
  };
  const today = localDateOf(new Date(), 'Asia/Tokyo');
  const siteCodes: string[] = [];

  for (const [index, spec] of SITES.entries()) {
    const site = await services.sites.create(em, asOperator, {
      name: spec.name,
      plan: spec.plan,
      bookingMode: spec.bookingMode,
      termsOfUse: '本サイトで取得した個人情報は、ワクチン接種の予約と実施のためにのみ利用します。',
      emailField: 'OPTIONAL',
      phoneField: 'OPTIONAL',
      genderField: 'HIDDEN',
      contactPhone: '0120-000-123',
      contactHours: '平日 9:00〜17:00',
      contactEmail: 'vaccine@example.jp',
    });
    siteCodes.push(site.code);
    if (index === 0) {
      await services.adminUsers.create(em, asOperator, {
        email: DEMO_LOGINS.siteAdmin.email,
        displayName: 'みなと市 接種担当',
        password: DEMO_LOGINS.siteAdmin.password,
        role: 'SITE_ADMIN',
        siteId: site.id,
      });
    }
    const pfizer = await services.vaccines.create(em, asOperator, {
      siteId: site.id,
      name: 'ファイザー (コミナティ)',
      manufacturer: 'ファイザー',
      doses: 2,
      doseIntervalDays: 21,
      intervalWindowDays: 21,
    });
    const moderna = await services.vaccines.create(em, asOperator, {
      siteId: site.id,
      name: 'モデルナ (スパイクバックス)',
      manufacturer: '武田/モデルナ',
      doses: 2,
      doseIntervalDays: 28,
      intervalWindowDays: 28,
    });
    for (const [venueIndex, venueName] of spec.venues.entries()) {
      const venue = await services.venues.create(em, asOperator, {
        siteId: site.id,
        name: venueName,
        // Fictional addresses, so the demo shows the venue's address and its map link.
        address: `東京都みなと市中央${index + 1}-${spec.venues.indexOf(venueName) + 1}-1`,
        vaccineIds: [pfizer.id, moderna.id],
      });
      if (index === 0 && venueIndex === 0) {
        // Venue staff of S0001's first venue only: the admin app shows them that venue and nothing else.
        const staff = await services.adminUsers.create(em, asOperator, {
          email: DEMO_LOGINS.venueStaff.email,
          displayName: 'みなと市役所 会場スタッフ',
          password: DEMO_LOGINS.venueStaff.password,
          role: 'VENUE_STAFF',
          siteId: site.id,
        });
        await services.staff.assignVenues(em, asOperator, { adminUserId: staff.id, venueIds: [venue.id] });
      }
      for (const vaccine of [pfizer, moderna]) {
        await services.slots.generate(em, asOperator, {
          venueId: venue.id,
          vaccineId: vaccine.id,
          fromDate: today,
          toDate: addDays(today, 42),
          weekdays: [1, 2, 3, 4, 5, 6],
          dayStart: '09:00',
          dayEnd: '17:00',
          slotMinutes: 30,
          capacity: 10,
        });
      }
    }
    await services.tickets.register(em, asOperator, {
      siteId: site.id,
      kind: spec.plan === 'WORKPLACE' ? 'PROVISIONAL' : 'REAL',
      tickets: Array.from({ length: spec.tickets }, (_, i) => ({
        number: `${index + 1}${String(i + 1).padStart(9, '0')}`,
        birthDate: DEMO_LOGINS.birthDate,
        municipalityCode: spec.plan === 'WORKPLACE' ? null : '131016',
      })),
    });
  }
  return { loaded: true, siteCodes };
}
