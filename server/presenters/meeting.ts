import type { decisions, meetings } from "../../db/schema/index.js";
import type { ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import type { ForumRules } from "../../shared/rules/kommissorium.js";
import { CANCEL_ACTORS, DELETE_ACTORS, allowedTransitions, isCancellable, isDeletable, isDocumentLocked, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import type { Role } from "../auth/policies.js";
import { isoInstant } from "./isoInstant.js";
import { presentSchedule } from "./meetingSchedule.js";

/** A meeting as the API shows it to one user; `startsAt` is null when the stored value holds no instant. */
export function presentMeeting(row: {
  meeting: typeof meetings.$inferSelect;
  forumName: string;
  documentId: string;
  canEdit: boolean;
  role: Role;
  rules: ForumRules;
  extraDaysOff: ExtraDaysOff;
}) {
  const { meeting } = row;
  const status = meeting.status as MeetingStatus;
  return {
    ...presentSchedule(meeting, row.rules, row.extraDaysOff),
    role: row.role,
    allowedTransitions: allowedTransitions(status, row.role),
    canCancel: CANCEL_ACTORS.includes(row.role) && isCancellable(status),
    canDelete: DELETE_ACTORS.includes(row.role) && isDeletable(status),
    id: meeting.id,
    forumId: meeting.forumId,
    forumName: row.forumName,
    title: meeting.title,
    startsAt: isoInstant(meeting.startsAt),
    place: meeting.place,
    documentId: row.documentId,
    canEdit: row.canEdit && !isDocumentLocked(status),
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
