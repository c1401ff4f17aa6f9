import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { meetings } from "../../db/schema/index.js";

/** The heading fields of a meeting that may change after it is planned. */
export interface HeadingChange {
  title?: string;
  place?: string;
  startsAt?: Date;
}

/** Renames, moves or relocates a meeting, marking it updated (calendar feeds pick the change up by it). */
export async function changeMeetingHeading(db: Db, meetingId: string, change: HeadingChange): Promise<void> {
  await db.update(meetings).set({ ...change, updatedAt: new Date() }).where(eq(meetings.id, meetingId));
}
