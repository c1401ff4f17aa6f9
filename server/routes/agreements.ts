import { zValidator } from "@hono/zod-validator";
import { and, asc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { agreements, forums, memberships } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { requireSession } from "../auth/middleware.js";
import { policy } from "../auth/policies.js";
import type { AppDeps, AppEnv } from "../context.js";
import { forbidden, notFound } from "../errors.js";
import { meetingPlan } from "../queries/meetingPlan.js";
import { yearWheelSvg } from "../render/yearWheel.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const agreementBody = z.object({
  name: z.string().trim().min(1, "Angiv aftalens navn.").max(200),
  reviewMonth: z.number().int().min(1, "Måneden skal være 1-12.").max(12, "Måneden skal være 1-12."),
  needsRevision: z.boolean().default(false),
});

/** The årshjul: a forum's collaboration agreements, when each is reviewed, and the wheel drawn. */
export function agreementRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const seat = async (userId: string, forumId: string) => {
    const [row] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.forumId, forumId), eq(memberships.userId, userId)));
    if (!row) throw notFound("Forummet");
    return row.role;
  };
  const requireEditor = async (userId: string, forumId: string) => {
    if (!policy.canEdit(await seat(userId, forumId))) throw forbidden("Kun formandskab og sekretariat kan ændre årshjulet.");
  };

  return new Hono<AppEnv>()
    .get("/forums/:id/agreements", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      await seat(user.id, c.req.valid("param").id);
      const rows = await db.select().from(agreements).where(eq(agreements.forumId, c.req.valid("param").id)).orderBy(asc(agreements.reviewMonth), asc(agreements.name));
      return c.json({ agreements: rows });
    })
    .post("/forums/:id/agreements", zValidator("param", idParam, validationHook), zValidator("json", agreementBody, validationHook), async (c) => {
      const { user } = requireSession(c);
      await requireEditor(user.id, c.req.valid("param").id);
      const [row] = await db.insert(agreements).values({ forumId: c.req.valid("param").id, ...c.req.valid("json") }).returning();
      return c.json({ agreement: row }, 201);
    })
    .patch("/agreements/:id", zValidator("param", idParam, validationHook), zValidator("json", agreementBody.partial(), validationHook), async (c) => {
      const { user } = requireSession(c);
      const [row] = await db.select().from(agreements).where(eq(agreements.id, c.req.valid("param").id));
      if (!row) throw notFound("Aftalen");
      await requireEditor(user.id, row.forumId);
      const [updated] = await db.update(agreements).set(c.req.valid("json")).where(eq(agreements.id, row.id)).returning();
      return c.json({ agreement: updated });
    })
    .delete("/agreements/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const [row] = await db.select().from(agreements).where(eq(agreements.id, c.req.valid("param").id));
      if (!row) throw notFound("Aftalen");
      await requireEditor(user.id, row.forumId);
      await db.delete(agreements).where(eq(agreements.id, row.id));
      return c.json({ ok: true });
    })
    .get("/forums/:id/aarshjul.svg", zValidator("param", idParam, validationHook), zValidator("query", z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumId = c.req.valid("param").id;
      await seat(user.id, forumId);
      const year = c.req.valid("query").year ?? Number(copenhagenDate(new Date()).slice(0, 4));
      const [forum] = await db.select({ name: forums.name }).from(forums).where(eq(forums.id, forumId));
      const plan = await meetingPlan(db, user.id, { year, forumId });
      const list = await db.select().from(agreements).where(eq(agreements.forumId, forumId));
      return c.body(yearWheelSvg({ forumName: forum.name, year, meetings: plan, agreements: list }), 200, { "content-type": "image/svg+xml; charset=utf-8" });
    });
}
