import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { noteAccess } from "../audit/accessTrail.js";
import { authorize } from "../auth/authorize.js";
import { requireSession } from "../auth/middleware.js";
import type { AppDeps, AppEnv } from "../context.js";
import { AppError } from "../errors.js";
import { accessLogCsv } from "../presenters/accessLogCsv.js";
import { accessLogForExport, peopleIn } from "../queries/accessLogExport.js";
import { ownAccessLog } from "../queries/ownAccessLog.js";
import { validationHook } from "./validation.js";

const ownQuery = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
const day = (what: string) => z.string().date(`Angiv ${what} som ÅÅÅÅ-MM-DD.`);
const exportQuery = z.object({
  // The admin page's form sends an empty person for everyone.
  userId: z
    .union([z.literal(""), z.string().uuid("Personen er ugyldig.")])
    .optional()
    .transform((id) => id || undefined),
  from: day("startdatoen"),
  to: day("slutdatoen"),
});

/** The first instant of a Copenhagen calendar day, `plusDays` after `isoDay`. */
function startOfDay(isoDay: string, plusDays = 0): Date {
  const [y, m, d] = isoDay.split("-").map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d + plusDays));
  return copenhagenTime(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * The access log read back: a person's own ("Min adgangslog": who accessed
 * meetings they appear in), and the CSV export per person and period for
 * the administrators of the clusters and regions the entries belong to.
 */
export function accessLogRoutes(deps: AppDeps) {
  const { db } = deps.database;
  return new Hono<AppEnv>()
    .get("/me/access-log", zValidator("query", ownQuery, validationHook), async (c) => {
      const { user } = requireSession(c);
      return c.json({ ...(await ownAccessLog(db, user.id, c.req.valid("query"))), retentionDays: deps.env.ACCESS_LOG_RETENTION_DAYS });
    })
    .get("/admin/access-log/people", async (c) => {
      const { user } = requireSession(c);
      const forumIds = await authorize(db, user, "accessLog.export", {});
      noteAccess(c, { action: "admin", subject: "membership", detail: "Så personerne i de fora, de administrerer" });
      return c.json({ people: await peopleIn(db, forumIds) });
    })
    .get("/admin/access-log.csv", zValidator("query", exportQuery, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumIds = await authorize(db, user, "accessLog.export", {});
      const { userId, from, to } = c.req.valid("query");
      if (from > to) throw new AppError(400, "period_reversed", "Startdatoen skal ligge før slutdatoen.");
      noteAccess(c, { action: "admin", subject: "accessLog", subjectId: userId ?? null, detail: `Eksporterede adgangsloggen for ${from} til ${to}` });
      const entries = await accessLogForExport(db, { forumIds, userId, from: startOfDay(from), until: startOfDay(to, 1) });
      return c.body(accessLogCsv(entries), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="adgangslog-${from}-${to}.csv"`,
        "cache-control": "private, no-store",
      });
    });
}
