import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { memberships, minuteApprovals, users, type meetings } from "../../db/schema/index.js";
import { VOTING_ROLES } from "../../shared/rules/approval.js";
import { meetingForumIds } from "../../shared/rules/jointMeeting.js";

/** Each voting member of the meeting's forums and when they approved the minutes in the current round (null: not yet). */
export async function approvalStatus(db: Db, meeting: typeof meetings.$inferSelect) {
  const seats = await db
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.forumId, meetingForumIds(meeting)), inArray(memberships.role, [...VOTING_ROLES])))
    .orderBy(asc(users.name), asc(memberships.role));
  // A joint meeting's voters are both forums'; someone with a vote in each is listed once, by their first role.
  const voters = seats.filter((seat, i) => seats.findIndex((other) => other.userId === seat.userId) === i);
  const approvals = await db
    .select({ userId: minuteApprovals.userId, approvedAt: minuteApprovals.approvedAt })
    .from(minuteApprovals)
    .where(and(eq(minuteApprovals.meetingId, meeting.id), eq(minuteApprovals.round, meeting.minutesRound)));
  const at = new Map(approvals.map((a) => [a.userId, a.approvedAt.toISOString()]));
  return {
    round: meeting.minutesRound,
    commentPeriodEndsOn: meeting.commentPeriodEndsOn,
    voters: voters.map((v) => ({ ...v, approvedAt: at.get(v.userId) ?? null })),
  };
}
