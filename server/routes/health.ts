import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";
import { pingDatabase } from "../queries/databaseHealth.js";

/** Liveness and readiness probes. */
export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/healthz", (c) => c.json({ ok: true }))
    .get("/metrics", async (c) => {
      if (deps.env.METRICS_TOKEN && c.req.header("authorization") !== `Bearer ${deps.env.METRICS_TOKEN}`) {
        return c.json({ error: { code: "unauthenticated", message: "Metrics kræver et token." } }, 401);
      }
      return c.body(await deps.metrics.registry.metrics(), 200, { "content-type": deps.metrics.registry.contentType });
    })
    .get("/readyz", async (c) => {
      const storage = deps.updateLog.status();
      try {
        await pingDatabase(deps.database.db);
        return c.json({ ok: true, database: deps.database.kind, queued: storage.queued });
      } catch {
        // Editing goes on meanwhile: updates wait in the local journal.
        return c.json({ ok: false, database: deps.database.kind, queued: storage.queued, error: { code: "database_unavailable", message: "Databasen svarer ikke." } }, 503);
      }
    });
}
