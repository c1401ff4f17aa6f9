import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError } from "../http/client.js";
import { fetchMe, login as apiLogin, logout as apiLogout } from "../http/endpoints.js";
import { forgetLocalCopies } from "../offline/localCopy.js";
import type { User } from "../http/types.js";

/** The session as the UI sees it: still checking, signed out, or a user. */
export type SessionState = { status: "loading" } | { status: "anonymous" } | { status: "authenticated"; user: User };

interface SessionContextValue {
  session: SessionState;
  /** Logs in; throws the server's ApiError on failure. */
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Holds the logged-in user for the whole app; asks `/api/me` once at start. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (user) => setSession({ status: "authenticated", user }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Any failure leaves the user on the login page, where a retry shows the real error.
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
        setSession({ status: "anonymous" });
      },
    );
    return () => controller.abort();
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const user = await apiLogin(email, password);
    setSession({ status: "authenticated", user });
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      // Signing out first closes the open editor, so its local copy can be deleted.
      setSession({ status: "anonymous" });
      await forgetLocalCopies().catch((error: unknown) => console.warn("Could not delete the local copies", error));
    }
  }, []);

  const value = useMemo(() => ({ session, login, logout }), [session, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session and its actions; only inside {@link SessionProvider}. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside SessionProvider");
  return value;
}

/** The logged-in user; only below {@link RequireAuth}, which guarantees one. */
export function useUser(): User {
  const { session } = useSession();
  if (session.status !== "authenticated") throw new Error("useUser needs an authenticated session");
  return session.user;
}
