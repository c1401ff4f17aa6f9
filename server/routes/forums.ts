import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.js";
import { requireSession } from "../auth/middleware.js";
import { can } from "../auth/roles.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { organisationsNear } from "../queries/administration.js";
import { forumsOf } from "../queries/forumMembers.js";
import { meetingOptions } from "../queries/meetingLeadership.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });

/** The forums the user has a seat in, the organisations of their region (what the dashboard filters by), and what a new meeting may name. */
export function forumRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/forums", async (c) => {
      const { user } = requireSession(c);
      const rows = await forumsOf(db, user.id);
      return c.json({ forums: rows.map((r) => ({ ...r, canEdit: can(r.role, "meeting.create") })) });
    })
    .get("/forums/:id/meeting-options", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumId = c.req.valid("param").id;
      // Those who plan the forum's meetings choose the host, the mødeleder and a joint forum.
      await authorize(db, user, "meeting.create", { forumId });
      const options = await meetingOptions(db, forumId);
      if (!options) throw notFound("Forummet");
      return c.json(options);
    })
    .get("/organisations", async (c) => {
      const { user } = requireSession(c);
      return c.json({ organisations: await organisationsNear(db, user.id) });
    });
}
