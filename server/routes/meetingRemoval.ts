import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { publicUrl } from "../publicUrl.js";
import { notifyCancellation } from "../commands/meetingNotifications.js";
import { cancelMeeting, deleteMeeting } from "../commands/meetingRemoval.js";
import type { AppDeps, AppEnv } from "../context.js";
import { presentMeeting } from "../presenters/meeting.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const cancellation = z.object({ reason: z.string().trim().min(1, "Skriv hvorfor mødet aflyses.").max(2000) });

/** Calling a meeting off: cancelling it with a reason (members are told), or deleting one nobody has heard of yet. */
export function meetingRemovalRoutes(deps: AppDeps) {
  const { db } = deps.database;

  return new Hono<AppEnv>()
    .post("/meetings/:id/cancellation", zValidator("param", idParam, validationHook), zValidator("json", cancellation, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const access = await authorize(db, user, "meeting.cancel", { meetingId: id });
      noteMeeting(c, "change", access, "Aflyste mødet");
      const { documentId } = access;
      const { reason } = c.req.valid("json");
      const origin = publicUrl(deps.env);
      await cancelMeeting(db, id, reason, (tx) => notifyCancellation(tx, id, reason, origin));
      // The document is read-only from now on: open editors reconnect and come back read-only.
      deps.rooms.closeDocument(documentId);
      return c.json({ meeting: presentMeeting(await authorize(db, user, "meeting.read", { meetingId: id })) });
    })
    .delete("/meetings/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const access = await authorize(db, user, "meeting.delete", { meetingId: id });
      noteMeeting(c, "change", access, `Slettede mødet »${access.meeting.title}«`);
      const { documentId } = access;
      await deleteMeeting(db, id);
      // Open editors reconnect and are refused: the document is gone.
      deps.rooms.reconnectAll(documentId);
      return c.body(null, 204);
    });
}
