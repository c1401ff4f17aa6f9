import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { isHttps } from "./auth/origin.js";
import type { AppEnv } from "./context.js";
import type { Env } from "./env.js";

const self = "'self'";

/**
 * The Content-Security-Policy every answer carries: nothing inline, nothing
 * from elsewhere. `connect-src 'self'` covers ws:/wss: to the same host in
 * current browsers, so the sync socket needs no extra source.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: [self],
  scriptSrc: [self],
  styleSrc: [self],
  imgSrc: [self, "data:", "blob:"],
  connectSrc: [self],
  fontSrc: [self],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: [self],
};

/** HSTS for a year, sent only on answers that themselves went over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * Security headers on every answer: CSP, X-Frame-Options DENY, Referrer-Policy
 * same-origin, nosniff. HSTS only when the request came over https, directly
 * or (with TRUST_PROXY) per the proxy's X-Forwarded-Proto; over plain http a
 * browser ignores it at best, and a proxy that adds https later would pin a
 * host that cannot yet serve it.
 */
export function securityHeaders(env: Env): MiddlewareHandler<AppEnv> {
  const common = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: false,
    xFrameOptions: "DENY",
    referrerPolicy: "same-origin",
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await common(c, next);
    if (isHttps(c, env)) c.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  };
}
