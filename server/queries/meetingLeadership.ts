import { and, asc, eq, isNull, ne, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums, meetings, memberships, organisations, users } from "../../db/schema/index.js";
import { meetingLeader } from "../../shared/rules/meetingLeader.js";

/**
 * The forums a forum may hold a joint meeting with: the other forums of its
 * region that its cluster works with, as for the reporting graph (its own
 * cluster's forums and the region-wide bodies; any forum of the region for a
 * region-wide body), so a joint meeting opens no meeting across clusters.
 */
export function jointForumCandidates(forum: { id: string; regionId: string; clusterId: string | null }): SQL {
  const sameCluster = forum.clusterId === null ? undefined : or(isNull(forums.clusterId), eq(forums.clusterId, forum.clusterId));
  return and(eq(forums.regionId, forum.regionId), ne(forums.id, forum.id), sameCluster)!;
}

/** The forum's chairs by name, with the sector their seat is for. */
export function forumChairs(db: Db, forumId: string) {
  return db
    .select({ userId: users.id, name: users.name, sector: memberships.sector })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.forumId, forumId), eq(memberships.role, "chair")))
    .orderBy(asc(users.name));
}

/**
 * Who hosts a meeting and who leads it (mødeleder), as its heading shows
 * them: the leader set on the meeting, otherwise the forum's chair of the
 * host's sector (`isDefault`), otherwise nobody. The one place the default is worked out.
 */
export async function meetingLeadership(db: Db, meeting: Pick<typeof meetings.$inferSelect, "forumId" | "hostOrganisationId" | "leaderUserId">) {
  const [host] = meeting.hostOrganisationId
    ? await db.select({ id: organisations.id, name: organisations.name, sector: organisations.sector }).from(organisations).where(eq(organisations.id, meeting.hostOrganisationId))
    : [];
  const chairs = await forumChairs(db, meeting.forumId);
  const leader = meetingLeader(meeting.leaderUserId, chairs, host?.sector ?? null);
  // A leader set on the meeting may be a chair of the joint forum, or have left the chair since.
  const [named] = leader ? await db.select({ name: users.name }).from(users).where(eq(users.id, leader.userId)) : [];
  return {
    host: host ? { id: host.id, name: host.name } : null,
    leader: leader && named ? { userId: leader.userId, name: named.name, isDefault: leader.isDefault } : null,
  };
}

/** The names a meeting's heading prints beside its forum; null where there is none. */
export interface LeadershipNames {
  /** The host organisation (vært). */
  hostName: string | null;
  /** The mødeleder, the host sector's chair by default included. */
  leaderName: string | null;
  /** The other forum of a joint meeting (fællesmøde). */
  jointForumName: string | null;
}

/**
 * Host, mødeleder and joint forum by name as the meeting's rows have them
 * now: what a version frozen now keeps, and what a live export prints.
 */
export async function leadershipNames(db: Db, meeting: Pick<typeof meetings.$inferSelect, "forumId" | "hostOrganisationId" | "leaderUserId" | "jointForumId">): Promise<LeadershipNames> {
  const { host, leader } = await meetingLeadership(db, meeting);
  const [joint] = meeting.jointForumId ? await db.select({ name: forums.name }).from(forums).where(eq(forums.id, meeting.jointForumId)) : [];
  return { hostName: host?.name ?? null, leaderName: leader?.name ?? null, jointForumName: joint?.name ?? null };
}

/**
 * What the meeting form offers for a forum: the organisations of its region
 * (host), its chairs with their seat's sector (mødeleder), and the forums it
 * may hold a joint meeting with.
 */
export async function meetingOptions(db: Db, forumId: string) {
  const [forum] = await db.select({ id: forums.id, regionId: forums.regionId, clusterId: forums.clusterId }).from(forums).where(eq(forums.id, forumId));
  if (!forum) return null;
  return {
    organisations: await db
      .select({ id: organisations.id, name: organisations.name, sector: organisations.sector })
      .from(organisations)
      .where(eq(organisations.regionId, forum.regionId))
      .orderBy(asc(organisations.name)),
    chairs: await forumChairs(db, forumId),
    jointForums: await db.select({ id: forums.id, name: forums.name }).from(forums).where(jointForumCandidates(forum)).orderBy(asc(forums.name)),
  };
}
