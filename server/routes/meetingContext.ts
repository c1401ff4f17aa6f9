import { zValidator } from "@hono/zod-validator";
import { asc, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { memberships, organisations, users } from "../../db/schema/index.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess } from "../auth/policies.js";
import { forumLadder } from "../commands/forumLadder.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });

/** What the editor needs around a meeting: the forum ladder for escalations, people and organisations for owners. */
export function meetingContextRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>().get("/meetings/:id/context", zValidator("param", idParam, validationHook), async (c) => {
    const { user } = requireSession(c);
    const access = await meetingAccess(db, user.id, c.req.valid("param").id);
    if (!access) throw notFound("Mødet");
    const forumId = access.meeting.forumId;
    const members = await db
      .select({ userId: users.id, name: users.name, role: memberships.role, organisationId: organisations.id, organisation: organisations.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(organisations, eq(organisations.id, sql`coalesce(${memberships.organisationId}, ${users.organisationId})`))
      .where(eq(memberships.forumId, forumId))
      .orderBy(asc(users.name));
    const orgs = new Map(members.filter((m) => m.organisationId).map((m) => [m.organisationId!, { id: m.organisationId!, name: m.organisation! }]));
    return c.json({
      forum: { id: forumId, name: access.forumName },
      ladder: await forumLadder(db, forumId),
      members,
      organisations: [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, "da")),
    });
  });
}
