import { zValidator } from "@hono/zod-validator";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { clearSessionCookie, requireSession, setSessionCookie } from "../auth/middleware.js";
import { clientAddress } from "../auth/clientAddress.js";
import { sendLockoutNotice } from "../auth/lockoutNotice.js";
import { LOCKOUT_NOTICE_AT, attemptKeys, forgetFailures, recordFailure, waitBeforeAttempt } from "../auth/loginThrottle.js";
import { hashPassword, verifyPassword } from "../auth/password.js";
import { PasswordQueue } from "../auth/passwordQueue.js";
import { createSession, generateSessionToken, invalidateSession } from "../auth/session.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError } from "../errors.js";
import { presentUser } from "../presenters/user.js";
import { publicUrl } from "../publicUrl.js";
import { findUserByEmail } from "../queries/users.js";
import { validationHook } from "./validation.js";

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

// Verifying against a real hash when the user is unknown keeps the response
// time the same, so the login form does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

/** 429 with Retry-After in whole seconds, rounded up so a client that waits exactly that long is let in. */
function tooManyAttempts(c: Context, waitMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  c.header("Retry-After", String(seconds));
  return new AppError(429, "too_many_attempts", `For mange forkerte forsøg på at logge ind. Prøv igen om ${seconds} ${seconds === 1 ? "sekund" : "sekunder"}.`, { retryAfterSeconds: seconds });
}

/** Login, logout and the current user. */
export function authRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const throttle = { baseMs: deps.env.LOGIN_BACKOFF_BASE_MS, maxMs: deps.env.LOGIN_BACKOFF_MAX_MS };
  const passwords = new PasswordQueue(deps.env.LOGIN_HASH_CONCURRENCY, deps.env.LOGIN_HASH_QUEUE, deps.metrics);
  return new Hono<AppEnv>()
    .post("/auth/login", zValidator("json", loginSchema, validationHook), async (c) => {
      const { email, password } = c.req.valid("json");
      const keys = attemptKeys(email, clientAddress(c, deps.env));
      const wait = await waitBeforeAttempt(db, keys, new Date());
      if (wait > 0) throw tooManyAttempts(c, wait);
      const user = await findUserByEmail(db, email);
      const ok = await passwords.run(async () => {
        dummyHash ??= hashPassword("not-a-password");
        return verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      });
      if (!user || !ok) {
        // Unknown e-mails are counted too, so the answers never tell which accounts exist.
        const failures = await recordFailure(db, keys, throttle, new Date());
        if (user && failures === LOCKOUT_NOTICE_AT) await sendLockoutNotice(db, user, failures, publicUrl(deps.env));
        throw new AppError(401, "invalid_credentials", "Forkert e-mail eller adgangskode.");
      }
      await forgetFailures(db, keys);
      const token = generateSessionToken();
      const { expiresAt } = await createSession(db, token, user.id);
      setSessionCookie(c, deps, token, expiresAt);
      return c.json({ user: presentUser(user) });
    })
    .post("/auth/logout", async (c) => {
      const session = c.get("session");
      if (session) {
        await invalidateSession(db, session.sessionId);
        deps.rooms.endSession(session.sessionId);
      }
      clearSessionCookie(c);
      return c.json({ ok: true });
    })
    .get("/me", (c) => {
      const { user } = requireSession(c);
      return c.json({ user: presentUser(user) });
    });
}
