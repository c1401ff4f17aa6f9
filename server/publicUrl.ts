import type { Env } from "./env.js";

/**
 * The address every link the server writes starts with (mails, invitations,
 * calendar feeds): PUBLIC_URL without a trailing slash, else
 * http://localhost:PORT. Never taken from a request's Host or
 * X-Forwarded-Host, which whoever sends the request controls.
 */
export function publicUrl(env: Pick<Env, "PUBLIC_URL" | "PORT">): string {
  return env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, "") : `http://localhost:${env.PORT}`;
}
