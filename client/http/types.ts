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
  /** The forum a joint meeting (fællesmøde) is held with; null for a meeting of one forum. */
  jointForumId: string | null;
  jointForumName: string | null;
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

/** One meeting as its page shows it: with who hosts it and who leads it (mødeleder). */
export interface MeetingDetails extends Meeting {
  host: { id: string; name: string } | null;
  /** `isDefault`: no one was set, so the chair of the host's sector leads. */
  leader: { userId: string; name: string; isDefault: boolean } | null;
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
