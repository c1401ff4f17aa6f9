import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { ACTION_STATUSES } from "../../shared/editor/vocabulary.js";
import { authorize } from "../auth/authorize.js";
import { noteAccess, noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { changeActionItemStatus } from "../commands/actionItemStatus.js";
import type { AppDeps, AppEnv } from "../context.js";
import { actionItemsCsv } from "../presenters/actionItemCsv.js";
import { actionItemHistory } from "../queries/actionItemHistory.js";
import { findActionItem, listActionItems } from "../queries/actionItemList.js";
import { validationHook } from "./validation.js";

const statusSchema = z.enum(ACTION_STATUSES, { message: `Ukendt status. Brug en af: ${ACTION_STATUSES.join(", ")}.` });
const listQuery = z.object({
  scope: z.enum(["mine", "forum", "organisation", "all"]).default("all"),
  forumId: z.string().uuid().optional(),
  organisationId: z.string().uuid().optional(),
  status: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",") : []))
    .pipe(z.array(statusSchema)),
});
const blockParams = z.object({ documentId: z.string().uuid(), blockId: z.string().min(1).max(100) });
const statusBody = z.object({ status: statusSchema, comment: z.string().trim().max(2000).optional() });

/** The follow-up dashboard's data: action items, their status changes and CSV export. */
export function actionItemRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const list = (c: { req: { valid: (t: "query") => z.infer<typeof listQuery> } }, user: { id: string; organisationId: string | null }) => {
    const q = c.req.valid("query");
    return listActionItems(db, user, { scope: q.scope, forumId: q.forumId, organisationId: q.organisationId ?? user.organisationId ?? undefined, statuses: q.status });
  };

  return new Hono<AppEnv>()
    .get("/action-items", zValidator("query", listQuery, validationHook), async (c) => {
      const { user } = requireSession(c);
      return c.json({ actionItems: await list(c, user) });
    })
    .get("/action-items.csv", zValidator("query", listQuery, validationHook), async (c) => {
      const { user } = requireSession(c);
      noteAccess(c, { action: "read", subject: "export", detail: "Aktionspunkter (CSV)" });
      return c.body(actionItemsCsv(await list(c, user)), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="aktionspunkter.csv"',
      });
    })
    .get("/meetings/:id/carry-over", zValidator("param", z.object({ id: z.string().uuid() }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await authorize(db, user, "meeting.read", { meetingId: c.req.valid("param").id });
      noteMeeting(c, "read", access, "Opfølgning fra tidligere møder");
      const { forumId, startsAt } = access.meeting;
      return c.json({ actionItems: await listActionItems(db, user, { scope: "forum", forumId, statuses: ["åben", "i gang"], decidedBefore: startsAt }) });
    })
    .patch("/action-items/:documentId/:blockId", zValidator("param", blockParams, validationHook), zValidator("json", statusBody, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { documentId, blockId } = c.req.valid("param");
      const { status, comment } = c.req.valid("json");
      await changeActionItemStatus(db, deps.rooms, user.id, { documentId, blockId, status, comment });
      noteAccess(c, { action: "change", subject: "actionItem", subjectId: `${documentId}/${blockId}`, documentId, detail: `Ændrede aktionspunktets status til »${status}«` });
      return c.json({ actionItem: await findActionItem(db, user.id, { documentId, blockId }) });
    })
    .get("/action-items/:documentId/:blockId/history", zValidator("param", blockParams, validationHook), async (c) => {
      const { user } = requireSession(c);
      const key = c.req.valid("param");
      const item = await authorize(db, user, "actionItem.read", key);
      noteAccess(c, { action: "read", subject: "actionItem", subjectId: `${key.documentId}/${key.blockId}`, meetingId: item.meeting.id, forumId: item.forum.id, detail: "Aktionspunktets historik" });
      return c.json({ history: await actionItemHistory(db, key) });
    });
}
