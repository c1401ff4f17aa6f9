import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, documents, forums, meetings, regions } from "../../db/schema/index.js";
import { forumClusterName, forumDaysOff } from "./forumPlace.js";

/** A meeting with what commands and renderers need around it: its document, forum and cluster. */
export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof findMeetingRecord>>>;

/** The meeting with its document id, forum (name, rules) and cluster (name, extra days off), or null. */
export async function findMeetingRecord(db: Db, meetingId: string) {
  const [row] = await db
    .select({
      meeting: meetings,
      documentId: documents.id,
      forumName: forums.name,
      rules: forums.rules,
      clusterName: forumClusterName,
      extraDaysOff: forumDaysOff,
    })
    .from(meetings)
    .innerJoin(documents, eq(documents.meetingId, meetings.id))
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(clusters, eq(clusters.id, forums.clusterId))
    .innerJoin(regions, eq(regions.id, forums.regionId))
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}
