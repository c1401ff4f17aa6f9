import { asc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { forums, memberships } from "../../db/schema/index.js";
import { requireSession } from "../auth/middleware.js";
import { policy } from "../auth/policies.js";
import type { AppDeps, AppEnv } from "../context.js";

/** The forums the user has a seat in. */
export function forumRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>().get("/forums", async (c) => {
    const { user } = requireSession(c);
    const rows = await db
      .select({ id: forums.id, name: forums.name, kind: forums.kind, reportsToForumId: forums.reportsToForumId, role: memberships.role })
      .from(memberships)
      .innerJoin(forums, eq(forums.id, memberships.forumId))
      .where(eq(memberships.userId, user.id))
      .orderBy(asc(forums.name));
    return c.json({ forums: rows.map((r) => ({ ...r, canEdit: policy.canEdit(r.role) })) });
  });
}
