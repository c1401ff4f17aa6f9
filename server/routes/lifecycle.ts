import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { MEETING_STATUSES } from "../../shared/rules/lifecycle.js";
import { requireSession } from "../auth/middleware.js";
import { meetingAccess, policy } from "../auth/policies.js";
import { ownOrigin } from "../auth/origin.js";
import type { LifecycleContext } from "../commands/lifecycleStep.js";
import { transitionMeeting } from "../commands/meetingLifecycle.js";
import { approveAsMember, closeApprovalRound, requireVoter } from "../commands/minutesApproval.js";
import { reopenMinutes } from "../commands/minutesReopening.js";
import type { AppDeps, AppEnv } from "../context.js";
import { notFound } from "../errors.js";
import { presentMeeting } from "../presenters/meeting.js";
import { approvalStatus, meetingHistory } from "../queries/meetingHistory.js";
import { validationHook } from "./validation.js";

const idParam = z.object({ id: z.string().uuid() });
const step = z.object({ to: z.enum(MEETING_STATUSES), confirmCpr: z.boolean().default(false) });
const reopening = z.object({ reason: z.string().trim().min(1, "Skriv hvorfor referatet genåbnes.").max(2000) });

/** The meeting lifecycle: steps, approval by the members, reopening, and the history of it all. */
export function lifecycleRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const access = async (userId: string, meetingId: string) => {
    const found = await meetingAccess(db, userId, meetingId);
    if (!found) throw notFound("Mødet");
    return found;
  };
  const context = (c: Parameters<typeof ownOrigin>[0]): LifecycleContext => ({ db, rooms: deps.rooms, origin: ownOrigin(c, deps.env) });
  const meetingAnswer = async (userId: string, meetingId: string) => {
    const after = await access(userId, meetingId);
    return { meeting: presentMeeting({ ...after, canEdit: policy.canEdit(after.role) }) };
  };

  return new Hono<AppEnv>()
    .post("/meetings/:id/transitions", zValidator("param", idParam, validationHook), zValidator("json", step, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { role } = await access(user.id, id);
      const { to, confirmCpr } = c.req.valid("json");
      await transitionMeeting(context(c), id, to, role, user.id, { confirmCpr });
      return c.json(await meetingAnswer(user.id, id));
    })
    .get("/meetings/:id/approvals", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await access(user.id, c.req.valid("param").id);
      return c.json(await approvalStatus(db, meeting));
    })
    .post("/meetings/:id/approvals", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { role } = await access(user.id, id);
      requireVoter(role);
      if (role === "chair") await closeApprovalRound(context(c), id, { by: "chair", userId: user.id });
      else await approveAsMember(db, id, user.id);
      const { meeting } = await access(user.id, id);
      return c.json({ ...(await meetingAnswer(user.id, id)), approvals: await approvalStatus(db, meeting) }, 201);
    })
    .post("/meetings/:id/reopening", zValidator("param", idParam, validationHook), zValidator("json", reopening, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { id } = c.req.valid("param");
      const { role } = await access(user.id, id);
      await reopenMinutes(context(c), id, role, user.id, c.req.valid("json").reason);
      return c.json(await meetingAnswer(user.id, id));
    })
    .get("/meetings/:id/history", zValidator("param", idParam, validationHook), async (c) => {
      const { user } = requireSession(c);
      const { meeting } = await access(user.id, c.req.valid("param").id);
      return c.json({ events: await meetingHistory(db, meeting.id) });
    });
}
