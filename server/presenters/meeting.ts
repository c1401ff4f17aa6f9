import type { decisions } from "../../db/schema/index.js";
import { allowedTransitions, isCancellable, isDeletable, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import type { MeetingAccess } from "../auth/access.js";
import { can, canEditDocument } from "../auth/roles.js";
import { isoInstant } from "./isoInstant.js";
import { presentSchedule } from "./meetingSchedule.js";

/** A meeting as the API shows it to one user; `startsAt` is null when the stored value holds no instant. */
export function presentMeeting(row: MeetingAccess) {
  const { meeting } = row;
  const status = meeting.status as MeetingStatus;
  return {
    ...presentSchedule(meeting, row),
    role: row.role,
    allowedTransitions: allowedTransitions(status, row.role),
    canCancel: can(row.role, "meeting.cancel") && isCancellable(status),
    canDelete: can(row.role, "meeting.delete") && isDeletable(status),
    id: meeting.id,
    forumId: meeting.forumId,
    forumName: row.forumName,
    // A joint meeting (fællesmøde) is one meeting of both forums: its members see it with their role there.
    jointForumId: meeting.jointForumId,
    jointForumName: row.jointForumName,
    title: meeting.title,
    startsAt: isoInstant(meeting.startsAt),
    place: meeting.place,
    documentId: row.documentId,
    canEdit: canEditDocument(row),
  };
}

/** A decision as the API shows it; `proposal` while its meeting has not been held ("forslag til beslutning"). */
export function presentDecision(row: typeof decisions.$inferSelect & { agendaItemNumber: string | null; agendaItemTitle: string | null; proposal: boolean }) {
  return {
    id: row.id,
    text: row.text,
    proposal: row.proposal,
    position: row.position,
    agendaItem: row.agendaItemId ? { id: row.agendaItemId, number: row.agendaItemNumber, title: row.agendaItemTitle } : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
