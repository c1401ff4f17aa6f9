import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { authorize } from "../auth/authorize.js";
import { noteForum } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { addAgreement, changeAgreement, removeAgreement } from "../commands/agreementChanges.js";
import type { AppDeps, AppEnv } from "../context.js";
import { listAgreements } from "../queries/agreements.js";
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
  return new Hono<AppEnv>()
    .get("/forums/:id/agreements", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumId = c.req.valid("param").id;
      await authorize(db, user, "forum.read", { forumId });
      noteForum(c, "read", forumId, "Forummets samarbejdsaftaler");
      return c.json({ agreements: await listAgreements(db, forumId) });
    })
    .post("/forums/:id/agreements", zValidator("param", idParam, validationHook), zValidator("json", agreementBody, validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumId = c.req.valid("param").id;
      await authorize(db, user, "agreement.write", { forumId });
      const agreement = await addAgreement(db, forumId, c.req.valid("json"));
      noteForum(c, "change", forumId, `Tilføjede samarbejdsaftalen »${agreement.name}«`, "agreement", agreement.id);
      return c.json({ agreement }, 201);
    })
    .patch("/agreements/:id", zValidator("param", idParam, validationHook), zValidator("json", agreementBody.partial(), validationHook), async (c) => {
      const { user } = requireSession(c);
      const row = await authorize(db, user, "agreement.change", { agreementId: c.req.valid("param").id });
      noteForum(c, "change", row.forumId, `Ændrede samarbejdsaftalen »${row.name}«`, "agreement", row.id);
      return c.json({ agreement: await changeAgreement(db, row.id, c.req.valid("json")) });
    })
    .delete("/agreements/:id", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const row = await authorize(db, user, "agreement.change", { agreementId: c.req.valid("param").id });
      noteForum(c, "change", row.forumId, `Fjernede samarbejdsaftalen »${row.name}«`, "agreement", row.id);
      await removeAgreement(db, row.id);
      return c.json({ ok: true });
    })
    .get("/forums/:id/aarshjul.svg", zValidator("param", idParam, validationHook), zValidator("query", z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), validationHook), async (c) => {
      const { user } = requireSession(c);
      const forumId = c.req.valid("param").id;
      const { forumName } = await authorize(db, user, "forum.read", { forumId });
      noteForum(c, "read", forumId, "Forummets årshjul");
      const year = c.req.valid("query").year ?? Number(copenhagenDate(new Date()).slice(0, 4));
      const plan = await meetingPlan(db, user.id, { year, forumId });
      const list = await listAgreements(db, forumId);
      return c.body(yearWheelSvg({ forumName, year, meetings: plan, agreements: list }), 200, { "content-type": "image/svg+xml; charset=utf-8" });
    });
}
