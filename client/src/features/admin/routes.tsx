import { lazy } from 'react';
import type { AdminRole } from './gql/graphql';
import type { AdminScreen } from './screen';

export type { AdminScreen } from './screen';

/** Every screen of the admin app, in menu order (what an entry holds: ./screen.ts). */

export const ADMIN_SCREENS: readonly AdminScreen[] = [
  {
    scope: 'global',
    path: 'sites',
    navKey: 'admin.nav.sites',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/SitesRoute').then((m) => ({ default: m.SitesRoute }))),
  },
  {
    scope: 'global',
    path: 'sites/new',
    navKey: 'admin.nav.newSite',
    roles: ['OPERATOR'],
    component: lazy(() => import('./routes/NewSiteRoute').then((m) => ({ default: m.NewSiteRoute }))),
  },
  {
    scope: 'global',
    path: 'my-venues',
    navKey: 'admin.nav.myVenues',
    roles: ['SITE_ADMIN', 'VENUE_STAFF'],
    component: lazy(() => import('./routes/MyVenuesRoute').then((m) => ({ default: m.MyVenuesRoute }))),
  },
  {
    scope: 'global',
    path: 'my-venues/:venueId',
    navKey: 'admin.nav.myVenues',
    roles: ['SITE_ADMIN', 'VENUE_STAFF'],
    nav: false,
    component: lazy(() => import('./routes/StaffVenueRoute').then((m) => ({ default: m.StaffVenueRoute }))),
  },
  {
    scope: 'site',
    path: '',
    navKey: 'admin.nav.siteHome',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/SiteHomeRoute').then((m) => ({ default: m.SiteHomeRoute }))),
  },
  {
    scope: 'site',
    path: 'setup',
    navKey: 'admin.nav.setup',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/SetupWizardRoute').then((m) => ({ default: m.SetupWizardRoute }))),
  },
  {
    scope: 'site',
    path: 'settings',
    navKey: 'admin.nav.settings',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/SettingsRoute').then((m) => ({ default: m.SettingsRoute }))),
  },
  {
    scope: 'site',
    path: 'venues',
    navKey: 'admin.nav.venues',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/VenuesRoute').then((m) => ({ default: m.VenuesRoute }))),
  },
  {
    scope: 'site',
    path: 'venues/:venueId',
    navKey: 'admin.nav.venues',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    nav: false,
    component: lazy(() => import('./routes/VenueRoute').then((m) => ({ default: m.VenueRoute }))),
  },
  {
    scope: 'site',
    path: 'board',
    navKey: 'admin.nav.board',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/BoardRoute').then((m) => ({ default: m.BoardRoute }))),
  },
  {
    scope: 'site',
    path: 'people',
    navKey: 'admin.nav.people',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/PeopleRoute').then((m) => ({ default: m.PeopleRoute }))),
  },
  {
    scope: 'site',
    path: 'people/:ticketNumber',
    navKey: 'admin.nav.person',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    nav: false,
    component: lazy(() => import('./routes/PersonRoute').then((m) => ({ default: m.PersonRoute }))),
  },
  {
    scope: 'site',
    path: 'reservations',
    navKey: 'admin.nav.reservations',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() =>
      import('./routes/ReservationsRoute').then((m) => ({ default: m.ReservationsRoute })),
    ),
  },
  {
    scope: 'site',
    path: 'audit',
    navKey: 'admin.nav.audit',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/AuditRoute').then((m) => ({ default: m.AuditRoute }))),
  },
  {
    scope: 'site',
    path: 'mail',
    navKey: 'admin.nav.mail',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/AuditRoute').then((m) => ({ default: m.MailRoute }))),
  },
  {
    scope: 'site',
    path: 'api-keys',
    navKey: 'admin.nav.apiKeys',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/ApiKeysRoute').then((m) => ({ default: m.ApiKeysRoute }))),
  },
  {
    scope: 'site',
    path: 'faq',
    navKey: 'admin.nav.faq',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./routes/FaqRoute').then((m) => ({ default: m.FaqRoute }))),
  },
  {
    scope: 'global',
    path: 'venue-day',
    navKey: 'admin.nav.venueDay',
    roles: ['SITE_ADMIN', 'VENUE_STAFF'],
    component: lazy(() => import('./venue-day/VenueDayRoute').then((m) => ({ default: m.VenueDayRoute }))),
  },
  {
    scope: 'site',
    path: 'files/tickets',
    navKey: 'admin.nav.filesTickets',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./files/FilesRoutes').then((m) => ({ default: m.TicketsImportRoute }))),
  },
  {
    scope: 'site',
    path: 'files/bulk-booking',
    navKey: 'admin.nav.filesBulk',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./files/FilesRoutes').then((m) => ({ default: m.BulkBookingImportRoute }))),
  },
  {
    scope: 'site',
    path: 'files/issuance',
    navKey: 'admin.nav.filesIssuance',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./files/FilesRoutes').then((m) => ({ default: m.IssuanceImportRoute }))),
  },
  {
    scope: 'site',
    path: 'files/history',
    navKey: 'admin.nav.filesHistory',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() => import('./files/FilesRoutes').then((m) => ({ default: m.ImportHistoryRoute }))),
  },
  {
    scope: 'site',
    path: 'real-tickets',
    navKey: 'admin.nav.realTickets',
    roles: ['OPERATOR', 'SITE_ADMIN'],
    component: lazy(() =>
      import('./real-tickets/RealTicketsRoute').then((m) => ({ default: m.RealTicketsRoute })),
    ),
  },
];

/** Where each role starts after logging in. */
export function homePathOf(role: AdminRole): string {
  return role === 'VENUE_STAFF' ? '/admin/my-venues' : '/admin/sites';
}

export function screenUrl(screen: AdminScreen, siteCode?: string): string {
  if (screen.scope === 'global') return `/admin/${screen.path}`;
  return `/admin/sites/${siteCode ?? ''}${screen.path ? `/${screen.path}` : ''}`;
}
