import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError, unauthenticated } from "../errors.js";
import { isAllowedOrigin, isHttps } from "./origin.js";
import { validateSessionToken, type SessionResult } from "./session.js";

/** Name of the session cookie. */
export const SESSION_COOKIE = "session";

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https. */
export function setSessionCookie(c: Context, deps: AppDeps, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c, deps.env),
    path: "/",
    expires: expiresAt,
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** Resolves the session cookie into `c.var.session` (null when absent or invalid). */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await validateSessionToken(deps.database.db, token) : null;
    if (token && !session) clearSessionCookie(c);
    if (token && session) setSessionCookie(c, deps, token, session.expiresAt);
    c.set("session", session);
    await next();
  };
}

/**
 * Refuses mutating requests from another site. Browsers send Origin on such
 * requests; a request without it is not a browser's cross-site request
 * unless Sec-Fetch-Site says so.
 */
export function originGuard(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
      const origin = c.req.header("origin");
      const crossSite = c.req.header("sec-fetch-site") === "cross-site";
      if ((origin && !isAllowedOrigin(c, deps.env)) || (!origin && crossSite)) {
        throw new AppError(403, "bad_origin", "Forespørgslen kommer fra et andet websted og er afvist.");
      }
    }
    await next();
  };
}

/** The logged-in user's session, or a 401. */
export function requireSession(c: Context<any>): SessionResult {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  return session;
}
