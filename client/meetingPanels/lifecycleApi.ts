import type { DeadlineWarning } from "../../shared/rules/deadlineWarnings.js";
import type { MeetingStatus } from "../../shared/rules/lifecycle.js";
import { apiFetch } from "../http/client.js";
import type { Meeting } from "../http/types.js";

/** A role in a forum. */
export type ForumRole = "chair" | "secretariat" | "member" | "observer";

/** A meeting's computed deadlines as ISO dates; the comment period is set when the minutes go out. */
export interface MeetingDeadlines {
  agendaDue: string;
  minutesDue: string;
  commentPeriodEndsOn: string | null;
}

/** What a meeting's place in its lifecycle looks like; shared by a meeting and a mødeplan row. */
export interface MeetingSchedule {
  status: MeetingStatus;
  /** Danish name of the status from the server. */
  statusLabel: string;
  /** "out_of_range" when the stored date is impossible (year 9999, unreadable): no deadlines then. */
  dateProblem: "out_of_range" | null;
  deadlines: MeetingDeadlines | null;
  /** False when the forum's kommissorium only says its deadlines "tilstræbes": worded softly, never blocking. */
  deadlinesFirm: boolean;
  warnings: DeadlineWarning[];
  agendaSentAt: string | null;
  minutesSentAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  cancelledAt: string | null;
  /** Why the meeting was cancelled, as the members were told. */
  cancelReason: string | null;
}

/** A meeting as `GET /api/meetings/:id` returns it, with its lifecycle and the user's role. */
export interface LifecycleMeeting extends Meeting, MeetingSchedule {
  /** The steps this user may take from here. */
  allowedTransitions: MeetingStatus[];
  role: ForumRole;
  /** The user may cancel the meeting (chair or secretariat, not yet held). */
  canCancel: boolean;
  /** The user may delete the meeting (secretariat, agenda not sent). */
  canDelete: boolean;
}

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** One meeting with its lifecycle; 404 when the user may not read it. */
export async function fetchLifecycleMeeting(id: string, signal?: AbortSignal): Promise<LifecycleMeeting> {
  const { meeting } = await apiFetch<{ meeting: LifecycleMeeting }>(meetingPath(id), { signal });
  return meeting;
}

/**
 * Takes one step of the lifecycle; the server refuses illegal steps and CPR
 * numbers in Danish. Sending minutes with CPR-shaped numbers needs `confirmCpr`.
 */
export async function transitionMeeting(id: string, to: MeetingStatus, confirmCpr = false): Promise<LifecycleMeeting> {
  const { meeting } = await apiFetch<{ meeting: LifecycleMeeting }>(`${meetingPath(id)}/transitions`, { method: "POST", body: { to, confirmCpr } });
  return meeting;
}

/** Cancels a meeting that has not been held; members are mailed the reason. */
export async function cancelMeeting(id: string, reason: string): Promise<LifecycleMeeting> {
  const { meeting } = await apiFetch<{ meeting: LifecycleMeeting }>(`${meetingPath(id)}/cancellation`, { method: "POST", body: { reason } });
  return meeting;
}

/** Deletes a meeting whose agenda has not been sent. */
export async function deleteMeeting(id: string): Promise<void> {
  await apiFetch<unknown>(meetingPath(id), { method: "DELETE" });
}
