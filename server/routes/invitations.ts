import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { setSessionCookie } from "../auth/middleware.js";
import { createSession, generateSessionToken } from "../auth/session.js";
import { acceptInvitation, findInvitation } from "../commands/invitations.js";
import type { AppDeps, AppEnv } from "../context.js";
import { validationHook } from "./validation.js";

const tokenParam = z.object({ token: z.string().regex(/^[a-z2-7]{52}$/, "Linket er ugyldigt.") });
const acceptBody = z.object({
  name: z.string().trim().min(1, "Angiv dit navn.").max(200),
  password: z.string().min(10, "Adgangskoden skal være mindst 10 tegn.").max(1024),
});

/** The invitation link: what it is for, and accepting it (creates the account and logs in). */
export function invitationRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/invitations/:token", zValidator("param", tokenParam, validationHook), async (c) => {
      const { invitation, forumName } = await findInvitation(db, c.req.valid("param").token);
      return c.json({ invitation: { email: invitation.email, name: invitation.name, forumName, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() } });
    })
    .post("/invitations/:token/accept", zValidator("param", tokenParam, validationHook), zValidator("json", acceptBody, validationHook), async (c) => {
      const userId = await acceptInvitation(db, c.req.valid("param").token, c.req.valid("json"));
      const token = generateSessionToken();
      const { expiresAt } = await createSession(db, token, userId);
      setSessionCookie(c, deps, token, expiresAt);
      return c.json({ ok: true }, 201);
    });
}
