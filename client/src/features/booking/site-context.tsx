import { createContext, useContext, type ReactNode } from 'react';
import type { SiteShellQuery } from '../../gql/graphql';

// Its own module so the routes under /s/<code> read the site without importing the router that renders them.
export type SiteShell = SiteShellQuery['site'];

const SiteContext = createContext<SiteShell | null>(null);

/** Hands the site the router loaded to every route under /s/<code>. */
export function SiteProvider({ site, children }: { site: SiteShell; children: ReactNode }) {
  return <SiteContext.Provider value={site}>{children}</SiteContext.Provider>;
}

/** The site the page belongs to (code, name, plan, time zone), for every route under /s/<code>. */
export function useSite(): SiteShell {
  const site = useContext(SiteContext);
  if (!site) throw new Error('useSite outside SiteApp');
  return site;
}
