import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { Env } from "../env.js";

/**
 * The address a request came from, for throttling. Behind a trusted proxy it
 * is the last X-Forwarded-For entry (the one the proxy itself appended);
 * earlier entries are whatever the client claimed and are ignored.
 */
export function clientAddress(c: Context, env: Pick<Env, "TRUST_PROXY">): string {
  if (env.TRUST_PROXY) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // A request not served by the node server (app.request in a script) has no socket.
    return "unknown";
  }
}
