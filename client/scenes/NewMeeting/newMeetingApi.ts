import { apiFetch } from "../../http/client.js";
import type { Meeting } from "../../http/types.js";
import type { MeetingDateWarning } from "../../../shared/rules/meetingDates.js";

/** A forum the user has a seat in, as `GET /api/forums` returns it. */
export interface Forum {
  id: string;
  name: string;
  kind: string;
  role: string;
  /** Chairs and the secretariat may edit the forum's documents and plan its meetings. */
  canEdit: boolean;
}

/** What `POST /api/meetings` takes. */
export interface NewMeeting {
  forumId: string;
  title: string;
  /** ISO 8601 with an offset. */
  startsAt: string;
  place: string;
}

/** The forums the user has a seat in, by name. */
export async function fetchForums(signal?: AbortSignal): Promise<Forum[]> {
  const { forums } = await apiFetch<{ forums: Forum[] }>("/forums", { signal });
  return forums;
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
