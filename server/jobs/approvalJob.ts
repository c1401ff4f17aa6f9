import { and, eq, lt, sql } from "drizzle-orm";
import { forums, meetings } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import type { LifecycleContext } from "../commands/lifecycleStep.js";
import { closeApprovalRound } from "../commands/minutesApproval.js";
import type { Logger } from "../logger.js";

/**
 * Approves minutes whose comment period has ended without open comments, in
 * forums whose rule is approval by silence. Returns the meetings it approved.
 * Runs at boot as well as on a timer, so a period that ended while the
 * server was down is honoured when it comes back.
 */
export async function approveExpiredMinutes(ctx: LifecycleContext, log: Logger, now = new Date()): Promise<string[]> {
  const due = await ctx.db
    .select({ id: meetings.id })
    .from(meetings)
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .where(and(eq(meetings.status, "referat_udsendt"), lt(meetings.commentPeriodEndsOn, copenhagenDate(now)), sql`${forums.rules}->>'approval' = 'comment_period'`));
  const approved: string[] = [];
  for (const { id } of due) {
    try {
      if (!(await closeApprovalRound(ctx, id, { by: "system" }, now))) continue;
      approved.push(id);
      log.info({ meetingId: id }, "minutes approved after the comment period");
    } catch (error) {
      log.error({ err: error, meetingId: id }, "automatic approval failed");
    }
  }
  return approved;
}

/** Runs {@link approveExpiredMinutes} now and every `intervalMs`; returns the function that stops it. */
export function startApprovalJob(ctx: LifecycleContext, log: Logger, intervalMs: number): () => Promise<void> {
  let running = approveExpiredMinutes(ctx, log).catch((error) => log.error({ err: error }, "approval job failed"));
  const timer = setInterval(() => {
    running = running.then(() => approveExpiredMinutes(ctx, log)).catch((error) => log.error({ err: error }, "approval job failed"));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
