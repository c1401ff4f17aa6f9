import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { MEETING_STATUSES } from "../../shared/rules/lifecycle.js";
import { authorize } from "../auth/authorize.js";
import { noteMeeting } from "../audit/accessTrail.js";
import { requireSession } from "../auth/middleware.js";
import { publicUrl } from "../publicUrl.js";
import { closesApprovalRound } from "../auth/roles.js";
import type { LifecycleContext } from "../commands/lifecycleStep.js";
import { transitionMeeting } from "../commands/meetingLifecycle.js";
import { approveAsMember, closeApprovalRound } from "../commands/minutesApproval.js";
import { reopenMinutes } from "../commands/minutesReopening.js";
import type { AppDeps, AppEnv } from "../context.js";
import { presentMeeting } from "../presenters/meeting.js";
import { approvalStatus } from "../queries/approvalStatus.js";
import { meetingHistory } from "../queries/meetingHistory.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const step = z.object({ to: z.enum(MEETING_STATUSES), confirmCpr: z.boolean().default(false) });
const reopening = z.object({ reason: z.string().trim().min(1, "Skriv hvorfor referatet genåbnes.").max(2000) });

/** The meeting lifecycle: steps, approval by the members, reopening, and the history of it all. */
export function lifecycleRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const context: LifecycleContext = { db, rooms: deps.rooms, origin: publicUrl(deps.env) };
  const read = (user: { id: string }, meetingId: string) => authorize(db, user, "meeting.read", { meetingId });

  return new Hono<AppEnv>()
    .post("/meetings/:id/transitions", zValidator("param", idParam, validationHook), zValidator("json", step, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { to, confirmCpr } = c.req.valid("json");
      noteMeeting(c, "change", await authorize(db, user, "meeting.transition", { meetingId: id, to }), `Skiftede status til »${to}«`);
      await transitionMeeting(context, id, to, user.id, { confirmCpr });
      return c.json({ meeting: presentMeeting(await read(user, id)) });
    })
    .get("/meetings/:id/approvals", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await read(user, c.req.valid("param").id);
      noteMeeting(c, "read", { meeting }, "Referatets godkendelser");
      return c.json(await approvalStatus(db, meeting));
    })
    .post("/meetings/:id/approvals", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { role, meeting } = await authorize(db, user, "minutes.approve", { meetingId: id });
      noteMeeting(c, "change", { meeting }, "Godkendte referatet", "approval", null);
      if (closesApprovalRound(role)) await closeApprovalRound(context, id, { by: "chair", userId: user.id });
      else await approveAsMember(db, id, user.id);
      const after = await read(user, id);
      return c.json({ meeting: presentMeeting(after), approvals: await approvalStatus(db, after.meeting) }, 201);
    })
    .post("/meetings/:id/reopening", zValidator("param", idParam, validationHook), zValidator("json", reopening, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      noteMeeting(c, "change", await authorize(db, user, "minutes.reopen", { meetingId: id }), "Genåbnede referatet");
      await reopenMinutes(context, id, user.id, c.req.valid("json").reason);
      return c.json({ meeting: presentMeeting(await read(user, id)) });
    })
    .get("/meetings/:id/history", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await read(user, c.req.valid("param").id);
      noteMeeting(c, "read", { meeting }, "Mødets historik");
      return c.json({ events: await meetingHistory(db, meeting.id) });
    });
}
