import { apiFetch } from "../../http/client.js";
import type { Meeting } from "../../http/types.js";
import type { MeetingSchedule } from "../../meetingPanels/lifecycleApi.js";

/** A meeting as the list endpoint returns it: with its lifecycle and deadlines. */
export type ListedMeeting = Meeting & MeetingSchedule;

/** The meetings the user may read, each with its status and deadlines. */
export async function fetchListedMeetings(signal?: AbortSignal): Promise<ListedMeeting[]> {
  const { meetings } = await apiFetch<{ meetings: ListedMeeting[] }>("/meetings", { signal });
  return meetings;
}
