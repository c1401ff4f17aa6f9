import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { forumKind } from "../../../db/schema/index.js";
import { authorize } from "../../auth/authorize.js";
import { requireSession } from "../../auth/middleware.js";
import { addOrganisation, changeClusterDaysOff, changeForum, createForum } from "../../commands/forumAdministration.js";
import type { AppDeps, AppEnv } from "../../context.js";
import { administeredClusters, listOrganisations } from "../../queries/administration.js";
import { forumRulesSchema } from "../../../shared/rules/kommissorium.js";
import { standingItemSchema } from "../../../shared/rules/standingItems.js";
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

/** Cluster administration: the clusters a user runs, their forums, rules and organisations. */
export function forumAdminRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/admin/clusters", async (c) => {
      const { user } = requireSession(c);
      return c.json({ clusters: await administeredClusters(db, user.id) });
    })
    .patch("/admin/clusters/:id", zValidator("param", idParam, validationHook), zValidator("json", clusterFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const clusterId = c.req.valid("param").id;
      await authorize(db, user, "cluster.admin", { clusterId });
      await changeClusterDaysOff(db, clusterId, c.req.valid("json").extraDaysOff);
      return c.json({ ok: true });
    })
    .post("/admin/clusters/:id/forums", zValidator("param", idParam, validationHook), zValidator("json", forumFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const clusterId = c.req.valid("param").id;
      await authorize(db, user, "cluster.admin", { clusterId });
      return c.json({ forum: await createForum(db, clusterId, c.req.valid("json")) }, 201);
    })
    .patch("/admin/forums/:id", zValidator("param", idParam, validationHook), zValidator("json", forumFields.partial(), validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await authorize(db, user, "forum.admin", { forumId: c.req.valid("param").id });
      return c.json({ forum: await changeForum(db, forum, c.req.valid("json")) });
    })
    .get("/admin/organisations", async (c) => {
      requireSession(c);
      return c.json({ organisations: await listOrganisations(db) });
    })
    .post("/admin/clusters/:id/organisations", zValidator("param", idParam, validationHook), zValidator("json", z.object({ name: z.string().trim().min(1).max(200) }), validationHook), async (c) => {
      const { user } = requireSession(c);
      await authorize(db, user, "cluster.admin", { clusterId: c.req.valid("param").id });
      return c.json({ organisation: await addOrganisation(db, c.req.valid("json").name) }, 201);
    });
}
