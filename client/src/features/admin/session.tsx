import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApolloClient } from '../../apollo/client';
import type { AdminRole } from './gql/graphql';

export interface AdminIdentity {
  id: string;
  email: string;
  displayName: string;
  role: AdminRole;
  siteId: string | null;
}

export interface AdminSession {
  token: string;
  expiresAt: string | null;
  admin: AdminIdentity;
}

interface AdminSessionValue {
  session: AdminSession | null;
  /** True after the server refused the stored token: the login page says the session expired. */
  expired: boolean;
  start: (session: AdminSession) => void;
  end: () => void;
}

const AdminSessionContext = createContext<AdminSessionValue | null>(null);

// sessionStorage like the booking app: an admin login on a shared PC ends with the tab.
const STORAGE_KEY = 'vr.admin.session';

function readStored(): AdminSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as AdminSession;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

function writeStored(session: AdminSession | null) {
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: the session lives in memory only.
  }
}

/** The admin login and an Apollo client bound to it (a new client for every new session). */
export function AdminSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<AdminSession | null>(readStored);
  const [expired, setExpired] = useState(false);

  const start = useCallback((next: AdminSession) => {
    writeStored(next);
    setExpired(false);
    setSession(next);
  }, []);
  const end = useCallback(() => {
    writeStored(null);
    setSession(null);
  }, []);
  const expire = useCallback(() => {
    writeStored(null);
    setExpired(true);
    setSession(null);
  }, []);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const ms = Date.parse(session.expiresAt) - Date.now();
    if (ms > 2 ** 31 - 1) return;
    const timer = setTimeout(expire, Math.max(0, ms));
    return () => clearTimeout(timer);
  }, [session, expire]);

  const token = session?.token ?? null;
  const apollo = useMemo(() => createApolloClient({ token, onUnauthenticated: expire }), [token, expire]);
  useEffect(() => () => apollo.dispose(), [apollo]);

  const value = useMemo(() => ({ session, expired, start, end }), [session, expired, start, end]);
  return (
    <AdminSessionContext.Provider value={value}>
      <ApolloProvider client={apollo.client}>{children}</ApolloProvider>
    </AdminSessionContext.Provider>
  );
}

export function useAdminSession(): AdminSessionValue {
  const value = useContext(AdminSessionContext);
  if (!value) throw new Error('useAdminSession outside AdminSessionProvider');
  return value;
}

/** The logged-in admin; only for screens behind the login. */
export function useAdmin(): AdminIdentity {
  const { session } = useAdminSession();
  if (!session) throw new Error('useAdmin without a session');
  return session.admin;
}
