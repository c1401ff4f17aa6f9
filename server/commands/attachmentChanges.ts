import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attachments } from "../../db/schema/index.js";
import { metadataColumns } from "../queries/attachments.js";
import { requireUnlocked } from "./lifecycleStep.js";
import { lockMeeting } from "./versionFreezer.js";

/** A new attachment's fields. */
export type NewAttachment = Omit<typeof attachments.$inferInsert, "id" | "meetingId" | "createdAt">;

/**
 * Attaches a file to a meeting, under the meeting's lock: an upload and the
 * approval that freezes the attachment list take turns, so a file never
 * lands in approved minutes (409 `meeting_locked`).
 */
export async function addAttachment(db: Db, meetingId: string, file: NewAttachment) {
  return db.transaction(async (tx) => {
    requireUnlocked((await lockMeeting(tx, meetingId)).meeting.status);
    const [row] = await tx.insert(attachments).values({ ...file, meetingId }).returning(metadataColumns);
    return row;
  });
}

/** Removes an attachment, under the meeting's lock; refused once the minutes are approved. */
export async function removeAttachment(db: Db, meetingId: string, attachmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    requireUnlocked((await lockMeeting(tx, meetingId)).meeting.status);
    await tx.delete(attachments).where(and(eq(attachments.id, attachmentId), eq(attachments.meetingId, meetingId)));
  });
}
