import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { documents, meetings } from "../../db/schema/index.js";
import { isDocumentLocked, type MeetingStatus } from "../../shared/rules/lifecycle.js";

/** Whether a document's meeting is in a state where nobody may change the document (approved or later). */
export async function isDocumentFrozen(db: Db, documentId: string): Promise<boolean> {
  const [row] = await db.select({ status: meetings.status }).from(documents).innerJoin(meetings, eq(meetings.id, documents.meetingId)).where(eq(documents.id, documentId));
  return row ? isDocumentLocked(row.status as MeetingStatus) : false;
}
