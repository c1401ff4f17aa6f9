import { Hono } from "hono";
import { requireSession } from "../auth/middleware.js";
import { can } from "../auth/roles.js";
import type { AppDeps, AppEnv } from "../context.js";
import { organisationsNear } from "../queries/administration.js";
import { forumsOf } from "../queries/forumMembers.js";

/** The forums the user has a seat in, and the organisations of their region (what the dashboard filters by). */
export function forumRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/forums", async (c) => {
      const { user } = requireSession(c);
      const rows = await forumsOf(db, user.id);
      return c.json({ forums: rows.map((r) => ({ ...r, canEdit: can(r.role, "meeting.create") })) });
    })
    .get("/organisations", async (c) => {
      const { user } = requireSession(c);
      return c.json({ organisations: await organisationsNear(db, user.id) });
    });
}
