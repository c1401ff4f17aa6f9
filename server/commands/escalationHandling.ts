import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { documents, meetings } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { authorize } from "../auth/authorize.js";
import { AppError, notFound } from "../errors.js";
import type { Logger } from "../logger.js";
import type { RoomRegistry } from "../sync/roomRegistry.js";
import { insertAgendaItem } from "../sync/yBlocks.js";
import { checkMove, loadEscalation, undoAccept, writeMove, type EscalationKey } from "./escalationMoves.js";
import { forumLadder } from "./forumLadder.js";

/**
 * Accepts an escalation into an upcoming meeting of the target forum: an
 * agenda item linked to its origin is inserted into that meeting's document
 * (before Eventuelt) and the escalation records where it went. Allowed once,
 * from "ny"; a second or concurrent accept is a 409 and inserts nothing.
 */
export async function acceptEscalation(db: Db, rooms: RoomRegistry, log: Logger, userId: string, key: EscalationKey, meetingId: string) {
  const esc = await loadEscalation(db, key);
  await authorize(db, { id: userId }, "escalation.handle", esc);
  checkMove(esc, "accept");
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting || meeting.forumId !== esc.targetForumId) throw new AppError(400, "wrong_meeting", "Mødet hører ikke til det modtagende forum.");
  if (meeting.status === "aflyst") throw new AppError(409, "meeting_cancelled", "Mødet er aflyst. Vælg et andet møde.");
  if (meeting.startsAt.getTime() < Date.now()) throw new AppError(400, "meeting_in_past", "Mødet har allerede været afholdt.");
  const [document] = await db.select({ id: documents.id }).from(documents).where(eq(documents.meetingId, meetingId));
  if (!document) throw notFound("Mødets dagsorden");

  const sentOn = esc.originStartsAt.toLocaleDateString("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });
  // The title is the case's first line; its paragraphs and lists follow a line saying where it came from
  // (rows extracted before blocks kept their content have only the text).
  const [firstLine = ""] = esc.e.text.split("\n");
  const body = esc.e.content.length > 0 ? esc.e.content : [build.paragraph(esc.e.text)];
  const item = build.agendaItem(
    firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine,
    build.section("sagsfremstilling", build.paragraph(`Sendt fra ${esc.originForumName} (møde ${sentOn}):`), ...body),
    build.section("beslutning"),
  );
  item.attrs = { ...item.attrs, originDocumentId: key.documentId, originBlockId: key.blockId };
  const itemId = item.attrs.id as string;
  // The state is claimed before the document is touched, so of two concurrent accepts only one inserts an item.
  await writeMove(db, key, esc, "accept", { stateReason: null, targetMeetingId: meetingId, targetAgendaItemId: itemId, handledBy: userId, handledAt: new Date() });
  try {
    await rooms.editDocument(document.id, async () => {}, (doc) => insertAgendaItem(doc, item));
  } catch (error) {
    // Nothing half done: without its agenda item the escalation waits as it did.
    await undoAccept(db, key, esc, itemId);
    log.error({ err: error, documentId: document.id }, "inserting an accepted escalation's agenda item failed; the escalation was put back");
    throw new AppError(503, "agenda_not_updated", "Punktet kunne ikke sættes på dagsordenen, så eskaleringen afventer stadig behandling. Prøv igen om lidt.");
  }
  return { meetingId, agendaItemId: itemId };
}

/** Rejects an escalation with a reason the origin forum will see; only while it waits ("ny"). */
export async function rejectEscalation(db: Db, userId: string, key: EscalationKey, reason: string) {
  const esc = await loadEscalation(db, key);
  await authorize(db, { id: userId }, "escalation.handle", esc);
  await writeMove(db, key, esc, "reject", { stateReason: reason, handledBy: userId, handledAt: new Date() });
}

/** Forwards a waiting escalation to another forum of the ladder, where it waits as new. */
export async function forwardEscalation(db: Db, userId: string, key: EscalationKey, forumId: string, reason: string | undefined) {
  const esc = await loadEscalation(db, key);
  await authorize(db, { id: userId }, "escalation.handle", esc);
  checkMove(esc, "forward");
  // Only along the ladder of the forum holding it, and never back to where it came from.
  const ladder = esc.targetForumId ? await forumLadder(db, esc.targetForumId) : [];
  if (!ladder.some((f) => f.id === forumId) || forumId === esc.originForumId) {
    throw new AppError(400, "outside_ladder", "Forummet er ikke en del af klyngens forumstruktur for denne eskalering.");
  }
  // The target as extracted stays as the document says; the list names the forum it waits in from `forwardedToForumId`.
  await writeMove(db, key, esc, "forward", { forwardedToForumId: forumId, stateReason: reason ?? null, handledBy: userId, handledAt: new Date() });
}

/**
 * Closes an escalation with an outcome in words: for referrals to bodies
 * outside the system, or an accepted one once dealt with. Not once rejected or closed.
 */
export async function closeEscalation(db: Db, userId: string, key: EscalationKey, outcome: string) {
  const esc = await loadEscalation(db, key);
  await authorize(db, { id: userId }, "escalation.close", esc);
  await writeMove(db, key, esc, "close", { stateReason: outcome, handledBy: userId, handledAt: new Date() });
}
