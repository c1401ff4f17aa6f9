import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { meetingVersions, minuteComments } from "../../db/schema/index.js";
import { AppError } from "../errors.js";
import { lockMeeting } from "./versionFreezer.js";

/**
 * A member's comment on sent minutes, anchored to the latest sent version.
 * Taken under the meeting's lock, so it cannot slip in beside the chair's
 * approval: either the approval sees it open, or the comment is refused.
 */
export async function addComment(db: Db, meetingId: string, authorId: string, agendaItemId: string | null, body: string) {
  return db.transaction(async (tx) => {
    const { meeting } = await lockMeeting(tx, meetingId);
    if (meeting.status !== "referat_udsendt") throw new AppError(409, "not_commentable", "Der kan kun gives bemærkninger til et udsendt referat.");
    const [version] = await tx
      .select({ id: meetingVersions.id })
      .from(meetingVersions)
      .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, "referat")))
      .orderBy(desc(meetingVersions.version))
      .limit(1);
    const [row] = await tx.insert(minuteComments).values({ meetingId, versionId: version?.id, agendaItemId, body, authorId }).returning();
    return row;
  });
}

/** The secretariat closes a comment with how it was handled; closing twice is a conflict. */
export async function resolveComment(db: Db, commentId: string, userId: string, resolution: string): Promise<void> {
  const resolved = await db
    .update(minuteComments)
    .set({ resolvedAt: new Date(), resolvedBy: userId, resolution })
    .where(and(eq(minuteComments.id, commentId), isNull(minuteComments.resolvedAt)))
    .returning({ id: minuteComments.id });
  if (resolved.length === 0) throw new AppError(409, "already_resolved", "Bemærkningen er allerede afsluttet.");
}
