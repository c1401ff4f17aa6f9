import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { escalations, meetings } from "../../db/schema/index.js";
import { DELETABLE_STATUSES, STATUS_LABELS, isCancellable, isDeletable, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import { AppError, notFound } from "../errors.js";

async function currentStatus(db: Db, meetingId: string): Promise<MeetingStatus> {
  const [row] = await db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId));
  if (!row) throw notFound("Mødet");
  return row.status as MeetingStatus;
}

// Escalations accepted onto the meeting go back to the receiving forum's inbox, to be placed on another meeting.
async function releaseEscalations(tx: Tx, meetingId: string, why: string): Promise<void> {
  await tx
    .update(escalations)
    .set({ state: "ny", stateReason: why, targetMeetingId: null, targetAgendaItemId: null })
    .where(and(eq(escalations.targetMeetingId, meetingId), eq(escalations.state, "accepteret")));
}

/**
 * Cancels a meeting that has not been held (status `aflyst`) with the reason
 * the members are told; its document stays, read-only, and it stays in the plan.
 * `afterCancel` runs in the same transaction (the members' e-mails), so the
 * mail goes out exactly when the cancellation holds. The caller has
 * authorized "meeting.cancel".
 */
export async function cancelMeeting(db: Db, meetingId: string, reason: string, afterCancel: (tx: Tx) => Promise<unknown>): Promise<void> {
  const from = await currentStatus(db, meetingId);
  if (from === "aflyst") throw new AppError(409, "already_cancelled", "Mødet er allerede aflyst.");
  if (!isCancellable(from)) throw new AppError(409, "not_cancellable", `Et møde med status "${STATUS_LABELS[from]}" kan ikke aflyses.`);
  await db.transaction(async (tx) => {
    const now = new Date();
    // The state in the WHERE makes a step taken meanwhile a conflict, not a cancelled meeting in progress.
    const moved = await tx
      .update(meetings)
      .set({ status: "aflyst", cancelledAt: now, cancelReason: reason, updatedAt: now })
      .where(and(eq(meetings.id, meetingId), eq(meetings.status, from)))
      .returning({ id: meetings.id });
    if (moved.length === 0) throw new AppError(409, "not_cancellable", "Mødet er lige blevet ændret af en anden. Prøv igen.");
    await releaseEscalations(tx, meetingId, "Mødet, punktet var sat på, blev aflyst.");
    await afterCancel(tx);
  });
}

/** Deletes a meeting, its document and everything extracted from it, while nobody has received its agenda; the caller has authorized "meeting.delete". */
export async function deleteMeeting(db: Db, meetingId: string): Promise<void> {
  const from = await currentStatus(db, meetingId);
  if (!isDeletable(from)) {
    throw new AppError(409, "not_deletable", "Kun et møde, hvis dagsorden ikke er udsendt, kan slettes. Aflys mødet i stedet.");
  }
  await db.transaction(async (tx) => {
    await releaseEscalations(tx, meetingId, "Mødet, punktet var sat på, blev slettet.");
    // Documents, updates, blocks and attachments go with the meeting (ON DELETE CASCADE).
    const gone = await tx
      .delete(meetings)
      .where(and(eq(meetings.id, meetingId), inArray(meetings.status, DELETABLE_STATUSES)))
      .returning({ id: meetings.id });
    if (gone.length === 0) throw new AppError(409, "not_deletable", "Mødet er lige blevet ændret af en anden. Prøv igen.");
  });
}
