/**
 * The session: who is signed in (GET /api/auth/me on start), signing in with a second factor where the role needs
 * one, signing out, and `can(permission)` for role-aware navigation. The server decides; the page only hides
 * what would be refused anyway.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, apiSend, setCsrfToken, setUnauthorisedHandler } from '../api/client.ts';
import { firstRead } from '../api/use-api.ts';
import type { Me } from './session-types.ts';

type SessionState = { status: 'checking' } | { status: 'signed_out' } | { status: 'signed_in'; me: Me };

interface SessionContextValue {
  state: SessionState;
  signIn: (login: string, password: string, totpCode?: string) => Promise<Me>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
  can: (permission: string) => boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const check = useCallback(async (read: (path: string) => Promise<Me>) => {
    try {
      const me = await read('/api/auth/me');
      if (me.csrfToken !== undefined) setCsrfToken(me.csrfToken ?? null);
      setState({ status: 'signed_in', me });
    } catch {
      setCsrfToken(null);
      setState({ status: 'signed_out' });
    }
  }, []);
  const refresh = useCallback(() => check((path) => apiGet<Me>(path)), [check]);

  useEffect(() => {
    setUnauthorisedHandler(() => setState({ status: 'signed_out' }));
    // The first check may use the answer main.tsx asked for at start.
    void check((path) => firstRead<Me>(path));
  }, [check]);

  const signIn = useCallback(async (login: string, password: string, totpCode?: string) => {
    const me = await apiSend<Me & { csrfToken: string }>('POST', '/api/auth/login', {
      login,
      password,
      ...(totpCode ? { totpCode } : {}),
    });
    setCsrfToken(me.csrfToken);
    setState({ status: 'signed_in', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiSend('POST', '/api/auth/logout', { everywhere: false });
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed_out' });
    }
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signIn,
      signOut,
      refresh,
      can: (permission) => state.status === 'signed_in' && state.me.permissions.includes(permission),
    }),
    [state, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person (pages are only shown to them). */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed_in') throw new Error('useMe without a session');
  return state.me;
}
