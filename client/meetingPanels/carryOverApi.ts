import { apiFetch } from "../http/client.js";
import type { ActionItem } from "../scenes/FollowUp/followUpApi.js";

/** The forum's open action items from meetings before this one, as the dashboard shows them. */
export async function fetchCarryOver(meetingId: string, signal?: AbortSignal): Promise<ActionItem[]> {
  const { actionItems } = await apiFetch<{ actionItems: ActionItem[] }>(`/meetings/${encodeURIComponent(meetingId)}/carry-over`, { signal });
  return actionItems;
}
