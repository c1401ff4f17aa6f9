import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { forumLadder } from "../commands/forumLadder.js";
import type { AppDeps, AppEnv } from "../context.js";
import { forumPeople } from "../queries/forumMembers.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });

/** What the editor needs around a meeting: the forum ladder for escalations, people and organisations for owners. */
export function meetingContextRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>().get("/meetings/:id/context", zValidator("param", idParam, validationHook), async (c) => {
    const { user } = requireSession(c);
    const access = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
    noteMeeting(c, "read", access, "Mødets sammenhæng");
    const forumId = access.meeting.forumId;
    const members = await forumPeople(db, forumId);
    const orgs = new Map(members.filter((m) => m.organisationId).map((m) => [m.organisationId!, { id: m.organisationId!, name: m.organisation! }]));
    return c.json({
      forum: { id: forumId, name: access.forumName },
      ladder: await forumLadder(db, forumId),
      members,
      organisations: [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, "da")),
    });
  });
}
