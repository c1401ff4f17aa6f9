import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { meetings } from "../../db/schema/index.js";
import { requireMeetingPeople, type MeetingForums, type MeetingPeople } from "./meetingLeadership.js";

/** The heading fields of a meeting that may change after it is planned: with host and mødeleder (null clears them). */
export interface HeadingChange extends MeetingPeople {
  title?: string;
  place?: string;
  startsAt?: Date;
}

/**
 * Renames, moves or relocates a meeting, or sets who hosts and leads it,
 * marking it updated (calendar feeds pick the change up by it). A host
 * outside the forum's region or a mødeleder who is no chair is refused (400).
 */
export async function changeMeetingHeading(db: Db, meeting: { id: string } & MeetingForums, change: HeadingChange): Promise<void> {
  await db.transaction(async (tx) => {
    await requireMeetingPeople(tx, meeting, change);
    await tx.update(meetings).set({ ...change, updatedAt: new Date() }).where(eq(meetings.id, meeting.id));
  });
}
