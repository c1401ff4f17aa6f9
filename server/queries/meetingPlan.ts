import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, forums, meetings, memberships, regions } from "../../db/schema/index.js";
import { forumDaysOff } from "./forumPlace.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { presentSchedule } from "../presenters/meetingSchedule.js";

/**
 * The meetings of the forums a user sits in (optionally one forum, optionally
 * one year), each with its state and computed deadlines: the mødeplan.
 */
export async function meetingPlan(db: Db, userId: string, options: { year?: number; forumId?: string } = {}) {
  const seats = await db.select({ forumId: memberships.forumId }).from(memberships).where(eq(memberships.userId, userId));
  const forumIds = seats.map((s) => s.forumId).filter((id) => !options.forumId || id === options.forumId);
  if (forumIds.length === 0) return [];
  const conditions = [inArray(meetings.forumId, forumIds)];
  if (options.year) {
    conditions.push(gte(meetings.startsAt, copenhagenTime(options.year, 1, 1)), lt(meetings.startsAt, copenhagenTime(options.year + 1, 1, 1)));
  }
  const rows = await db
    .select({ meeting: meetings, forumName: forums.name, rules: forums.rules, extraDaysOff: forumDaysOff })
    .from(meetings)
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(clusters, eq(clusters.id, forums.clusterId))
    .innerJoin(regions, eq(regions.id, forums.regionId))
    .where(and(...conditions))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => ({
    id: r.meeting.id,
    forumId: r.meeting.forumId,
    forumName: r.forumName,
    title: r.meeting.title,
    startsAt: r.meeting.startsAt,
    place: r.meeting.place,
    updatedAt: r.meeting.updatedAt,
    ...presentSchedule(r.meeting, r.rules, r.extraDaysOff),
  }));
}
