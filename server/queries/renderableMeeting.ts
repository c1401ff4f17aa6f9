import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attachments } from "../../db/schema/index.js";
import { isHeld } from "../../shared/rules/heldMeeting.js";
import { isReadableInstant } from "../../shared/rules/meetingDates.js";
import { AppError } from "../errors.js";
import type { RenderableMeeting } from "../render/index.js";
import { readDocument } from "../sync/documentReader.js";
import { carryOverEntries } from "./actionItemList.js";
import { leadershipNames } from "./meetingLeadership.js";
import { findMeetingRecord } from "./meetingRecord.js";
import type { StoredVersion } from "./meetingVersions.js";

function byItem(list: { agendaItemId: string | null; filename: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of list) if (a.agendaItemId) (out[a.agendaItemId] ??= []).push(a.filename);
  return out;
}

/** A meeting's live document, ready to render (for members' exports), with host, mødeleder and joint forum as they stand. */
export async function liveRenderable(db: Db, meetingId: string): Promise<RenderableMeeting | null> {
  const h = await findMeetingRecord(db, meetingId);
  if (!h) return null;
  if (!isReadableInstant(h.meeting.startsAt)) throw new AppError(409, "date_unreadable", "Mødets tidspunkt kan ikke læses. Ret tidspunktet, før mødet eksporteres.");
  const files = await db
    .select({ agendaItemId: attachments.agendaItemId, filename: attachments.filename })
    .from(attachments)
    .where(and(eq(attachments.meetingId, meetingId), isNotNull(attachments.agendaItemId)));
  const carryOver = await carryOverEntries(db, h.meeting.forumId, h.meeting.startsAt);
  return {
    clusterName: h.clusterName,
    forumName: h.forumName,
    title: h.meeting.title,
    startsAt: h.meeting.startsAt,
    place: h.meeting.place,
    ...(await leadershipNames(db, h.meeting)),
    // Before the meeting has been held the document is its agenda; from then on, its minutes.
    kind: isHeld(h.meeting.status) ? "referat" : "dagsorden",
    doc: await readDocument(db, h.documentId),
    carryOver: carryOver.map((c) => ({ ...c, meetingStartsAt: new Date(c.meetingStartsAt) })),
    attachments: byItem(files),
  };
}

/** A frozen version, ready to render: everything comes from the version, nothing from live rows. */
export function versionRenderable(version: StoredVersion): RenderableMeeting {
  return {
    clusterName: version.clusterName,
    forumName: version.forumName,
    title: version.title,
    startsAt: version.startsAt,
    place: version.place,
    // Null in versions frozen before these were recorded: the heading then reads as it did.
    hostName: version.hostName,
    leaderName: version.leaderName,
    jointForumName: version.jointForumName,
    kind: version.kind === "dagsorden" ? "dagsorden" : "referat",
    doc: version.doc,
    carryOver: version.carryOver.map((c) => ({ ...c, meetingStartsAt: new Date(c.meetingStartsAt) })),
    attachments: byItem(version.attachments),
  };
}
