import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.js";
import { actionItems, agendaItems, forums, meetings, memberships, users, type FrozenCarryOver } from "../../db/schema/index.js";
import { copenhagenDate, daysBetween } from "../../shared/rules/copenhagenTime.js";
import { HELD_STATUSES } from "../../shared/rules/heldMeeting.js";
import { isReadableInstant } from "../../shared/rules/meetingDates.js";
import type { ActionStatus } from "../../shared/editor/vocabulary.js";
import { canChangeActionItemStatus } from "../auth/roles.js";

/** Action items due within this many days count as due soon. */
export const DUE_SOON_DAYS = 14;

/** Which action items a list shows. */
export interface ActionItemFilter {
  scope: "mine" | "forum" | "organisation" | "all";
  forumId?: string;
  organisationId?: string;
  statuses?: ActionStatus[];
  /** Only items decided at meetings before this instant (carry-over into a later meeting). */
  decidedBefore?: Date;
}

/** Who the list is for: a user (their forums), or the server itself for given forums. */
export interface Viewer {
  id: string | null;
  organisationId: string | null;
  forumIds?: string[];
}

/** An action item as the dashboard shows it. */
export type ActionItemView = Awaited<ReturnType<typeof listActionItems>>[number];

const OPEN: string[] = ["åben", "i gang"];

/**
 * The action items of the forums the user sits in, filtered, with "næste
 * møde" resolved to the date of the forum's next meeting after the one the
 * item was decided at, and overdue / due-soon flags for today in Copenhagen.
 * Only meetings that have been held count: an action item in an agenda is a
 * proposal until the meeting starts.
 */
export async function listActionItems(db: Db, user: Viewer, filter: ActionItemFilter, now = new Date()) {
  const seats = user.forumIds
    ? user.forumIds.map((forumId) => ({ forumId, role: null }))
    : await db.select({ forumId: memberships.forumId, role: memberships.role }).from(memberships).where(eq(memberships.userId, user.id!));
  if (seats.length === 0) return [];
  const roleIn = new Map(seats.map((s) => [s.forumId, s.role]));
  const item = alias(agendaItems, "item");
  const owner = alias(users, "owner");
  const rows = await db
    .select({ a: actionItems, meeting: meetings, forumName: forums.name, itemNumber: item.number, itemTitle: item.title, ownerOrganisationId: owner.organisationId })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .innerJoin(forums, eq(forums.id, meetings.forumId))
    .leftJoin(item, and(eq(item.documentId, actionItems.documentId), eq(item.id, actionItems.agendaItemId)))
    .leftJoin(owner, and(eq(actionItems.ownerKind, "person"), eq(sql`${owner.id}::text`, actionItems.ownerId)))
    // Filtered by the meeting's state at read time, so a proposal becomes a task the moment the meeting starts.
    .where(and(isNull(actionItems.removedAt), or(inArray(meetings.forumId, [...roleIn.keys()]), inArray(meetings.jointForumId, [...roleIn.keys()])), inArray(meetings.status, [...HELD_STATUSES])))
    .orderBy(asc(meetings.startsAt), asc(actionItems.position));

  // A joint meeting's items belong to both forums' members: the seat in the meeting's own forum, else in the joint one.
  const seatRole = (m: { forumId: string; jointForumId: string | null }) => (roleIn.has(m.forumId) ? roleIn.get(m.forumId) : m.jointForumId ? roleIn.get(m.jointForumId) : undefined);
  const forumIds = [...new Set(rows.map((r) => r.meeting.forumId))];
  const plan = forumIds.length
    ? await db
        .select({ forumId: meetings.forumId, startsAt: meetings.startsAt })
        .from(meetings)
        // A cancelled meeting is nobody's "next meeting".
        .where(and(inArray(meetings.forumId, forumIds), ne(meetings.status, "aflyst")))
        .orderBy(asc(meetings.startsAt))
    : [];
  const nextMeeting = (forumId: string, after: Date) => plan.find((m) => m.forumId === forumId && m.startsAt > after)?.startsAt ?? null;
  const today = copenhagenDate(now);

  const isMine = (r: (typeof rows)[number]) => {
    const role = seatRole(r.meeting);
    return (
      (r.a.ownerKind === "person" && r.a.ownerId === user.id) ||
      (r.a.ownerKind === "sekretariatet" && role === "secretariat") ||
      (r.a.ownerKind === "formandskabet" && role === "chair")
    );
  };
  const inOrganisation = (r: (typeof rows)[number], organisationId: string) =>
    (r.a.ownerKind === "organisation" && r.a.ownerId === organisationId) || r.ownerOrganisationId === organisationId;

  return rows
    .filter((r) => {
      // A meeting whose stored time is no instant (written around the API) is listed, marked, on the meeting list; its items return once it is repaired.
      if (!isReadableInstant(r.meeting.startsAt)) return false;
      if (filter.forumId && r.meeting.forumId !== filter.forumId) return false;
      if (filter.decidedBefore && r.meeting.startsAt >= filter.decidedBefore) return false;
      if (filter.statuses?.length && !filter.statuses.includes(r.a.status as ActionStatus)) return false;
      if (filter.scope === "mine") return isMine(r);
      if (filter.scope === "organisation") return !!filter.organisationId && inOrganisation(r, filter.organisationId);
      return true;
    })
    .map((r) => {
      const next = r.a.dueKind === "naeste_moede" ? nextMeeting(r.meeting.forumId, r.meeting.startsAt) : null;
      const dueDate = r.a.dueKind === "dato" ? r.a.dueDate : next ? copenhagenDate(next) : null;
      const open = OPEN.includes(r.a.status);
      const daysLeft = dueDate ? daysBetween(today, dueDate) : null;
      const role = seatRole(r.meeting);
      return {
        documentId: r.a.documentId,
        id: r.a.id,
        text: r.a.text,
        status: r.a.status as ActionStatus,
        statusChangedAt: r.a.statusChangedAt?.toISOString() ?? null,
        owner: { kind: r.a.ownerKind, id: r.a.ownerId, name: r.a.ownerName },
        due: { kind: r.a.dueKind, date: dueDate, condition: r.a.dueCondition },
        overdue: open && daysLeft !== null && daysLeft < 0,
        dueSoon: open && daysLeft !== null && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS,
        meeting: { id: r.meeting.id, title: r.meeting.title, startsAt: r.meeting.startsAt.toISOString() },
        forum: { id: r.meeting.forumId, name: r.forumName },
        agendaItem: r.a.agendaItemId ? { id: r.a.agendaItemId, number: r.itemNumber, title: r.itemTitle } : null,
        canChangeStatus: canChangeActionItemStatus(role ?? null, r.a, user.id),
      };
    });
}

/** One action item as the user's dashboard shows it, or undefined when it is not on it. */
export async function findActionItem(db: Db, userId: string, key: { documentId: string; blockId: string }): Promise<ActionItemView | undefined> {
  const all = await listActionItems(db, { id: userId, organisationId: null }, { scope: "all" });
  return all.find((a) => a.documentId === key.documentId && a.id === key.blockId);
}

/** The forum's open action items from meetings before `before`: what a meeting's Opfølgning item lists. */
export function carryOverItems(db: Db, forumId: string, before: Date) {
  return listActionItems(db, { id: null, organisationId: null, forumIds: [forumId] }, { scope: "forum", forumId, statuses: ["åben", "i gang"], decidedBefore: before });
}

/** The carry-over list as a frozen version stores it and the renderers print it. */
export async function carryOverEntries(db: Db, forumId: string, before: Date): Promise<FrozenCarryOver[]> {
  return (await carryOverItems(db, forumId, before)).map((a) => ({
    meetingId: a.meeting.id,
    text: a.text,
    status: a.status,
    ownerName: a.owner.name,
    meetingTitle: a.meeting.title,
    meetingStartsAt: a.meeting.startsAt,
  }));
}
