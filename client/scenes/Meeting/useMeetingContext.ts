import { fetchMeetingContext, type MeetingContext } from "../../editor/meetingData.js";
import { useApi } from "../../http/useApi.js";

/**
 * The forum ladder, members and organisations around a meeting, for the
 * editor's owner and target pickers; null while loading or after a failure
 * (the pickers then offer only the fixed choices).
 */
export function useMeetingContext(meetingId: string): MeetingContext | null {
  const state = useApi((signal) => fetchMeetingContext(meetingId, signal), meetingId);
  if (state.status === "failed") console.warn("Could not load the meeting context", state.error);
  return state.status === "done" ? state.data : null;
}
