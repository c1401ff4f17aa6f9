import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, forums, meetings, regions } from "../../db/schema/index.js";
import { meetingsOfForums, seatedForumIds } from "../auth/access.js";
import { forumDaysOff, jointForums } from "./forumPlace.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { presentSchedule } from "../presenters/meetingSchedule.js";

/**
 * The meetings of the forums a user sits in (optionally one forum, optionally
 * one year), each with its state and computed deadlines: the mødeplan. A
 * joint meeting is in the plan of both its forums.
 */
export async function meetingPlan(db: Db, userId: string, options: { year?: number; forumId?: string } = {}) {
  const forumIds = (await seatedForumIds(db, userId)).filter((id) => !options.forumId || id === options.forumId);
  if (forumIds.length === 0) return [];
  const conditions = [meetingsOfForums(forumIds)];
  if (options.year) {
    conditions.push(gte(meetings.startsAt, copenhagenTime(options.year, 1, 1)), lt(meetings.startsAt, copenhagenTime(options.year + 1, 1, 1)));
  }
  const rows = await db
    .select({ meeting: meetings, forumName: forums.name, jointForumName: jointForums.name, rules: forums.rules, extraDaysOff: forumDaysOff, deadlinesFirm: forums.deadlinesFirm })
    .from(meetings)
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(jointForums, eq(jointForums.id, meetings.jointForumId))
    .leftJoin(clusters, eq(clusters.id, forums.clusterId))
    .innerJoin(regions, eq(regions.id, forums.regionId))
    .where(and(...conditions))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => ({
    id: r.meeting.id,
    forumId: r.meeting.forumId,
    forumName: r.forumName,
    jointForumId: r.meeting.jointForumId,
    jointForumName: r.jointForumName,
    title: r.meeting.title,
    startsAt: r.meeting.startsAt,
    place: r.meeting.place,
    updatedAt: r.meeting.updatedAt,
    ...presentSchedule(r.meeting, r),
  }));
}
