import type { LadderForum } from "../../../shared/protocol/forumLadder.js";
import { apiFetch } from "../../http/client.js";
import type { MeetingSchedule } from "../../meetingPanels/lifecycleApi.js";

/** A meeting in the mødeplan, with its state and computed deadlines. */
export interface PlannedMeeting extends MeetingSchedule {
  id: string;
  forumId: string;
  forumName: string;
  /** The second forum of a joint meeting, which has it in its plan too. */
  jointForumId: string | null;
  jointForumName: string | null;
  title: string;
  /** Null when the stored date holds no instant. */
  startsAt: string | null;
  place: string;
}


/** The private calendar feeds: all the user's meetings, and a template for one forum's. */
export interface CalendarLinks {
  url: string;
  /** Contains `{forumId}`. */
  forumUrl: string;
}

/** A forum's meetings (or those of all the user's forums), of one year or all, earliest first. */
export async function fetchPlan(forumId: string | undefined, year?: number, signal?: AbortSignal): Promise<PlannedMeeting[]> {
  const params = new URLSearchParams(forumId ? { forumId } : {});
  if (year) params.set("year", String(year));
  const { meetings } = await apiFetch<{ meetings: PlannedMeeting[] }>(`/plan?${params}`, { signal });
  return meetings;
}

/** The forums of the cluster seen from a meeting's forum: above, below and beside it. */
export async function fetchLadder(meetingId: string, signal?: AbortSignal): Promise<LadderForum[]> {
  const { ladder } = await apiFetch<{ ladder: LadderForum[] }>(`/meetings/${encodeURIComponent(meetingId)}/context`, { signal });
  return ladder;
}

/** Makes new private calendar links; any earlier links stop working. */
export async function subscribeCalendar(): Promise<CalendarLinks> {
  return apiFetch<CalendarLinks>("/me/calendar", { method: "POST" });
}
