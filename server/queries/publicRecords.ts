import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { frozenFiles, meetings, meetingVersions } from "../../db/schema/index.js";
import type { StoredVersion } from "./meetingVersions.js";

// The newest published version of each meeting, with the forum it belongs to for grouping.
function latestPublished(db: Db) {
  return db
    .selectDistinctOn([meetingVersions.meetingId], { version: meetingVersions, forumId: meetings.forumId })
    .from(meetingVersions)
    .innerJoin(meetings, eq(meetings.id, meetingVersions.meetingId))
    .where(eq(meetingVersions.kind, "offentliggjort"))
    .orderBy(meetingVersions.meetingId, desc(meetingVersions.version))
    .$dynamic();
}

/** The forums with published minutes, named as their newest published minutes name them, by cluster. */
export async function publishedForums(db: Db): Promise<{ id: string; name: string; clusterName: string }[]> {
  const rows = await latestPublished(db);
  const newest = new Map<string, { id: string; name: string; clusterName: string; at: Date }>();
  for (const { version, forumId } of rows) {
    const seen = newest.get(forumId);
    if (!seen || seen.at < version.createdAt) newest.set(forumId, { id: forumId, name: version.forumName, clusterName: version.clusterName, at: version.createdAt });
  }
  return [...newest.values()].sort((a, b) => a.clusterName.localeCompare(b.clusterName, "da") || a.name.localeCompare(b.name, "da"));
}

/** A forum's published minutes, newest meeting first, as published. */
export async function publishedMinutesOf(db: Db, forumId: string): Promise<{ meetingId: string; version: StoredVersion }[]> {
  const rows = await latestPublished(db).where(and(eq(meetingVersions.kind, "offentliggjort"), eq(meetings.forumId, forumId)));
  return rows.map((r) => ({ meetingId: r.version.meetingId, version: r.version })).sort((a, b) => b.version.startsAt.getTime() - a.version.startsAt.getTime());
}

/** A meeting's newest published version and its forum, or null when it was never published. */
export async function publishedRecord(db: Db, meetingId: string): Promise<{ version: StoredVersion; forumId: string } | null> {
  const [row] = await latestPublished(db).where(and(eq(meetingVersions.kind, "offentliggjort"), eq(meetingVersions.meetingId, meetingId)));
  return row ?? null;
}

/** The bytes of a frozen attachment. */
export async function frozenFile(db: Db, sha256: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ data: frozenFiles.data }).from(frozenFiles).where(eq(frozenFiles.sha256, sha256));
  return row?.data ?? null;
}
