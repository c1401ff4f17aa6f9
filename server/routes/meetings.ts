import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { DanishCalendar } from "../../shared/rules/danishCalendar.js";
import { isHeld } from "../../shared/rules/heldMeeting.js";
import { meetingDateOutOfRange, meetingDateWarnings } from "../../shared/rules/meetingDates.js";
import { readableMeetings, type MeetingAccess } from "../auth/access.js";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError } from "../errors.js";
import { changeMeetingHeading } from "../commands/meetingHeading.js";
import { planMeeting } from "../commands/meetingPlanner.js";
import { requireUnlocked } from "../commands/lifecycleStep.js";
import { presentDecision, presentMeeting } from "../presenters/meeting.js";
import { meetingDecisions } from "../queries/meetingDecisions.js";
import { meetingLeadership } from "../queries/meetingLeadership.js";
import { liveRenderable } from "../queries/renderableMeeting.js";
import { sendExport } from "./exportFile.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
// Null clears a host or mødeleder; left out, it stays as it is.
const optionalId = (what: string) => z.string().uuid(`${what} skal angives med sit id.`).nullable().optional();
const heading = z.object({
  title: z.string().trim().min(1, "Mødet skal have en titel.").max(200),
  startsAt: z.iso.datetime({ offset: true, message: "Tidspunktet skal være en ISO 8601-dato med tid." }),
  place: z.string().trim().max(300),
  hostOrganisationId: optionalId("Værtsorganisationen"),
  leaderUserId: optionalId("Mødelederen"),
});
// The place defaults only for a new meeting: a change leaves every field it does not send as it was.
const newMeeting = heading.extend({ place: heading.shape.place.default(""), forumId: z.string().uuid(), jointForumId: optionalId("Forummet til fællesmødet") });

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

/** The meeting with who hosts and leads it: what its page's heading shows. */
async function meetingDetails(db: AppDeps["database"]["db"], access: MeetingAccess) {
  return { ...presentMeeting(access), ...(await meetingLeadership(db, access.meeting)) };
}

/** Meetings the user may read, and their extracted decisions. */
export function meetingRoutes(deps: AppDeps) {
  const { db } = deps.database;

  return new Hono<AppEnv>()
    .get("/meetings", async (c) => {
      const { user } = requireSession(c);
      const rows = await readableMeetings(db, user.id);
      return c.json({ meetings: rows.map(presentMeeting) });
    })
    .post("/meetings", zValidator("json", newMeeting, validationHook), async (c) => {
      const { user } = requireSession(c);
      const input = c.req.valid("json");
      await authorize(db, user, "meeting.create", { forumId: input.forumId });
      // A date in the past is allowed: forums bring their earlier meetings and minutes in.
      const startsAt = checkedDate(input.startsAt);
      const { meetingId } = await planMeeting(db, { ...input, startsAt });
      const access = await authorize(db, user, "meeting.read", { meetingId });
      noteMeeting(c, "change", access, "Oprettede mødet");
      return c.json({ meeting: await meetingDetails(db, access), warnings: dateWarnings(access) }, 201);
    })
    .get("/meetings/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", access, "Mødet");
      return c.json({ meeting: await meetingDetails(db, access) });
    })
    .patch("/meetings/:id", zValidator("param", idParam, validationHook), zValidator("json", heading.partial(), validationHook), async (c) => {
      const { user } = requireSession(c);
      const meetingId = c.req.valid("param").id;
      const access = await authorize(db, user, "meeting.edit", { meetingId });
      requireUnlocked(access.meeting.status);
      const { startsAt, ...rest } = c.req.valid("json");
      noteMeeting(c, "change", access, "Ændrede mødets oplysninger");
      await changeMeetingHeading(db, access.meeting, { ...rest, ...(startsAt ? { startsAt: checkedDate(startsAt) } : {}) });
      const after = await authorize(db, user, "meeting.read", { meetingId });
      return c.json({ meeting: await meetingDetails(db, after), warnings: dateWarnings(after) });
    })
    .get("/meetings/:id/export/:format{pdf|docx}", zValidator("param", idParam.extend({ format: z.enum(["pdf", "docx"]) }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id, format } = c.req.valid("param");
      const access = await authorize(db, user, "meeting.read", { meetingId: id });
      noteMeeting(c, "read", access, `Eksport (${format.toUpperCase()})`, "export", null);
      return sendExport(c, (await liveRenderable(db, id))!, format);
    })
    .get("/meetings/:id/decisions", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", { meeting }, "Mødets beslutninger");
      // The meeting's own people see its proposals, marked as such: the agenda is where they are prepared.
      const proposal = !isHeld(meeting.status);
      return c.json({ decisions: (await meetingDecisions(db, meeting.id)).map((d) => presentDecision({ ...d, proposal })) });
    });
}
