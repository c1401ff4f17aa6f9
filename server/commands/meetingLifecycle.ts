import { and, eq, isNull, max, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { meetings, meetingVersions, memberships, minuteComments } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { DanishCalendar } from "../../shared/rules/danishCalendar.js";
import { commentPeriodEnd } from "../../shared/rules/deadlines.js";
import { STATUS_LABELS, allowedTransitions, stepTooEarly, type Actor, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import { AppError, forbidden, notFound } from "../errors.js";
import { readDocument } from "../sync/documentReader.js";
import { carryOverEntries } from "../queries/actionItemList.js";
import { findMeetingRecord } from "../queries/meetingRecord.js";
import { cprFindings } from "../../shared/rules/cprGuard.js";
import type { VersionKind } from "../../shared/protocol/versions.js";


async function meetingContext(db: Db, meetingId: string) {
  const row = await findMeetingRecord(db, meetingId);
  if (!row) throw notFound("Mødet");
  return row;
}

/** Freezes the current document as the next version of its kind, with the carry-over list as it stands. */
export async function snapshot(db: Db, meetingId: string, documentId: string, kind: VersionKind, userId: string | null): Promise<number> {
  const doc = await readDocument(db, documentId);
  const [meeting] = await db.select({ forumId: meetings.forumId, startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.id, meetingId));
  const carryOver = await carryOverEntries(db, meeting.forumId, meeting.startsAt);
  const [{ last }] = await db
    .select({ last: max(meetingVersions.version) })
    .from(meetingVersions)
    .where(and(eq(meetingVersions.meetingId, meetingId), eq(meetingVersions.kind, kind)));
  const version = (last ?? 0) + 1;
  await db.insert(meetingVersions).values({ meetingId, kind, version, doc, carryOver, createdBy: userId });
  return version;
}

/** The actor a user is in a meeting's forum, or null when they have no seat there. */
export async function actorIn(db: Db, userId: string, forumId: string): Promise<Actor | null> {
  const [seat] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.forumId, forumId), eq(memberships.userId, userId)));
  return seat?.role ?? null;
}

/**
 * Moves a meeting one step through its lifecycle, if `actor` may take that
 * step from the state it is in, with the step's side effects: the agenda and
 * the minutes are frozen as versions when sent, the comment period starts
 * when the minutes go out, approval freezes the minutes as approved, and
 * publishing (refused while the minutes hold a CPR number, which the
 * secretariat may still remove after approval) freezes what the public sees.
 */
export async function transitionMeeting(db: Db, meetingId: string, to: MeetingStatus, actor: Actor, userId: string | null): Promise<void> {
  const { meeting, documentId, rules, extraDaysOff } = await meetingContext(db, meetingId);
  const from = meeting.status as MeetingStatus;
  if (!allowedTransitions(from, actor).includes(to)) {
    const anyone = (["chair", "secretariat", "system"] as Actor[]).some((a) => allowedTransitions(from, a).includes(to));
    if (anyone) throw forbidden("Din rolle i forummet må ikke tage dette skridt.");
    throw new AppError(409, "illegal_transition", `Mødet kan ikke gå fra "${STATUS_LABELS[from]}" til "${STATUS_LABELS[to]}".`);
  }
  const now = new Date();
  const tooEarly = stepTooEarly(to, meeting.startsAt, now);
  if (tooEarly) throw new AppError(409, "too_early", tooEarly);
  const changes: Partial<typeof meetings.$inferInsert> = { status: to };
  if (to === "dagsorden_udsendt") {
    await snapshot(db, meetingId, documentId, "dagsorden", userId);
    changes.agendaSentAt = now;
  }
  if (to === "referat_udsendt") {
    await snapshot(db, meetingId, documentId, "referat", userId);
    changes.minutesSentAt = now;
    changes.commentPeriodEndsOn = commentPeriodEnd(copenhagenDate(now), rules, new DanishCalendar(extraDaysOff));
  }
  if (to === "godkendt") {
    await snapshot(db, meetingId, documentId, "godkendt", userId);
    changes.approvedAt = now;
  }
  if (to === "offentliggjort") {
    const blockers = cprFindings(await readDocument(db, documentId));
    if (blockers.length > 0) {
      const where = blockers.map((b) => (b.itemNumber ? `punkt ${b.itemNumber} (${b.itemTitle})` : "dokumentet")).join(", ");
      throw new AppError(422, "cpr_number", `Referatet kan ikke offentliggøres: der står noget, der ligner et CPR-nummer, i ${where}.`);
    }
    await snapshot(db, meetingId, documentId, "offentliggjort", userId);
    changes.publishedAt = now;
  }
  // The state in the WHERE makes two simultaneous steps from one state a conflict, not a double step.
  const moved = await db.update(meetings).set(changes).where(and(eq(meetings.id, meetingId), eq(meetings.status, from))).returning({ id: meetings.id });
  if (moved.length === 0) throw new AppError(409, "illegal_transition", "Mødet er lige blevet ændret af en anden. Prøv igen.");
}

/** Freezes a revised version of sent minutes (after comments), keeping the comment period. */
export async function reviseMinutes(db: Db, meetingId: string, actor: Actor, userId: string): Promise<number> {
  const { meeting, documentId } = await meetingContext(db, meetingId);
  if (actor !== "secretariat") throw forbidden("Kun sekretariatet kan udsende en revideret version.");
  if (meeting.status !== "referat_udsendt") throw new AppError(409, "illegal_transition", "Kun et udsendt referat kan revideres.");
  return snapshot(db, meetingId, documentId, "referat", userId);
}

/** Open comments on a meeting's minutes. */
export async function openCommentCount(db: Db, meetingId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(minuteComments)
    .where(and(eq(minuteComments.meetingId, meetingId), isNull(minuteComments.resolvedAt)));
  return n;
}
