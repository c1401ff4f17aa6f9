import { eq, sql } from "drizzle-orm";
import { meetingEvents, meetings } from "../../db/schema/index.js";
import { REOPENABLE_STATUSES, STATUS_LABELS, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import { AppError, notFound } from "../errors.js";
import { findMeetingRecord } from "../queries/meetingRecord.js";
import type { LifecycleContext } from "./lifecycleStep.js";
import { notifyMembers } from "./meetingNotifications.js";
import { lockMeeting } from "./versionFreezer.js";

/**
 * "Genåbn referatet": the secretariat takes approved (or published) minutes
 * back to `referat_kladde` to correct them, with a reason the history and the
 * members' mail show. A new round of sending and approval follows; the
 * frozen versions stay, and published minutes stay public until the
 * corrected ones are published. The caller has authorized "minutes.reopen".
 */
export async function reopenMinutes(ctx: LifecycleContext, meetingId: string, userId: string, reason: string): Promise<void> {
  const record = await findMeetingRecord(ctx.db, meetingId);
  if (!record) throw notFound("Mødet");
  await ctx.db.transaction(async (tx) => {
    const locked = await lockMeeting(tx, meetingId);
    const status = locked.meeting.status as MeetingStatus;
    if (!REOPENABLE_STATUSES.includes(status)) {
      throw new AppError(409, "not_reopenable", `Kun et godkendt referat kan genåbnes; mødet er "${STATUS_LABELS[status]}".`);
    }
    await tx
      .update(meetings)
      .set({ status: "referat_kladde", minutesRound: sql`${meetings.minutesRound} + 1`, approvedAt: null, minutesSentAt: null, commentPeriodEndsOn: null })
      .where(eq(meetings.id, meetingId));
    await tx.insert(meetingEvents).values({ meetingId, kind: "genaabnet", userId, reason });
    await notifyMembers(tx, locked, "genaabnet", ctx.origin, reason);
  });
  ctx.rooms.unfreezeDocument(record.documentId);
}
