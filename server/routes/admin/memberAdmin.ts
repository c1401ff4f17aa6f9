import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { membershipRole } from "../../../db/schema/index.js";
import { SECTORS } from "../../../shared/region/vocabulary.js";
import { authorize } from "../../auth/authorize.js";
import { requireSession } from "../../auth/middleware.js";
import { publicUrl } from "../../publicUrl.js";
import { seatOrInvite } from "../../commands/invitations.js";
import { changeSeat, removeMember } from "../../commands/membershipChanges.js";
import type { AppDeps, AppEnv } from "../../context.js";
import { forumRoster, pendingInvitations } from "../../queries/forumMembers.js";
import { validationHook } from "../validation.js";

const idParam = z.object({ id: z.string().uuid() });
const memberParams = z.object({ id: z.string().uuid(), userId: z.string().uuid() });
const role = z.enum(membershipRole.enumValues);
const sector = z.enum(SECTORS, { message: "Sektoren skal være kommune, region, almen praksis eller andet." }).nullable().optional();
const seatBody = z
  .object({
    email: z.string().trim().toLowerCase().email("Angiv en gyldig e-mail."),
    name: z.string().trim().min(1, "Angiv personens navn.").max(200),
    role,
    organisationId: z.string().uuid().nullable().optional(),
    sector,
  })
  .strict();
const seatChange = z.object({ role, sector }).strict();

/** Who sits in a forum: list, seat or invite, change role and sector, remove. The forum's administrators only. */
export function memberAdminRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/admin/forums/:id/members", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await authorize(db, user, "forum.admin", { forumId: c.req.valid("param").id });
      return c.json({ members: await forumRoster(db, forum.id), invitations: await pendingInvitations(db, forum.id) });
    })
    .post("/admin/forums/:id/members", zValidator("param", idParam, validationHook), zValidator("json", seatBody, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await authorize(db, user, "forum.admin", { forumId: c.req.valid("param").id });
      const result = await seatOrInvite(db, user.id, forum, c.req.valid("json"), publicUrl(deps.env));
      // The link is shown only when no mail server would deliver it.
      return c.json({ invited: result.invited, link: deps.env.SMTP_URL ? undefined : result.link }, result.invited ? 202 : 201);
    })
    .patch("/admin/forums/:id/members/:userId", zValidator("param", memberParams, validationHook), zValidator("json", seatChange, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, userId } = c.req.valid("param");
      await authorize(db, user, "forum.admin", { forumId: id });
      await changeSeat(db, id, userId, c.req.valid("json"));
      deps.rooms.reconnectUser(userId);
      return c.json({ ok: true });
    })
    .delete("/admin/forums/:id/members/:userId", zValidator("param", memberParams, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, userId } = c.req.valid("param");
      await authorize(db, user, "forum.admin", { forumId: id });
      await removeMember(db, id, userId);
      deps.rooms.reconnectUser(userId);
      return c.json({ ok: true });
    });
}
