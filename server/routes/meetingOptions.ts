import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { noteForum, noteMeeting } from "../audit/accessTrail.js";
import { authorize } from "../auth/authorize.js";
import { requireSession } from "../auth/middleware.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { meetingOptions } from "../queries/meetingLeadership.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });

/**
 * What a meeting may name as host, mødeleder and joint forum: for a new
 * meeting of a forum (its planners), and for a meeting's heading (its editors,
 * the joint forum's included).
 */
export function meetingOptionRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const answer = async (forumId: string) => {
    const options = await meetingOptions(db, forumId);
    if (!options) throw notFound("Forummet");
    return options;
  };
  return new Hono<AppEnv>()
    .get("/forums/:id/meeting-options", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumId = c.req.valid("param").id;
      await authorize(db, user, "meeting.create", { forumId });
      noteForum(c, "read", forumId, "Valgmuligheder for et nyt møde");
      return c.json(await answer(forumId));
    })
    .get("/meetings/:id/meeting-options", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await authorize(db, user, "meeting.edit", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", access, "Valgmuligheder for mødets vært og mødeleder");
      return c.json(await answer(access.meeting.forumId));
    });
}
