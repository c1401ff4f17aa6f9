import { zValidator } from "@hono/zod-validator";
import { asc, eq, inArray } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { clusterAdmins, clusters, forumKind, forums, organisations } from "../../../db/schema/index.js";
import { requireClusterAdmin, requireForumAdmin } from "../../auth/adminPolicy.js";
import { requireSession } from "../../auth/middleware.js";
import type { AppDeps, AppEnv } from "../../context.js";
import { AppError } from "../../errors.js";
import { forumRulesSchema } from "../../../shared/rules/kommissorium.js";
import { standingItemSchema } from "../../../shared/rules/standingItems.js";
import { wouldCreateLoop } from "../../../shared/rules/forumHierarchy.js";
import type { Db } from "../../../db/client.js";
import { validationHook } from "../validation.js";

const idParam = z.object({ id: z.string().uuid() });
const forumFields = z.object({
  name: z.string().trim().min(1, "Forummet skal have et navn.").max(200),
  kind: z.enum(forumKind.enumValues),
  reportsToForumId: z.string().uuid().nullable().default(null),
  regionWide: z.boolean().default(false),
  rules: forumRulesSchema.optional(),
  standingItems: z.array(standingItemSchema).max(20).optional(),
});
const clusterFields = z.object({
  extraDaysOff: z.object({ grundlovsdag: z.boolean(), juleaftensdag: z.boolean(), nytaarsaftensdag: z.boolean() }),
});

async function checkParent(db: Db, clusterId: string, forumId: string, parentId: string | null) {
  if (!parentId) return;
  const siblings = await db.select({ id: forums.id, clusterId: forums.clusterId, reportsToForumId: forums.reportsToForumId }).from(forums).where(eq(forums.clusterId, clusterId));
  if (!siblings.some((f) => f.id === parentId)) throw new AppError(400, "outside_ladder", "Forummet kan kun referere til et forum i samme klynge.");
  if (wouldCreateLoop(siblings, forumId, parentId)) throw new AppError(400, "reporting_loop", "Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora.");
}

/** Cluster administration: the clusters a user runs, their forums, rules and organisations. */
export function forumAdminRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/admin/clusters", async (c) => {
      const { user } = requireSession(c);
      const mine = await db.select({ id: clusters.id, name: clusters.name, extraDaysOff: clusters.extraDaysOff }).from(clusterAdmins).innerJoin(clusters, eq(clusters.id, clusterAdmins.clusterId)).where(eq(clusterAdmins.userId, user.id));
      const all = mine.length ? await db.select().from(forums).where(inArray(forums.clusterId, mine.map((m) => m.id))).orderBy(asc(forums.name)) : [];
      return c.json({ clusters: mine.map((cl) => ({ ...cl, forums: all.filter((f) => f.clusterId === cl.id) })) });
    })
    .patch("/admin/clusters/:id", zValidator("param", idParam, validationHook), zValidator("json", clusterFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      await requireClusterAdmin(db, user.id, c.req.valid("param").id);
      await db.update(clusters).set(c.req.valid("json")).where(eq(clusters.id, c.req.valid("param").id));
      return c.json({ ok: true });
    })
    .post("/admin/clusters/:id/forums", zValidator("param", idParam, validationHook), zValidator("json", forumFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const clusterId = c.req.valid("param").id;
      await requireClusterAdmin(db, user.id, clusterId);
      const input = c.req.valid("json");
      const id = crypto.randomUUID();
      await checkParent(db, clusterId, id, input.reportsToForumId);
      const [forum] = await db.insert(forums).values({ id, clusterId, ...input }).returning();
      return c.json({ forum }, 201);
    })
    .patch("/admin/forums/:id", zValidator("param", idParam, validationHook), zValidator("json", forumFields.partial(), validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await requireForumAdmin(db, user.id, c.req.valid("param").id);
      const input = c.req.valid("json");
      if (input.reportsToForumId !== undefined) await checkParent(db, forum.clusterId, forum.id, input.reportsToForumId);
      const [updated] = await db.update(forums).set(input).where(eq(forums.id, forum.id)).returning();
      return c.json({ forum: updated });
    })
    .get("/admin/organisations", async (c) => {
      requireSession(c);
      return c.json({ organisations: await db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)) });
    })
    .post("/admin/clusters/:id/organisations", zValidator("param", idParam, validationHook), zValidator("json", z.object({ name: z.string().trim().min(1).max(200) }), validationHook), async (c) => {
      const { user } = requireSession(c);
      await requireClusterAdmin(db, user.id, c.req.valid("param").id);
      const [org] = await db.insert(organisations).values(c.req.valid("json")).onConflictDoNothing().returning();
      if (!org) throw new AppError(409, "exists", "Organisationen findes allerede.");
      return c.json({ organisation: org }, 201);
    });
}
