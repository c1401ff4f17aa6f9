import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { meetingEvents, meetings } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { DanishCalendar, type ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { commentPeriodEnd } from "../../shared/rules/deadlines.js";
import type { ForumRules } from "../../shared/rules/kommissorium.js";
import { STATUS_LABELS, isDocumentLocked, isLegalStep, stepTooEarly, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import { AppError } from "../errors.js";
import type { RoomRegistry } from "../sync/roomRegistry.js";
import { isNotifiedStep, notifyMembers } from "./meetingNotifications.js";
import type { LockedMeeting } from "./versionFreezer.js";

/** What lifecycle commands work with: the database, the live documents, and the site's address for links. */
export interface LifecycleContext {
  db: Db;
  rooms: RoomRegistry;
  origin: string;
}

/** Refuses a step the step table does not have from the state the meeting is in; who may take it is `authorize`'s question. */
export function requireLegalStep(from: MeetingStatus, to: MeetingStatus): void {
  if (!isLegalStep(from, to)) throw new AppError(409, "illegal_transition", `Mødet kan ikke gå fra "${STATUS_LABELS[from]}" til "${STATUS_LABELS[to]}".`);
}

/** Refuses a step that its meeting's time does not allow yet (409 `too_early`): the job's as well as people's. */
export function requireNotTooEarly(to: MeetingStatus, startsAt: Date, now = new Date()): void {
  const tooEarly = stepTooEarly(to, startsAt, now);
  if (tooEarly) throw new AppError(409, "too_early", tooEarly);
}

/** Refuses a change to the heading or attachments of approved minutes (409 `meeting_locked`); a correction reopens them. */
export function requireUnlocked(status: string): void {
  if (isDocumentLocked(status as MeetingStatus)) {
    throw new AppError(409, "meeting_locked", "Referatet er godkendt og kan ikke ændres. Sekretariatet kan genåbne det, hvis noget skal rettes.");
  }
}

/** Refuses a step when another request moved the meeting on since the caller read it. */
export function requireUnchanged(locked: LockedMeeting, from: MeetingStatus): void {
  if (locked.meeting.status !== from) throw new AppError(409, "illegal_transition", "Mødet er lige blevet ændret af en anden. Prøv igen.");
}

/** What a step needs besides the locked meeting. */
export interface StepInput {
  to: MeetingStatus;
  userId: string | null;
  /** The site's address, for links in mails. */
  origin: string;
  rules: ForumRules;
  extraDaysOff: ExtraDaysOff;
}

/**
 * Moves the locked meeting to `to` inside the caller's transaction: its
 * status and the step's timestamps, the history entry, and the members'
 * e-mails, so a step is all written or not at all.
 */
export async function applyStep(tx: Tx, locked: LockedMeeting, step: StepInput): Promise<void> {
  const now = new Date();
  const changes: Partial<typeof meetings.$inferInsert> = { status: step.to };
  if (step.to === "dagsorden_udsendt") changes.agendaSentAt = now;
  if (step.to === "referat_udsendt") {
    changes.minutesSentAt = now;
    changes.commentPeriodEndsOn = commentPeriodEnd(copenhagenDate(now), step.rules, new DanishCalendar(step.extraDaysOff));
  }
  if (step.to === "godkendt") changes.approvedAt = now;
  if (step.to === "offentliggjort") changes.publishedAt = now;
  await tx.update(meetings).set(changes).where(eq(meetings.id, locked.meeting.id));
  await tx.insert(meetingEvents).values({ meetingId: locked.meeting.id, kind: step.to, userId: step.userId });
  if (isNotifiedStep(step.to)) await notifyMembers(tx, locked, step.to, step.origin);
}
