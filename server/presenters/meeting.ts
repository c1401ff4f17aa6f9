import type { decisions, meetings } from "../../db/schema/index.js";

/** A meeting as the API shows it to one user. */
export function presentMeeting(row: {
  meeting: typeof meetings.$inferSelect;
  forumName: string;
  documentId: string;
  canEdit: boolean;
}) {
  const { meeting } = row;
  return {
    id: meeting.id,
    forumId: meeting.forumId,
    forumName: row.forumName,
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    place: meeting.place,
    documentId: row.documentId,
    canEdit: row.canEdit,
  };
}

/** A decision as the API shows it. */
export function presentDecision(row: typeof decisions.$inferSelect & { agendaItemNumber: string | null; agendaItemTitle: string | null }) {
  return {
    id: row.id,
    text: row.text,
    position: row.position,
    agendaItem: row.agendaItemId ? { id: row.agendaItemId, number: row.agendaItemNumber, title: row.agendaItemTitle } : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
