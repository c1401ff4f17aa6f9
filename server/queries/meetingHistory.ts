import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { meetingEvents, users } from "../../db/schema/index.js";

/** The meeting's history, oldest first: each step, approval and reopening, with who and why. */
export async function meetingHistory(db: Db, meetingId: string) {
  const rows = await db
    .select({ kind: meetingEvents.kind, reason: meetingEvents.reason, at: meetingEvents.at, by: users.name })
    .from(meetingEvents)
    .leftJoin(users, eq(users.id, meetingEvents.userId))
    .where(eq(meetingEvents.meetingId, meetingId))
    .orderBy(asc(meetingEvents.id));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
