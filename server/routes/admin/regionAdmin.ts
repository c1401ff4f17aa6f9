import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { authorize } from "../../auth/authorize.js";
import { requireSession } from "../../auth/middleware.js";
import { addOrganisation, createCluster, createForum } from "../../commands/forumAdministration.js";
import type { AppDeps, AppEnv } from "../../context.js";
import { administeredRegions, regionOrganisations } from "../../queries/administration.js";
import { validationHook } from "../validation.js";
import { clusterName, idParam, newForumFields, organisationFields } from "./forumFields.js";

/** Region administration: its clusters, its region-wide bodies and its organisations. Region admins only. */
export function regionAdminRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/admin/regions", async (c) => {
      const { user } = requireSession(c);
      return c.json({ regions: await administeredRegions(db, user.id) });
    })
    .post("/admin/regions/:id/clusters", zValidator("param", idParam, validationHook), zValidator("json", clusterName, validationHook), async (c) => {
      const { user } = requireSession(c);
      const regionId = c.req.valid("param").id;
      await authorize(db, user, "region.admin", { regionId });
      return c.json({ cluster: await createCluster(db, regionId, c.req.valid("json").name) }, 201);
    })
    .post("/admin/regions/:id/bodies", zValidator("param", idParam, validationHook), zValidator("json", newForumFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const regionId = c.req.valid("param").id;
      await authorize(db, user, "region.admin", { regionId });
      return c.json({ forum: await createForum(db, { regionId, clusterId: null }, c.req.valid("json")) }, 201);
    })
    .get("/admin/regions/:id/organisations", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const regionId = c.req.valid("param").id;
      await authorize(db, user, "region.organisations", { regionId });
      return c.json({ organisations: await regionOrganisations(db, regionId) });
    })
    .post("/admin/regions/:id/organisations", zValidator("param", idParam, validationHook), zValidator("json", organisationFields, validationHook), async (c) => {
      const { user } = requireSession(c);
      const regionId = c.req.valid("param").id;
      await authorize(db, user, "region.organisations", { regionId });
      const { name, sector } = c.req.valid("json");
      return c.json({ organisation: await addOrganisation(db, regionId, name, sector ?? null) }, 201);
    });
}
