import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { clearSessionCookie, requireSession, setSessionCookie } from "../auth/middleware.js";
import { hashPassword, verifyPassword } from "../auth/password.js";
import { createSession, generateSessionToken, invalidateSession } from "../auth/session.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError } from "../errors.js";
import { presentUser } from "../presenters/user.js";
import { findUserByEmail } from "../queries/users.js";
import { validationHook } from "./validation.js";

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

// Verifying against a real hash when the user is unknown keeps the response
// time the same, so the login form does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

/** Login, logout and the current user. */
export function authRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .post("/auth/login", zValidator("json", loginSchema, validationHook), async (c) => {
      const { email, password } = c.req.valid("json");
      const user = await findUserByEmail(db, email);
      dummyHash ??= hashPassword("not-a-password");
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || !ok) {
        throw new AppError(401, "invalid_credentials", "Forkert e-mail eller adgangskode.");
      }
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
