import type { Db } from "../../db/client.js";
import { documentSnapshots, documents, meetings } from "../../db/schema/index.js";
import type { DocJSON } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { jsonToYUpdate } from "../../shared/editor/ydoc.js";
import { requireJointForum, requireMeetingPeople, type MeetingPeople } from "./meetingLeadership.js";

/** What a new meeting needs; host and mødeleder are optional, as is the forum a joint meeting is held with. */
export interface NewMeeting extends MeetingPeople {
  forumId: string;
  jointForumId?: string | null;
  title: string;
  startsAt: Date;
  place?: string;
  /** The document's first content; an empty paragraph when omitted. */
  content?: DocJSON;
}

/**
 * Creates a meeting with its document in one transaction. The initial content
 * is stored as the document's snapshot, so the first editor to connect sees it
 * and no client has to create it (which would duplicate it under concurrency).
 */
export async function createMeeting(db: Db, input: NewMeeting): Promise<{ meetingId: string; documentId: string }> {
  const state = jsonToYUpdate(input.content ?? build.doc(build.paragraph()));
  const jointForumId = input.jointForumId ?? null;
  return db.transaction(async (tx) => {
    if (jointForumId) await requireJointForum(tx, input.forumId, jointForumId);
    await requireMeetingPeople(tx, { forumId: input.forumId, jointForumId }, input);
    const [meeting] = await tx
      .insert(meetings)
      .values({
        forumId: input.forumId,
        jointForumId,
        title: input.title,
        startsAt: input.startsAt,
        place: input.place ?? "",
        hostOrganisationId: input.hostOrganisationId ?? null,
        leaderUserId: input.leaderUserId ?? null,
      })
      .returning({ id: meetings.id });
    const [document] = await tx.insert(documents).values({ meetingId: meeting.id }).returning({ id: documents.id });
    await tx.insert(documentSnapshots).values({ documentId: document.id, data: state, lastUpdateId: 0 });
    return { meetingId: meeting.id, documentId: document.id };
  });
}
