import type { Context } from "hono";
import type { Env } from "../env.js";

/** The origin the browser sees for this server, honouring a trusted proxy's headers. */
export function ownOrigin(c: Context, env: Env): string {
  const url = new URL(c.req.url);
  if (env.TRUST_PROXY) {
    const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim();
    const host = c.req.header("x-forwarded-host")?.split(",")[0]?.trim();
    return `${proto ?? url.protocol.replace(":", "")}://${host ?? url.host}`;
  }
  return url.origin;
}

/** True when the request's Origin header is this server or one of ALLOWED_ORIGINS. */
export function isAllowedOrigin(c: Context, env: Env): boolean {
  const origin = c.req.header("origin");
  if (!origin) return false;
  return origin === ownOrigin(c, env) || env.ALLOWED_ORIGINS.includes(origin);
}

/** True when the page is served over https, so the session cookie gets `Secure`. */
export function isHttps(c: Context, env: Env): boolean {
  return ownOrigin(c, env).startsWith("https://");
}
