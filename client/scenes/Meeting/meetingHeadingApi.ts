import { apiFetch } from "../../http/client.js";
import type { MeetingDetails } from "../../http/types.js";
import type { MeetingPeople } from "../NewMeeting/newMeetingApi.js";

/**
 * Sets who hosts and who leads a meeting ("" clears either: no host, or the
 * chair of the host's sector leads). Throws the server's ApiError, e.g. for a
 * mødeleder who is no longer a chair.
 */
export async function changeMeetingPeople(meetingId: string, people: Pick<MeetingPeople, "hostOrganisationId" | "leaderUserId">): Promise<MeetingDetails> {
  const body = { hostOrganisationId: people.hostOrganisationId || null, leaderUserId: people.leaderUserId || null };
  const { meeting } = await apiFetch<{ meeting: MeetingDetails }>(`/meetings/${encodeURIComponent(meetingId)}`, { method: "PATCH", body });
  return meeting;
}
