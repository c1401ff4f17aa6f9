import { apiFetch } from "../http/client.js";
import type { ForumRole, LifecycleMeeting } from "./lifecycleApi.js";

/** A voting member and when they approved the minutes in the current round (null: not yet). */
export interface Voter {
  userId: string;
  name: string;
  role: ForumRole;
  approvedAt: string | null;
}

/** The current round of approval of a meeting's minutes. */
export interface ApprovalStatus {
  round: number;
  commentPeriodEndsOn: string | null;
  voters: Voter[];
}

/** One step of the meeting's history. */
export interface MeetingEvent {
  kind: string;
  reason: string | null;
  at: string;
  by: string | null;
}

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** Who has approved the sent minutes in this round. */
export function fetchApprovals(meetingId: string, signal?: AbortSignal): Promise<ApprovalStatus> {
  return apiFetch<ApprovalStatus>(`${meetingPath(meetingId)}/approvals`, { signal });
}

/** "Godkend referatet": a member's approval, or the chair's, which approves the minutes when the kommissorium allows it. */
export function approveMinutes(meetingId: string): Promise<{ meeting: LifecycleMeeting; approvals: ApprovalStatus }> {
  return apiFetch(`${meetingPath(meetingId)}/approvals`, { method: "POST" });
}

/** "Genåbn referatet": the secretariat reopens approved minutes for a correction, with a reason. */
export async function reopenMinutes(meetingId: string, reason: string): Promise<LifecycleMeeting> {
  const { meeting } = await apiFetch<{ meeting: LifecycleMeeting }>(`${meetingPath(meetingId)}/reopening`, { method: "POST", body: { reason } });
  return meeting;
}

/** The meeting's history, oldest first. */
export async function fetchHistory(meetingId: string, signal?: AbortSignal): Promise<MeetingEvent[]> {
  const { events } = await apiFetch<{ events: MeetingEvent[] }>(`${meetingPath(meetingId)}/history`, { signal });
  return events;
}
