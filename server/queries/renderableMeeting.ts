import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attachments, meetingVersions, type FrozenCarryOver } from "../../db/schema/index.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { isHeld } from "../../shared/rules/heldMeeting.js";
import type { RenderableMeeting } from "../render/index.js";
import { readDocument } from "../sync/documentReader.js";
import { carryOverEntries } from "./actionItemList.js";
import { findMeetingRecord, type MeetingRecord } from "./meetingRecord.js";

async function attachmentNames(db: Db, meetingId: string): Promise<Record<string, string[]>> {
  const rows = await db
    .select({ agendaItemId: attachments.agendaItemId, filename: attachments.filename })
    .from(attachments)
    .where(and(eq(attachments.meetingId, meetingId), isNotNull(attachments.agendaItemId)));
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.agendaItemId!] ??= []).push(r.filename);
  return out;
}

async function renderable(db: Db, h: MeetingRecord, kind: RenderableMeeting["kind"], doc: DocJSON, carryOver: FrozenCarryOver[]): Promise<RenderableMeeting> {
  return {
    clusterName: h.clusterName,
    forumName: h.forumName,
    title: h.meeting.title,
    startsAt: h.meeting.startsAt,
    place: h.meeting.place,
    kind,
    doc,
    carryOver: carryOver.map((c) => ({ ...c, meetingStartsAt: new Date(c.meetingStartsAt) })),
    attachments: await attachmentNames(db, h.meeting.id),
  };
}

/** A meeting's live document, ready to render (for members' exports). */
export async function liveRenderable(db: Db, meetingId: string): Promise<RenderableMeeting | null> {
  const h = await findMeetingRecord(db, meetingId);
  if (!h) return null;
  // Before the meeting is held the document is its agenda (with proposals); from then on, its minutes.
  const kind = isHeld(h.meeting.status) ? "referat" : "dagsorden";
  return renderable(db, h, kind, await readDocument(db, h.documentId), await carryOverEntries(db, h.meeting.forumId, h.meeting.startsAt));
}

/** The published minutes of a meeting, as frozen at publication, or null when not published. */
export async function publishedRenderable(db: Db, meetingId: string): Promise<RenderableMeeting | null> {
  const h = await findMeetingRecord(db, meetingId);
  if (!h || h.meeting.status !== "offentliggjort") return null;
  const [version] = await db
    .select()
    .from(meetingVersions)
    .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, "offentliggjort")))
    .orderBy(desc(meetingVersions.version))
    .limit(1);
  return version ? renderable(db, h, "referat", version.doc, version.carryOver) : null;
}
