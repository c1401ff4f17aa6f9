import { zValidator } from "@hono/zod-validator";
import { and, asc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { actionItemEvents, users } from "../../db/schema/index.js";
import { ACTION_STATUSES } from "../../shared/editor/vocabulary.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess } from "../auth/policies.js";
import { changeActionItemStatus } from "../commands/actionItemStatus.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { actionItemsCsv } from "../presenters/actionItemCsv.js";
import { listActionItems } from "../queries/actionItemList.js";
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
      return c.body(actionItemsCsv(await list(c, user)), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="aktionspunkter.csv"',
      });
    })
    .get("/meetings/:id/carry-over", zValidator("param", z.object({ id: z.string().uuid() }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const access = await meetingAccess(db, user.id, c.req.valid("param").id);
      if (!access) throw notFound("Mødet");
      const { forumId, startsAt } = access.meeting;
      return c.json({ actionItems: await listActionItems(db, user, { scope: "forum", forumId, statuses: ["åben", "i gang"], decidedBefore: startsAt }) });
    })
    .patch("/action-items/:documentId/:blockId", zValidator("param", blockParams, validationHook), zValidator("json", statusBody, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { documentId, blockId } = c.req.valid("param");
      const { status, comment } = c.req.valid("json");
      await changeActionItemStatus(db, deps.rooms, user.id, { documentId, blockId, status, comment });
      const item = (await listActionItems(db, user, { scope: "all" })).find((a) => a.documentId === documentId && a.id === blockId);
      return c.json({ actionItem: item });
    })
    .get("/action-items/:documentId/:blockId/history", zValidator("param", blockParams, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { documentId, blockId } = c.req.valid("param");
      const visible = (await listActionItems(db, user, { scope: "all" })).some((a) => a.documentId === documentId && a.id === blockId);
      if (!visible) throw notFound("Aktionspunktet");
      const events = await db
        .select({ status: actionItemEvents.status, comment: actionItemEvents.comment, source: actionItemEvents.source, at: actionItemEvents.createdAt, by: users.name })
        .from(actionItemEvents)
        .leftJoin(users, eq(users.id, actionItemEvents.changedBy))
        .where(and(eq(actionItemEvents.documentId, documentId), eq(actionItemEvents.blockId, blockId)))
        .orderBy(asc(actionItemEvents.id));
      return c.json({ history: events.map((e) => ({ ...e, at: e.at.toISOString() })) });
    });
}
