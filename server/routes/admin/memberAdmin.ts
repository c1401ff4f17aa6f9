import { zValidator } from "@hono/zod-validator";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { invitations, membershipRole, memberships, organisations, users } from "../../../db/schema/index.js";
import { requireForumAdmin } from "../../auth/adminPolicy.js";
import { requireSession } from "../../auth/middleware.js";
import { ownOrigin } from "../../auth/origin.js";
import { seatOrInvite } from "../../commands/invitations.js";
import type { AppDeps, AppEnv } from "../../context.js";
import { notFound } from "../../errors.js";
import { validationHook } from "../validation.js";

const idParam = z.object({ id: z.string().uuid() });
const memberParams = z.object({ id: z.string().uuid(), userId: z.string().uuid() });
const seatBody = z.object({
  email: z.string().trim().toLowerCase().email("Angiv en gyldig e-mail."),
  name: z.string().trim().min(1, "Angiv personens navn.").max(200),
  role: z.enum(membershipRole.enumValues),
  organisationId: z.string().uuid().nullable().optional(),
});

/** Who sits in a forum: list, seat or invite, change role, remove. Cluster admins only. */
export function memberAdminRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/admin/forums/:id/members", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await requireForumAdmin(db, user.id, c.req.valid("param").id);
      const members = await db
        .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, organisation: organisations.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.forumId, forum.id))
        .orderBy(asc(users.name));
      const pending = await db
        .select({ id: invitations.id, email: invitations.email, name: invitations.name, role: invitations.role, expiresAt: invitations.expiresAt })
        .from(invitations)
        .where(and(eq(invitations.forumId, forum.id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
      return c.json({ members, invitations: pending.map((p) => ({ ...p, expiresAt: p.expiresAt.toISOString() })) });
    })
    .post("/admin/forums/:id/members", zValidator("param", idParam, validationHook), zValidator("json", seatBody, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await requireForumAdmin(db, user.id, c.req.valid("param").id);
      const result = await seatOrInvite(db, user.id, { forumId: forum.id, ...c.req.valid("json") }, ownOrigin(c, deps.env));
      // The link is shown only when no mail server would deliver it.
      return c.json({ invited: result.invited, link: deps.env.SMTP_URL ? undefined : result.link }, result.invited ? 202 : 201);
    })
    .patch("/admin/forums/:id/members/:userId", zValidator("param", memberParams, validationHook), zValidator("json", seatBody.pick({ role: true }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, userId } = c.req.valid("param");
      await requireForumAdmin(db, user.id, id);
      const updated = await db.update(memberships).set(c.req.valid("json")).where(and(eq(memberships.forumId, id), eq(memberships.userId, userId))).returning();
      if (updated.length === 0) throw notFound("Medlemmet");
      deps.rooms.reconnectUser(userId);
      return c.json({ ok: true });
    })
    .delete("/admin/forums/:id/members/:userId", zValidator("param", memberParams, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, userId } = c.req.valid("param");
      await requireForumAdmin(db, user.id, id);
      const removed = await db.delete(memberships).where(and(eq(memberships.forumId, id), eq(memberships.userId, userId))).returning();
      if (removed.length === 0) throw notFound("Medlemmet");
      deps.rooms.reconnectUser(userId);
      return c.json({ ok: true });
    });
}
