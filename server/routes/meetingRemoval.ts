import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { requireSession } from "../auth/middleware.js";
import { ownOrigin } from "../auth/origin.js";
import { meetingAccess, policy } from "../auth/policies.js";
import { notifyCancellation } from "../commands/meetingNotifications.js";
import { cancelMeeting, deleteMeeting } from "../commands/meetingRemoval.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { presentMeeting } from "../presenters/meeting.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const cancellation = z.object({ reason: z.string().trim().min(1, "Skriv hvorfor mødet aflyses.").max(2000) });

/** Calling a meeting off: cancelling it with a reason (members are told), or deleting one nobody has heard of yet. */
export function meetingRemovalRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const accessOr404 = async (userId: string, meetingId: string) => {
    const access = await meetingAccess(db, userId, meetingId);
    if (!access) throw notFound("Mødet");
    return access;
  };

  return new Hono<AppEnv>()
    .post("/meetings/:id/cancellation", zValidator("param", idParam, validationHook), zValidator("json", cancellation, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { role, documentId } = await accessOr404(user.id, id);
      const { reason } = c.req.valid("json");
      const origin = ownOrigin(c, deps.env);
      await cancelMeeting(db, id, role, reason, (tx) => notifyCancellation(tx, id, reason, origin));
      // The document is read-only from now on: open editors reconnect and come back read-only.
      deps.rooms.closeDocument(documentId);
      const after = await accessOr404(user.id, id);
      return c.json({ meeting: presentMeeting({ ...after, canEdit: policy.canEdit(after.role) }) });
    })
    .delete("/meetings/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { role, documentId } = await accessOr404(user.id, id);
      await deleteMeeting(db, id, role);
      // Open editors reconnect and are refused: the document is gone.
      deps.rooms.reconnectAll(documentId);
      return c.body(null, 204);
    });
}
