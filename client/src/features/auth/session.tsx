import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApolloClient } from '../../apollo/client';

export interface Session {
  token: string;
  expiresAt: string | null;
}

interface SessionValue {
  siteCode: string;
  session: Session | null;
  /** True after the server refused the stored token: the app shows the "session expired" page. */
  expired: boolean;
  start: (session: Session) => void;
  end: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

// sessionStorage, not localStorage: on a shared family phone the login ends with the tab.
const storageKey = (siteCode: string) => `vr.session.${siteCode}`;

function readStored(siteCode: string): Session | null {
  try {
    const raw = sessionStorage.getItem(storageKey(siteCode));
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

function writeStored(siteCode: string, session: Session | null) {
  try {
    if (session) sessionStorage.setItem(storageKey(siteCode), JSON.stringify(session));
    else sessionStorage.removeItem(storageKey(siteCode));
  } catch {
    // Storage unavailable: the session lives in memory only.
  }
}

/** The login of one site, and an Apollo client bound to it (a new client for every new session). */
export function SessionProvider({ siteCode, children }: { siteCode: string; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => readStored(siteCode));
  const [expired, setExpired] = useState(false);

  const start = useCallback(
    (next: Session) => {
      writeStored(siteCode, next);
      setExpired(false);
      setSession(next);
    },
    [siteCode],
  );
  const end = useCallback(() => {
    writeStored(siteCode, null);
    setSession(null);
  }, [siteCode]);
  const expire = useCallback(() => {
    writeStored(siteCode, null);
    setExpired(true);
    setSession(null);
  }, [siteCode]);

  // Expire on the clock too, so an open page does not wait for the next request to find out.
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

  const value = useMemo(
    () => ({ siteCode, session, expired, start, end }),
    [siteCode, session, expired, start, end],
  );
  return (
    <SessionContext.Provider value={value}>
      <ApolloProvider client={apollo.client}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
