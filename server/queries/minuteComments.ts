import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { minuteComments, users } from "../../db/schema/index.js";

/** The comments on a meeting's minutes, oldest first, with their authors and how each was resolved. */
export async function listComments(db: Db, meetingId: string) {
  const rows = await db
    .select({ c: minuteComments, author: users.name })
    .from(minuteComments)
    .leftJoin(users, eq(users.id, minuteComments.authorId))
    .where(eq(minuteComments.meetingId, meetingId))
    .orderBy(asc(minuteComments.createdAt));
  return rows.map(({ c, author }) => ({
    id: c.id,
    agendaItemId: c.agendaItemId,
    body: c.body,
    author,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolution: c.resolution,
  }));
}

/** The meeting a comment belongs to, or null when there is no such comment. */
export async function commentMeetingId(db: Db, commentId: string): Promise<string | null> {
  const [comment] = await db.select({ meetingId: minuteComments.meetingId }).from(minuteComments).where(eq(minuteComments.id, commentId));
  return comment?.meetingId ?? null;
}
