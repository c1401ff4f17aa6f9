import type { MeetingStatus } from "../../shared/rules/lifecycle.js";

/** The logged-in user as `/api/me` returns it. */
export interface User {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
}

/** A meeting as the API shows it to the current user. */
export interface Meeting {
  id: string;
  forumId: string;
  forumName: string;
  title: string;
  /** ISO 8601 instant; null when the stored date holds none (shown as an invalid date to correct). */
  startsAt: string | null;
  /** May be empty. */
  place: string;
  /** The Yjs room of the meeting's document. */
  documentId: string;
  canEdit: boolean;
  /** Where the meeting is in its lifecycle; before it is held its document is an agenda of proposals. */
  status: MeetingStatus;
}

/** A decision the server extracted from the meeting document. */
export interface Decision {
  id: string;
  text: string;
  position: number;
  agendaItem: { id: string; number: string | null; title: string | null } | null;
  updatedAt: string;
  /** The meeting has not been held yet: a proposal ("forslag til beslutning"), not a decision. */
  proposal: boolean;
}
