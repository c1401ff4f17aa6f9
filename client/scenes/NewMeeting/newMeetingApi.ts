import { apiFetch } from "../../http/client.js";
import type { Meeting } from "../../http/types.js";
import type { Sector } from "../../../shared/region/vocabulary.js";
import type { MeetingDateWarning } from "../../../shared/rules/meetingDates.js";

/** A forum the user has a seat in, as `GET /api/forums` returns it. */
export interface Forum {
  id: string;
  name: string;
  kind: string;
  role: string;
  /** Chairs and the secretariat may edit the forum's documents and plan its meetings. */
  canEdit: boolean;
  /** When the kommissorium asks for an evaluation (YYYY-MM-DD), if set. */
  evaluationDue: string | null;
  /** False when the forum's deadlines only "tilstræbes". */
  deadlinesFirm: boolean;
}

/** Who hosts and leads a meeting, and the forum it is held jointly with; "" for none. */
export interface MeetingPeople {
  hostOrganisationId: string;
  leaderUserId: string;
  jointForumId: string;
}

/** What `POST /api/meetings` takes. */
export interface NewMeeting {
  forumId: string;
  title: string;
  /** ISO 8601 with an offset. */
  startsAt: string;
  place: string;
  hostOrganisationId?: string;
  leaderUserId?: string;
  jointForumId?: string;
}

/** What a forum's planners may choose for a meeting, as `GET /api/forums/:id/meeting-options` returns it. */
export interface MeetingOptions {
  organisations: { id: string; name: string; sector: Sector | null }[];
  chairs: { userId: string; name: string; sector: Sector | null }[];
  jointForums: { id: string; name: string }[];
}

/** The forums the user has a seat in, by name. */
export async function fetchForums(signal?: AbortSignal): Promise<Forum[]> {
  const { forums } = await apiFetch<{ forums: Forum[] }>("/forums", { signal });
  return forums;
}

/** Whose options: a new meeting's forum, or an existing meeting (whose editors may come from its joint forum). */
export type OptionsSource = { forumId: string } | { meetingId: string };

/** The organisations, chairs and forums a meeting may name; 403 unless the user plans the forum's meetings or edits the meeting. */
export async function fetchMeetingOptions(source: OptionsSource, signal?: AbortSignal): Promise<MeetingOptions> {
  const path = "forumId" in source ? `/forums/${encodeURIComponent(source.forumId)}` : `/meetings/${encodeURIComponent(source.meetingId)}`;
  return apiFetch<MeetingOptions>(`${path}/meeting-options`, { signal });
}

/** A planned meeting and what the server noticed about its date (a holiday), to tell the user. */
export interface CreatedMeeting {
  meeting: Meeting;
  warnings: MeetingDateWarning[];
}

/**
 * Plans a meeting; the server fills its agenda with the forum's standing items.
 * Throws the server's ApiError (Danish message), e.g. for a date before 2000.
 */
export async function createMeeting(input: NewMeeting): Promise<CreatedMeeting> {
  return apiFetch<CreatedMeeting>("/meetings", { method: "POST", body: input });
}

/** The request fields of chosen people: the ones chosen, none for "". */
export function chosenPeople(people: MeetingPeople): Pick<NewMeeting, "hostOrganisationId" | "leaderUserId" | "jointForumId"> {
  return Object.fromEntries(Object.entries(people).filter(([, id]) => id !== ""));
}
