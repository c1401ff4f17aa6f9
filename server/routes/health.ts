import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context.js";

/** Liveness and readiness probes. */
export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/healthz", (c) => c.json({ ok: true }))
    .get("/readyz", async (c) => {
      const storage = deps.updateLog.status();
      try {
        await deps.database.db.execute(sql`select 1`);
        return c.json({ ok: true, database: deps.database.kind, queued: storage.queued });
      } catch {
        // Editing goes on meanwhile: updates wait in the local journal.
        return c.json({ ok: false, database: deps.database.kind, queued: storage.queued, error: { code: "database_unavailable", message: "Databasen svarer ikke." } }, 503);
      }
    });
}
