import { zValidator } from "@hono/zod-validator";
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { Hono } from "hono";
import { z } from "zod";
import { agendaItems, decisions, documents, forums, meetings, memberships } from "../../db/schema/index.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess, policy } from "../auth/policies.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { presentDecision, presentMeeting } from "../presenters/meeting.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });

/** Meetings the user may read, and their extracted decisions. */
export function meetingRoutes(deps: AppDeps) {
  const { db } = deps.database;

  const accessOr404 = async (userId: string, meetingId: string) => {
    const access = await meetingAccess(db, userId, meetingId);
    if (!access) throw notFound("Mødet");
    return access;
  };

  return new Hono<AppEnv>()
    .get("/meetings", async (c) => {
      const { user } = requireSession(c);
      const rows = await db
        .select({ meeting: meetings, forumName: forums.name, documentId: documents.id, role: memberships.role })
        .from(meetings)
        .innerJoin(forums, eq(forums.id, meetings.forumId))
        .innerJoin(documents, eq(documents.meetingId, meetings.id))
        .innerJoin(memberships, and(eq(memberships.forumId, meetings.forumId), eq(memberships.userId, user.id)))
        .orderBy(asc(meetings.startsAt));
      return c.json({ meetings: rows.map((r) => presentMeeting({ ...r, canEdit: policy.canEdit(r.role) })) });
    })
    .get("/meetings/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await accessOr404(user.id, c.req.valid("param").id);
      return c.json({ meeting: presentMeeting({ ...access, canEdit: policy.canEdit(access.role) }) });
    })
    .get("/meetings/:id/decisions", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await accessOr404(user.id, c.req.valid("param").id);
      const item = alias(agendaItems, "item");
      const rows = await db
        .select({ decision: decisions, agendaItemNumber: item.number, agendaItemTitle: item.title })
        .from(decisions)
        .leftJoin(item, and(eq(item.documentId, decisions.documentId), eq(item.id, decisions.agendaItemId)))
        .where(and(eq(decisions.meetingId, meeting.id), isNull(decisions.removedAt)))
        .orderBy(asc(decisions.position));
      return c.json({
        decisions: rows.map((r) => presentDecision({ ...r.decision, agendaItemNumber: r.agendaItemNumber, agendaItemTitle: r.agendaItemTitle })),
      });
    });
}
