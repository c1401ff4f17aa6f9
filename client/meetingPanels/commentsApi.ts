import { apiFetch } from "../http/client.js";

/** A member's remark (bemærkning) on sent minutes, and how the secretariat resolved it. */
export interface MinuteComment {
  id: string;
  agendaItemId: string | null;
  body: string;
  author: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}

/** An agenda item a comment can be anchored to. */
export interface AgendaItemRef {
  id: string;
  number: string | null;
  title: string | null;
}

const commentsPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/comments`;

/** The comments on a meeting's minutes, oldest first. */
export async function fetchComments(meetingId: string, signal?: AbortSignal): Promise<MinuteComment[]> {
  const { comments } = await apiFetch<{ comments: MinuteComment[] }>(commentsPath(meetingId), { signal });
  return comments;
}

/** Adds a comment; only while the minutes are sent for comments (409 otherwise). */
export async function postComment(meetingId: string, agendaItemId: string | null, body: string): Promise<void> {
  await apiFetch(commentsPath(meetingId), { method: "POST", body: { agendaItemId, body } });
}

/** The secretariat resolves a comment with a note of what was done. */
export async function resolveComment(commentId: string, resolution: string): Promise<void> {
  await apiFetch(`/comments/${encodeURIComponent(commentId)}/resolve`, { method: "POST", body: { resolution } });
}
