import type { EscalationState } from "../../shared/rules/escalationStates.js";
import type { EscalationTargetKind } from "../../shared/rules/escalationTargets.js";
import { ApiError, apiFetch } from "../http/client.js";

/** An escalation as the inbox, the sending forum and the meeting see it. */
export interface Escalation {
  documentId: string;
  id: string;
  text: string;
  direction: "op" | "ned" | "side" | null;
  /** Written into the agenda of a meeting not yet held: not sent until the meeting starts. */
  proposal: boolean;
  /**
   * Where it went, as the server decided: a forum of the ladder (the one it
   * waits in now), a recipient outside Mødebord, a target off the ladder
   * (invalid: in no inbox), or none.
   */
  target: { kind: EscalationTargetKind; forumId: string | null; forumName: string | null; forwarded: boolean; external: string | null };
  origin: {
    forumId: string;
    forumName: string;
    meeting: { id: string; title: string; startsAt: string };
    agendaItem: { number: string | null; title: string | null } | null;
  };
  state: EscalationState;
  /** Why it was rejected or forwarded, or the outcome it was closed with. */
  reason: string | null;
  handledAt: string | null;
  /** The meeting of the target forum it was accepted into. */
  targetMeeting: { id: string; title: string; startsAt: string } | null;
  /** The decisions taken on it in the target forum. */
  outcome: string[];
}

/** Whether a failed move was refused because the escalation's state no longer allows it (someone else got there first). */
export function isRefusedMove(error: unknown): boolean {
  return error instanceof ApiError && error.code === "illegal_escalation_move";
}

const escalationPath = (e: Pick<Escalation, "documentId" | "id">) => `/escalations/${encodeURIComponent(e.documentId)}/${encodeURIComponent(e.id)}`;

/** Escalations sent from one meeting. */
export async function fetchMeetingEscalations(meetingId: string, signal?: AbortSignal): Promise<Escalation[]> {
  const { escalations } = await apiFetch<{ escalations: Escalation[] }>(`/meetings/${encodeURIComponent(meetingId)}/escalations`, { signal });
  return escalations;
}

/** Escalations sent (or forwarded) to a forum. */
export async function fetchInbox(forumId: string, signal?: AbortSignal): Promise<Escalation[]> {
  const { escalations } = await apiFetch<{ escalations: Escalation[] }>(`/forums/${encodeURIComponent(forumId)}/inbox`, { signal });
  return escalations;
}

/** Escalations a forum has sent, with what became of them. */
export async function fetchSentEscalations(forumId: string, signal?: AbortSignal): Promise<Escalation[]> {
  const { escalations } = await apiFetch<{ escalations: Escalation[] }>(`/forums/${encodeURIComponent(forumId)}/escalations`, { signal });
  return escalations;
}

/** Takes an escalation onto an upcoming meeting's agenda (an item is inserted into its document). */
export async function acceptEscalation(e: Escalation, meetingId: string): Promise<void> {
  await apiFetch(`${escalationPath(e)}/accept`, { method: "POST", body: { meetingId } });
}

/** Rejects an escalation; the sending forum sees the reason. */
export async function rejectEscalation(e: Escalation, reason: string): Promise<void> {
  await apiFetch(`${escalationPath(e)}/reject`, { method: "POST", body: { reason } });
}

/** Sends an escalation on to another forum of the ladder. */
export async function forwardEscalation(e: Escalation, forumId: string, reason: string): Promise<void> {
  await apiFetch(`${escalationPath(e)}/forward`, { method: "POST", body: { forumId, reason: reason.trim() || undefined } });
}

/** Closes an escalation with an outcome in words (referrals to bodies outside Mødebord). */
export async function closeEscalation(e: Escalation, outcome: string): Promise<void> {
  await apiFetch(`${escalationPath(e)}/close`, { method: "POST", body: { outcome } });
}
