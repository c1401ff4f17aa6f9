import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { meetingVersions, users } from "../../db/schema/index.js";
import type { VersionKind } from "../../shared/protocol/versions.js";

/** A frozen version as stored. */
export type StoredVersion = typeof meetingVersions.$inferSelect;

/** The meeting's frozen versions in the order they were made, with who made them (no documents). */
export async function listVersions(db: Db, meetingId: string) {
  const rows = await db
    .select({ kind: meetingVersions.kind, version: meetingVersions.version, title: meetingVersions.title, createdAt: meetingVersions.createdAt, by: users.name })
    .from(meetingVersions)
    .leftJoin(users, eq(users.id, meetingVersions.createdBy))
    .where(eq(meetingVersions.meetingId, meetingId))
    .orderBy(asc(meetingVersions.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** One frozen version, or null. */
export async function findVersion(db: Db, meetingId: string, kind: VersionKind, version: number): Promise<StoredVersion | null> {
  const [row] = await db
    .select()
    .from(meetingVersions)
    .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, kind), eq(meetingVersions.version, version)));
  return row ?? null;
}

/** The newest frozen version of a kind, or null when there is none. */
export async function latestVersion(db: Db, meetingId: string, kind: VersionKind): Promise<StoredVersion | null> {
  const [row] = await db
    .select()
    .from(meetingVersions)
    .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, kind)))
    .orderBy(desc(meetingVersions.version))
    .limit(1);
  return row ?? null;
}
