import type { ComponentType, LazyExoticComponent } from 'react';
import type { AdminRole } from './gql/graphql';
import type { AdminMessageKey } from './i18n/admin-i18n';

/**
 * Every screen of the admin app, in menu order. Adding a screen is one entry here: where it lives (a
 * `global` screen at /admin/<path>, a `site` screen at /admin/sites/<code>/<path>), its menu label, the
 * roles that may open it (the menu shows it only to them; anyone else gets the "not allowed" page, and
 * the API refuses them too), and its lazily loaded component.
 */
export interface AdminScreen {
  scope: 'global' | 'site';
  /** Relative path; '' is the site's overview. */
  path: string;
  navKey: AdminMessageKey;
  roles: readonly AdminRole[];
  component: LazyExoticComponent<ComponentType>;
  /** false: reachable by URL and links, not listed in the menu. */
  nav?: boolean;
}
