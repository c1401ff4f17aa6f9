import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.js";
import { noteAccess, noteForum, noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { acceptEscalation, closeEscalation, forwardEscalation, rejectEscalation } from "../commands/escalationHandling.js";
import type { AppDeps, AppEnv } from "../context.js";
import { inboxOf, sentBy, sentFromMeeting } from "../queries/escalationList.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const keyParams = z.object({ documentId: z.string().uuid(), blockId: z.string().min(1).max(100) });
const reason = z.string().trim().min(1, "Angiv en begrundelse.").max(2000);

// An escalation is logged against the meeting it was sent from (its document).
function noteEscalation(c: Context, detail: string): void {
  const { documentId, blockId } = c.req.param();
  noteAccess(c, { action: "change", subject: "escalation", subjectId: `${documentId}/${blockId}`, documentId, detail });
}

/** Escalations both ways: a forum's inbox, what it sent, and the handling of each. */
export function escalationRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/forums/:id/inbox", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      await authorize(db, user, "forum.read", { forumId: id });
      noteForum(c, "read", id, "Forummets indbakke");
      return c.json({ escalations: await inboxOf(db, id) });
    })
    .get("/forums/:id/escalations", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      await authorize(db, user, "forum.read", { forumId: id });
      noteForum(c, "read", id, "Forummets sendte eskaleringer");
      return c.json({ escalations: await sentBy(db, id) });
    })
    .get("/meetings/:id/escalations", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", access, "Mødets eskaleringer");
      return c.json({ escalations: await sentFromMeeting(db, access.meeting.id) });
    })
    .post(
      "/escalations/:documentId/:blockId/accept",
      zValidator("param", keyParams, validationHook),
      zValidator("json", z.object({ meetingId: z.string().uuid() }), validationHook),
      async (c) => {
        const { user } = requireSession(c);
        const result = await acceptEscalation(db, deps.rooms, deps.logger, user.id, c.req.valid("param"), c.req.valid("json").meetingId);
        noteEscalation(c, "Optog eskaleringen på en dagsorden");
        return c.json(result);
      },
    )
    .post("/escalations/:documentId/:blockId/reject", zValidator("param", keyParams, validationHook), zValidator("json", z.object({ reason }), validationHook), async (c) => {
      const { user } = requireSession(c);
      await rejectEscalation(db, user.id, c.req.valid("param"), c.req.valid("json").reason);
      noteEscalation(c, "Afviste eskaleringen");
      return c.json({ ok: true });
    })
    .post(
      "/escalations/:documentId/:blockId/forward",
      zValidator("param", keyParams, validationHook),
      zValidator("json", z.object({ forumId: z.string().uuid(), reason: reason.optional() }), validationHook),
      async (c) => {
        const { user } = requireSession(c);
        const { forumId, reason: why } = c.req.valid("json");
        await forwardEscalation(db, user.id, c.req.valid("param"), forumId, why);
        noteEscalation(c, "Videresendte eskaleringen");
        return c.json({ ok: true });
      },
    )
    .post("/escalations/:documentId/:blockId/close", zValidator("param", keyParams, validationHook), zValidator("json", z.object({ outcome: reason }), validationHook), async (c) => {
      const { user } = requireSession(c);
      await closeEscalation(db, user.id, c.req.valid("param"), c.req.valid("json").outcome);
      noteEscalation(c, "Afsluttede eskaleringen");
      return c.json({ ok: true });
    });
}
