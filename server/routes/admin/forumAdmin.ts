import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../../auth/authorize.js";
import { clusterRegion } from "../../auth/access.js";
import { requireSession } from "../../auth/middleware.js";
import { addOrganisation, changeClusterDaysOff, changeForum, createForum } from "../../commands/forumAdministration.js";
import type { AppDeps, AppEnv } from "../../context.js";
import { notFound } from "../../errors.js";
import { administeredClusters, regionOrganisations } from "../../queries/administration.js";
import { validationHook } from "../validation.js";
import { forumChanges, idParam, newForumFields, organisationFields } from "./forumFields.js";

const clusterFields = z.object({
  extraDaysOff: z.object({ grundlovsdag: z.boolean(), juleaftensdag: z.boolean(), nytaarsaftensdag: z.boolean() }),
});

/** Cluster administration: the clusters a user runs, their forums, rules and the region's organisations. */
export function forumAdminRoutes(deps: AppDeps) {
  const { db } = deps.database;
  // The cluster's region, once the user is known to administer the cluster.
  const regionOfCluster = async (user: { id: string }, clusterId: string) => {
    await authorize(db, user, "cluster.admin", { clusterId });
    const regionId = await clusterRegion(db, clusterId);
    if (!regionId) throw notFound("Klyngen");
    return regionId;
  };
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
    .post("/admin/clusters/:id/forums", zValidator("param", idParam, validationHook), zValidator("json", newForumFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const clusterId = c.req.valid("param").id;
      const regionId = await regionOfCluster(user, clusterId);
      return c.json({ forum: await createForum(db, { regionId, clusterId }, c.req.valid("json")) }, 201);
    })
    .patch("/admin/forums/:id", zValidator("param", idParam, validationHook), zValidator("json", forumChanges, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forum = await authorize(db, user, "forum.admin", { forumId: c.req.valid("param").id });
      return c.json({ forum: await changeForum(db, forum, c.req.valid("json")) });
    })
    .get("/admin/clusters/:id/organisations", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const regionId = await regionOfCluster(user, c.req.valid("param").id);
      return c.json({ organisations: await regionOrganisations(db, regionId) });
    })
    .post("/admin/clusters/:id/organisations", zValidator("param", idParam, validationHook), zValidator("json", organisationFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const regionId = await regionOfCluster(user, c.req.valid("param").id);
      const { name, sector } = c.req.valid("json");
      return c.json({ organisation: await addOrganisation(db, regionId, name, sector ?? null) }, 201);
    });
}
