import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { meetingEvents, memberships, minuteApprovals, minuteComments } from "../../db/schema/index.js";
import { VOTING_ROLES, approvedBySilence, chairApprovalRefusal, type ApprovalRound } from "../../shared/rules/approval.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { meetingForumIds } from "../../shared/rules/jointMeeting.js";
import { formatDanishDate } from "../render/index.js";
import { AppError, notFound } from "../errors.js";
import { findMeetingRecord } from "../queries/meetingRecord.js";
import { applyStep, requireNotTooEarly, requireUnchanged, type LifecycleContext } from "./lifecycleStep.js";
import { currentRecord, lockMeeting, storeVersion, type LockedMeeting } from "./versionFreezer.js";

const notOpenForApproval = () => new AppError(409, "not_approvable", "Referatet kan kun godkendes, mens det er udsendt til bemærkninger.");

/** The state of the meeting's current round of approval, read in the caller's transaction. */
export async function approvalRound(db: Db | Tx, locked: Pick<LockedMeeting, "meeting">, now = new Date()): Promise<ApprovalRound> {
  const { meeting } = locked;
  const [{ open }] = await db
    .select({ open: sql<number>`count(*)::int` })
    .from(minuteComments)
    .where(and(eq(minuteComments.meetingId, meeting.id), isNull(minuteComments.resolvedAt)));
  // A joint meeting's minutes are both forums': the voting members of each count, once each.
  const voters = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.forumId, meetingForumIds(meeting)), inArray(memberships.role, [...VOTING_ROLES])));
  const approvals = await db
    .select({ userId: minuteApprovals.userId })
    .from(minuteApprovals)
    .where(and(eq(minuteApprovals.meetingId, meeting.id), eq(minuteApprovals.round, meeting.minutesRound)));
  return {
    openComments: open,
    commentPeriodEndsOn: meeting.commentPeriodEndsOn,
    today: copenhagenDate(now),
    voters: voters.map((v) => v.userId),
    approvedBy: approvals.map((a) => a.userId),
  };
}

async function recordApproval(tx: Tx, locked: LockedMeeting, userId: string): Promise<void> {
  const inserted = await tx
    .insert(minuteApprovals)
    .values({ meetingId: locked.meeting.id, round: locked.meeting.minutesRound, userId })
    .onConflictDoNothing()
    .returning({ id: minuteApprovals.id });
  if (inserted.length > 0) await tx.insert(meetingEvents).values({ meetingId: locked.meeting.id, kind: "godkendelse", userId });
}

/** A member with a vote approves the sent minutes ("Godkend referatet"); approving twice changes nothing. */
export async function approveAsMember(db: Db, meetingId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const locked = await lockMeeting(tx, meetingId);
    if (locked.meeting.status !== "referat_udsendt") throw notOpenForApproval();
    await recordApproval(tx, locked, userId);
  });
}

/** Who closes a round: the chair with their approval, or the approval job when the period has run out. */
export type RoundCloser = { by: "chair"; userId: string } | { by: "system" };

/**
 * Closes the round and makes the minutes `godkendt`, freezing them as
 * approved with edits held off, when the kommissorium allows it: for the
 * chair, no open comment and either the period over or every voting member
 * approved (otherwise 409 `open_comments` / `comment_period_running`); for
 * the job, the period over with no open comment (otherwise nothing happens).
 * Returns whether the minutes were approved.
 */
export async function closeApprovalRound(ctx: LifecycleContext, meetingId: string, closer: RoundCloser, now = new Date()): Promise<boolean> {
  const record = await findMeetingRecord(ctx.db, meetingId);
  if (!record) throw notFound("Mødet");
  if (record.meeting.status !== "referat_udsendt") throw notOpenForApproval();
  requireNotTooEarly("godkendt", record.meeting.startsAt, now);
  const userId = closer.by === "chair" ? closer.userId : null;
  return ctx.rooms.freezeDocument(record.documentId, async () => {
    const approved = await ctx.db.transaction(async (tx) => {
      const locked = await lockMeeting(tx, meetingId);
      requireUnchanged(locked, "referat_udsendt");
      const round = await approvalRound(tx, locked, now);
      if (closer.by === "system") {
        if (!approvedBySilence(round)) return false;
      } else {
        const refusal = chairApprovalRefusal(round, closer.userId);
        if (refusal?.code === "open_comments") {
          throw new AppError(409, "open_comments", `Referatet kan ikke godkendes, mens ${refusal.openComments === 1 ? "en bemærkning" : `${refusal.openComments} bemærkninger`} er åbne. Sekretariatet skal først afslutte dem.`);
        }
        if (refusal) {
          throw new AppError(
            409,
            "comment_period_running",
            `Bemærkningsfristen løber til og med ${formatDanishDate(new Date(`${refusal.until}T12:00:00Z`))}, og ${refusal.missing === 1 ? "ét medlem" : `${refusal.missing} medlemmer`} med stemmeret har ikke godkendt endnu.`,
          );
        }
        await recordApproval(tx, locked, closer.userId);
      }
      await storeVersion(tx, meetingId, "godkendt", await currentRecord(tx, locked), userId);
      await applyStep(tx, locked, { to: "godkendt", userId, origin: ctx.origin, rules: record.rules, extraDaysOff: record.extraDaysOff });
      return true;
    });
    return { result: approved, freeze: approved };
  });
}
