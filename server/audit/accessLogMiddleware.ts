import type { MiddlewareHandler } from "hono";
import { clientAddress } from "../auth/clientAddress.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AccessTrail } from "./accessTrail.js";
import { adminNote } from "./adminNotes.js";
import { unloggedReason } from "./unloggedRoutes.js";

/**
 * Writes the access log of each request it is in front of: what the route
 * noted (see `noteAccess`), or for administration routes what their method
 * and path say, with who (the session's user) and from which address. Only
 * answered requests are logged (refusals and errors touched nothing), and
 * anonymous ones never are. A logged-in user's successful request that
 * noted nothing and is not listed as unlogged is reported as an error; in
 * strict mode (the tests) it fails, so a route cannot forget its entry.
 */
export function accessLogMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const { accessLog, env, logger } = deps;
  return async (c, next) => {
    const trail = new AccessTrail();
    c.set("accessTrail", trail);
    await next();
    if (c.res.status >= 400) return;
    const sessionUser = c.get("session")?.user.id;
    const { method, path } = c.req;
    if (trail.notes.length === 0 && unloggedReason(method, path)) return;
    const notes = trail.notes.length > 0 ? trail.notes : [adminNote(method, path)].filter((n) => n !== null);
    if (notes.length === 0) {
      if (!sessionUser) return;
      if (env.ACCESS_LOG_STRICT) throw new Error(`${method} ${path} answered without an access-log entry`);
      logger.error({ method, path }, "request answered without an access-log entry");
      return;
    }
    const ip = clientAddress(c, env);
    const entries = notes.flatMap(({ userId, ...note }) => {
      const who = userId ?? sessionUser;
      return who ? [{ ...note, userId: who, ip }] : [];
    });
    await accessLog.write(entries);
  };
}
