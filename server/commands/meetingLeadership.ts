import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { forums, memberships, organisations } from "../../db/schema/index.js";
import { meetingForumIds } from "../../shared/rules/jointMeeting.js";
import { AppError, notFound } from "../errors.js";
import { jointForumCandidates } from "../queries/meetingLeadership.js";

/** Who hosts and who leads a meeting, as the chair or the secretariat set them; null clears, undefined leaves as is. */
export interface MeetingPeople {
  hostOrganisationId?: string | null;
  leaderUserId?: string | null;
}

/** The forums a meeting belongs to: its own, and the one it is held jointly with (null for none). */
export type MeetingForums = { forumId: string; jointForumId: string | null };

const refuse = (code: string, message: string) => new AppError(400, code, message);

/**
 * Refuses (400) a joint forum outside {@link jointForumCandidates}. An unknown
 * id is answered like another cluster's, so the answer tells nothing about
 * forums elsewhere. Holds the joint forum's row (FOR SHARE) until the
 * caller's transaction ends.
 */
export async function requireJointForum(tx: Tx, forumId: string, jointForumId: string): Promise<void> {
  const [forum] = await tx.select({ id: forums.id, regionId: forums.regionId, clusterId: forums.clusterId }).from(forums).where(eq(forums.id, forumId));
  if (!forum) throw notFound("Forummet");
  const [joint] = await tx
    .select({ id: forums.id })
    .from(forums)
    .where(and(eq(forums.id, jointForumId), jointForumCandidates(forum)))
    .for("share");
  if (!joint) throw refuse("joint_forum_invalid", "Et fællesmøde kan kun holdes med et andet forum i samme klynge eller et regionalt organ i samme region.");
}

/**
 * Refuses (400) a host organisation outside the forum's region and a
 * mødeleder who is not a chair of the meeting's forum or its joint forum.
 * The rows it accepted are held (FOR SHARE) until the caller's transaction
 * ends, so the organisation or the chair's seat cannot vanish before the
 * meeting row naming them is written.
 */
export async function requireMeetingPeople(tx: Tx, meeting: MeetingForums, people: MeetingPeople): Promise<void> {
  if (people.hostOrganisationId) {
    const [forum] = await tx.select({ regionId: forums.regionId }).from(forums).where(eq(forums.id, meeting.forumId));
    if (!forum) throw notFound("Forummet");
    const [host] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, people.hostOrganisationId), eq(organisations.regionId, forum.regionId)))
      .for("share");
    if (!host) throw refuse("host_outside_region", "Værtsorganisationen skal være en organisation i forummets region.");
  }
  if (people.leaderUserId) {
    const [chair] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, people.leaderUserId), eq(memberships.role, "chair"), inArray(memberships.forumId, meetingForumIds(meeting))))
      .limit(1)
      .for("share");
    if (!chair) throw refuse("leader_not_chair", "Mødelederen skal være formand for forummet.");
  }
}
