import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { requireSession, setSessionCookie } from "../auth/middleware.js";
import { createSession, generateSessionToken } from "../auth/session.js";
import { acceptAsNewcomer, acceptAsUser } from "../commands/invitationAcceptance.js";
import { findInvitation } from "../commands/invitations.js";
import type { AppDeps, AppEnv } from "../context.js";
import { validationHook } from "./validation.js";

const tokenParam = z.object({ token: z.string().regex(/^[a-z2-7]{52}$/, "Linket er ugyldigt.") });
// A name and a password create the account; without them the logged-in user accepts.
const acceptBody = z
  .object({
    name: z.string().trim().min(1, "Angiv dit navn.").max(200),
    password: z.string().min(10, "Adgangskoden skal være mindst 10 tegn.").max(1024),
  })
  .partial()
  .strict()
  .refine((body) => (body.name === undefined) === (body.password === undefined), "Angiv både dit navn og en adgangskode.");

/**
 * The invitation link: what it is for, and accepting it, either as a
 * newcomer (creates the account and logs in) or as the logged-in user the
 * invitation was sent to. What it shows is the same whether or not the
 * e-mail has an account.
 */
export function invitationRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/invitations/:token", zValidator("param", tokenParam, validationHook), async (c) => {
      const { invitation, forumName } = await findInvitation(db, c.req.valid("param").token);
      return c.json({ invitation: { email: invitation.email, name: invitation.name, forumName, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() } });
    })
    .post("/invitations/:token/accept", zValidator("param", tokenParam, validationHook), zValidator("json", acceptBody, validationHook), async (c) => {
      const { token } = c.req.valid("param");
      const { name, password } = c.req.valid("json");
      if (name === undefined || password === undefined) {
        await acceptAsUser(db, token, requireSession(c).user);
        return c.json({ ok: true }, 201);
      }
      const userId = await acceptAsNewcomer(db, token, { name, password });
      const session = generateSessionToken();
      const { expiresAt } = await createSession(db, session, userId);
      setSessionCookie(c, deps, session, expiresAt);
      return c.json({ ok: true }, 201);
    });
}
