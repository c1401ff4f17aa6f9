import type { Db } from "../../db/client.js";
import { documentSnapshots, documents, meetings } from "../../db/schema/index.js";
import type { DocJSON } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { jsonToYUpdate } from "../../shared/editor/ydoc.js";

/** What a new meeting needs. */
export interface NewMeeting {
  forumId: string;
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
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({ forumId: input.forumId, title: input.title, startsAt: input.startsAt, place: input.place ?? "" })
      .returning({ id: meetings.id });
    const [document] = await tx.insert(documents).values({ meetingId: meeting.id }).returning({ id: documents.id });
    await tx.insert(documentSnapshots).values({ documentId: document.id, data: state, lastUpdateId: 0 });
    return { meetingId: meeting.id, documentId: document.id };
  });
}
