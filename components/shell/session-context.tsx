'use client';

import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Role } from '@/lib/auth/permissions';

/** Who is signed in, as the header shows it: undefined while a cached page is still asking. */
export type SessionUser = { name: string; role: Role; /** The bell's number. */ unreadNotifications?: number };

const SessionContext = createContext<SessionUser | null | undefined>(undefined);
const ForgetSessionContext = createContext<(() => void) | null>(null);

/**
 * The signed-in user for the header and the start page. Pages rendered per request pass the
 * user they already loaded (`initialUser`); cached public pages, which are the same bytes for
 * everyone, pass nothing and ask `/api/me` once in the browser (ADR 011). It decides only what
 * is shown: every page, action and route checks the session on the server.
 */
export function SessionProvider({ initialUser, children }: { initialUser?: SessionUser | null; children: React.ReactNode }) {
  const [user, setUser] = useState(initialUser);
  // A layout rendered again on the server (after a Server Action, e.g. „Als gelesen markieren“)
  // passes a new user object: show it (the bell's count), not the one of the first render.
  const [rendered, setRendered] = useState(initialUser);
  if (initialUser !== rendered) {
    setRendered(initialUser);
    setUser(initialUser);
  }
  useEffect(() => {
    if (initialUser !== undefined) return;
    let current = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<{ user: SessionUser | null }>) : { user: null }))
      .then((body) => current && setUser(body.user))
      .catch(() => current && setUser(null));
    return () => {
      current = false;
    };
  }, [initialUser]);
  const forget = useCallback(() => setUser(null), []);
  return (
    <ForgetSessionContext.Provider value={forget}>
      <SessionContext.Provider value={user}>{children}</SessionContext.Provider>
    </ForgetSessionContext.Provider>
  );
}

/**
 * Rendered by the 401 page: the session has ended, so the header (kept from the page before on a
 * navigation inside the portal) stops naming the user.
 */
export function SessionEnded() {
  const forget = useContext(ForgetSessionContext);
  useEffect(() => forget?.(), [forget]);
  return null;
}

export function useSessionUser(): SessionUser | null | undefined {
  return useContext(SessionContext);
}
