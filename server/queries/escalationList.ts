import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.js";
import { agendaItems, decisions, escalations, forums, meetings } from "../../db/schema/index.js";
import { HELD_STATUSES, isHeld } from "../../shared/rules/heldMeeting.js";
import { isReadableInstant } from "../../shared/rules/meetingDates.js";

/** An escalation as the inbox and the origin forum see it. */
export type EscalationView = Awaited<ReturnType<typeof listEscalations>>[number];

/** The forum an escalation now waits in: where it was forwarded to, else where it was sent. */
export const effectiveTarget = sql<string>`coalesce(${escalations.forwardedToForumId}::text, ${escalations.targetForumId})`;

// Only a target the server found on the ladder puts an escalation in an inbox; invalid, external and
// unset targets are tracked by the forum that sent them and nowhere else.
const sentToForum = eq(escalations.targetKind, "forum");

// Decisions and escalations in the agenda of a meeting not yet held are proposals: they count once it starts.
const heldMeeting = inArray(meetings.status, [...HELD_STATUSES]);

/**
 * Escalations matching `where`, each with its origin (forum, meeting, item),
 * whether it is still a proposal, its handling, and the outcome: the
 * decisions taken on the agenda item it became in the target forum's
 * meeting, once that meeting has been held.
 */
export async function listEscalations(db: Db, where: SQL) {
  const originItem = alias(agendaItems, "origin_item");
  const targetMeeting = alias(meetings, "target_meeting");
  const targetForum = alias(forums, "target_forum");
  const rows = await db
    .select({
      e: escalations,
      originMeeting: { id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, forumId: meetings.forumId, status: meetings.status },
      originForumName: forums.name,
      originItem: { number: originItem.number, title: originItem.title },
      targetMeeting: { id: targetMeeting.id, title: targetMeeting.title, startsAt: targetMeeting.startsAt },
      targetForumName: targetForum.name,
    })
    .from(escalations)
    .innerJoin(meetings, eq(meetings.id, escalations.meetingId))
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(originItem, and(eq(originItem.documentId, escalations.documentId), eq(originItem.id, escalations.agendaItemId)))
    .leftJoin(targetMeeting, eq(targetMeeting.id, escalations.targetMeetingId))
    // The name of the forum it waits in now, as the forum is called today (compared as text: rows stored
    // before targets were checked may hold an id that is no uuid).
    .leftJoin(targetForum, and(sentToForum, sql`${targetForum.id}::text = ${effectiveTarget}`))
    .where(and(isNull(escalations.removedAt), where))
    .orderBy(asc(meetings.startsAt), asc(escalations.position));

  const targetItemIds = rows.map((r) => r.e.targetAgendaItemId).filter((id): id is string => !!id);
  const outcomes = targetItemIds.length
    ? await db
        .select({ meetingId: decisions.meetingId, agendaItemId: decisions.agendaItemId, text: decisions.text })
        .from(decisions)
        .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
        .where(and(isNull(decisions.removedAt), inArray(decisions.agendaItemId, targetItemIds), heldMeeting))
        .orderBy(asc(decisions.position))
    : [];

  // An escalation from or onto a meeting whose stored time is no instant returns once the date is repaired.
  const readable = rows.filter((r) => isReadableInstant(r.originMeeting.startsAt) && (!r.targetMeeting?.startsAt || isReadableInstant(r.targetMeeting.startsAt)));
  return readable.map((r) => ({
    documentId: r.e.documentId,
    id: r.e.id,
    text: r.e.text,
    direction: r.e.direction,
    proposal: !isHeld(r.originMeeting.status),
    target: {
      kind: r.e.targetKind,
      forumId: r.targetForumName === null ? null : (r.e.forwardedToForumId ?? r.e.targetForumId),
      forumName: r.targetForumName,
      forwarded: r.e.forwardedToForumId !== null,
      external: r.e.targetKind === "external" ? r.e.targetExternal : null,
    },
    origin: {
      forumId: r.originMeeting.forumId,
      forumName: r.originForumName,
      meeting: { id: r.originMeeting.id, title: r.originMeeting.title, startsAt: r.originMeeting.startsAt.toISOString() },
      agendaItem: r.originItem?.number ? r.originItem : null,
    },
    state: r.e.state,
    reason: r.e.stateReason,
    handledAt: r.e.handledAt?.toISOString() ?? null,
    targetMeeting: r.targetMeeting?.id ? { id: r.targetMeeting.id, title: r.targetMeeting.title, startsAt: r.targetMeeting.startsAt!.toISOString() } : null,
    outcome: outcomes.filter((o) => o.meetingId === r.e.targetMeetingId && o.agendaItemId === r.e.targetAgendaItemId).map((o) => o.text),
  }));
}

/** Escalations waiting in, or handled by, a forum. */
export function inboxOf(db: Db, forumId: string) {
  return listEscalations(db, and(sentToForum, eq(effectiveTarget, forumId), heldMeeting)!);
}

/** Escalations a forum has sent, with what became of them. */
export function sentBy(db: Db, forumId: string) {
  return listEscalations(db, and(eq(meetings.forumId, forumId), heldMeeting)!);
}

/** Escalations from one meeting: proposals too, marked as such, since its own forum sees them. */
export function sentFromMeeting(db: Db, meetingId: string) {
  return listEscalations(db, eq(escalations.meetingId, meetingId));
}
