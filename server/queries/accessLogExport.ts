import { and, asc, eq, gte, inArray, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accessLog, clusterAdmins, forums, meetings, memberships, regionAdmins, users } from "../../db/schema/index.js";

/** The forums whose access log a user may export: those of the clusters they run, and every forum of the regions they run. */
export async function administeredForumIds(db: Db, userId: string): Promise<string[]> {
  const ownClusters = db.select({ id: clusterAdmins.clusterId }).from(clusterAdmins).where(eq(clusterAdmins.userId, userId));
  const ownRegions = db.select({ id: regionAdmins.regionId }).from(regionAdmins).where(eq(regionAdmins.userId, userId));
  const rows = await db
    .select({ id: forums.id })
    .from(forums)
    .where(or(inArray(forums.clusterId, ownClusters), inArray(forums.regionId, ownRegions)));
  return rows.map((r) => r.id);
}

/** Whether the user runs any cluster or region. */
export async function administersAny(db: Db, userId: string): Promise<boolean> {
  const [cluster] = await db.select({ id: clusterAdmins.clusterId }).from(clusterAdmins).where(eq(clusterAdmins.userId, userId)).limit(1);
  if (cluster) return true;
  const [region] = await db.select({ id: regionAdmins.regionId }).from(regionAdmins).where(eq(regionAdmins.userId, userId)).limit(1);
  return region !== undefined;
}

/** What an admin export covers: a period (instants, end exclusive) and optionally one person. */
export interface ExportFilter {
  forumIds: string[];
  userId?: string;
  from: Date;
  until: Date;
}

// A year of a busy region's reads fits well within this; more would be a question for the database itself.
const MAX_EXPORT_ROWS = 200_000;

/** The entries of `filter.forumIds` in the period, oldest first, with the person, meeting and forum named. */
export async function accessLogForExport(db: Db, filter: ExportFilter) {
  if (filter.forumIds.length === 0) return [];
  return db
    .select({
      at: accessLog.at,
      person: users.name,
      email: users.email,
      action: accessLog.action,
      subject: accessLog.subject,
      subjectId: accessLog.subjectId,
      detail: accessLog.detail,
      meetingTitle: meetings.title,
      forumName: forums.name,
      ip: accessLog.ip,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.userId))
    .leftJoin(meetings, eq(meetings.id, accessLog.meetingId))
    .leftJoin(forums, eq(forums.id, accessLog.forumId))
    .where(
      and(
        inArray(accessLog.forumId, filter.forumIds),
        filter.userId ? eq(accessLog.userId, filter.userId) : undefined,
        gte(accessLog.at, filter.from),
        lt(accessLog.at, filter.until),
      ),
    )
    .orderBy(asc(accessLog.at), asc(accessLog.id))
    .limit(MAX_EXPORT_ROWS);
}

/** The people seated in `forumIds`, by name: whom an admin can export the log of. */
export async function peopleIn(db: Db, forumIds: string[]) {
  if (forumIds.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.forumId, forumIds))
    .orderBy(asc(users.name), asc(users.email));
}
