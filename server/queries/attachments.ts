import { asc, eq, getTableColumns } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attachments } from "../../db/schema/index.js";

const { data: _data, ...columns } = getTableColumns(attachments);
/** The columns of an attachment but its bytes, for reads and `returning`. */
export const metadataColumns = columns;

/** An attachment's row without its bytes. */
export type AttachmentMetadata = Omit<typeof attachments.$inferSelect, "data">;

/** The meeting's attachments without their bytes, oldest first. */
export function listAttachments(db: Db, meetingId: string): Promise<AttachmentMetadata[]> {
  return db.select(metadataColumns).from(attachments).where(eq(attachments.meetingId, meetingId)).orderBy(asc(attachments.createdAt));
}

/** One attachment without its bytes, or null. */
export async function findAttachment(db: Db, attachmentId: string): Promise<AttachmentMetadata | null> {
  const [row] = await db.select(metadataColumns).from(attachments).where(eq(attachments.id, attachmentId));
  return row ?? null;
}

/** An attachment's bytes, or null when it is gone. */
export async function attachmentData(db: Db, attachmentId: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ data: attachments.data }).from(attachments).where(eq(attachments.id, attachmentId));
  return row?.data ?? null;
}
