import { zValidator } from "@hono/zod-validator";
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { Hono } from "hono";
import { z } from "zod";
import { agendaItems, decisions, meetings, memberships } from "../../db/schema/index.js";
import { DanishCalendar } from "../../shared/rules/danishCalendar.js";
import { isHeld } from "../../shared/rules/heldMeeting.js";
import { meetingDateOutOfRange, meetingDateWarnings } from "../../shared/rules/meetingDates.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess, policy, readableMeetings, type MeetingAccess } from "../auth/policies.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError, forbidden, notFound } from "../errors.js";
import { planMeeting } from "../commands/meetingPlanner.js";
import { requireUnlocked } from "../commands/lifecycleStep.js";
import { presentDecision, presentMeeting } from "../presenters/meeting.js";
import { liveRenderable } from "../queries/renderableMeeting.js";
import { sendExport } from "./exportFile.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const newMeeting = z.object({
  forumId: z.string().uuid(),
  title: z.string().trim().min(1, "Mødet skal have en titel.").max(200),
  startsAt: z.iso.datetime({ offset: true, message: "Tidspunktet skal være en ISO 8601-dato med tid." }),
  place: z.string().trim().max(300).default(""),
});

/** The instant of a valid ISO date-time, refused unless a meeting may start then. */
function checkedDate(iso: string): Date {
  const startsAt = new Date(iso);
  const problem = meetingDateOutOfRange(startsAt, new Date());
  if (problem) throw new AppError(400, "date_out_of_range", problem);
  return startsAt;
}

/** Holidays and days off the meeting falls on: told, not refused. */
function dateWarnings(access: MeetingAccess) {
  return meetingDateWarnings(access.meeting.startsAt, new DanishCalendar(access.extraDaysOff));
}

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
      const rows = await readableMeetings(db, user.id);
      return c.json({ meetings: rows.map((r) => presentMeeting({ ...r, canEdit: policy.canEdit(r.role) })) });
    })
    .post("/meetings", zValidator("json", newMeeting, validationHook), async (c) => {
      const { user } = requireSession(c);
      const input = c.req.valid("json");
      const [membership] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.forumId, input.forumId), eq(memberships.userId, user.id)));
      if (!membership) throw notFound("Forummet");
      if (!policy.canEdit(membership.role)) throw forbidden("Kun formandskab og sekretariat kan oprette møder.");
      // A date in the past is allowed: forums bring their earlier meetings and minutes in.
      const startsAt = checkedDate(input.startsAt);
      const { meetingId } = await planMeeting(db, { ...input, startsAt });
      const access = (await meetingAccess(db, user.id, meetingId))!;
      return c.json({ meeting: presentMeeting({ ...access, canEdit: true }), warnings: dateWarnings(access) }, 201);
    })
    .get("/meetings/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await accessOr404(user.id, c.req.valid("param").id);
      return c.json({ meeting: presentMeeting({ ...access, canEdit: policy.canEdit(access.role) }) });
    })
    .patch("/meetings/:id", zValidator("param", idParam, validationHook), zValidator("json", newMeeting.omit({ forumId: true }).partial(), validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await accessOr404(user.id, c.req.valid("param").id);
      if (!policy.canEdit(access.role)) throw forbidden("Kun formandskab og sekretariat kan flytte eller omdøbe møder.");
      requireUnlocked(access.meeting.status);
      const { startsAt, ...rest } = c.req.valid("json");
      const moveTo = startsAt ? checkedDate(startsAt) : undefined;
      await db.update(meetings).set({ ...rest, ...(moveTo ? { startsAt: moveTo } : {}), updatedAt: new Date() }).where(eq(meetings.id, access.meeting.id));
      const after = await accessOr404(user.id, access.meeting.id);
      return c.json({ meeting: presentMeeting({ ...after, canEdit: true }), warnings: dateWarnings(after) });
    })
    .get("/meetings/:id/export/:format{pdf|docx}", zValidator("param", idParam.extend({ format: z.enum(["pdf", "docx"]) }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, format } = c.req.valid("param");
      await accessOr404(user.id, id);
      return sendExport(c, (await liveRenderable(db, id))!, format);
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
      // The meeting's own people see its proposals, marked as such: the agenda is where they are prepared.
      const proposal = !isHeld(meeting.status);
      return c.json({
        decisions: rows.map((r) => presentDecision({ ...r.decision, agendaItemNumber: r.agendaItemNumber, agendaItemTitle: r.agendaItemTitle, proposal })),
      });
    });
}
