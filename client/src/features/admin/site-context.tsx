import { createContext, useContext } from 'react';

/** The site an admin is working on (from SiteLayout's query), for the site screens. */
export interface AdminSite {
  id: string;
  code: string;
  name: string;
  timeZone: string;
}

export const AdminSiteContext = createContext<AdminSite | null>(null);

export function useAdminSite(): AdminSite {
  const site = useContext(AdminSiteContext);
  if (!site) throw new Error('useAdminSite outside SiteLayout');
  return site;
}
