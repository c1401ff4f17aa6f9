import { ApiError, CLIENT_ERROR_CODES, apiFetch } from "../http/client.js";
import type { LadderForum } from "../../shared/protocol/forumLadder.js";


/** A member of the meeting's forum, a possible owner of an action item. */
export interface ForumMember {
  userId: string;
  name: string;
  role: string;
  organisationId: string | null;
  organisation: string | null;
}

/** What the editor needs around a meeting: `GET /api/meetings/:id/context`. */
export interface MeetingContext {
  forum: { id: string; name: string };
  ladder: LadderForum[];
  members: ForumMember[];
  organisations: { id: string; name: string }[];
}

/** An attachment's metadata; the bytes are at `url`. */
export interface Attachment {
  id: string;
  agendaItemId: string | null;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
  url: string;
}

const meetingPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`;

/** The forum ladder, members and organisations of a meeting's forum. */
export function fetchMeetingContext(meetingId: string, signal?: AbortSignal): Promise<MeetingContext> {
  return apiFetch<MeetingContext>(`${meetingPath(meetingId)}/context`, { signal });
}

/** Every attachment of a meeting, oldest first. */
export async function fetchAttachments(meetingId: string, signal?: AbortSignal): Promise<Attachment[]> {
  const { attachments } = await apiFetch<{ attachments: Attachment[] }>(`${meetingPath(meetingId)}/attachments`, { signal });
  return attachments;
}

// apiFetch speaks JSON; uploads are multipart and deletion uses DELETE, so these read the error shape themselves.
async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { ...init, credentials: "same-origin", headers: { Accept: "application/json" } });
  } catch {
    throw new ApiError(0, CLIENT_ERROR_CODES.network, "");
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") throw new ApiError(response.status, error.code, error.message);
  throw new ApiError(response.status, CLIENT_ERROR_CODES.unexpected, "");
}

/** Uploads a file as an attachment of an agenda item; throws the server's Danish error on 413/415. */
export async function uploadAttachment(meetingId: string, file: File, agendaItemId: string): Promise<Attachment> {
  const form = new FormData();
  form.set("file", file);
  form.set("agendaItemId", agendaItemId);
  const { attachment } = await send<{ attachment: Attachment }>(`${meetingPath(meetingId)}/attachments`, { method: "POST", body: form });
  return attachment;
}

/** Deletes an attachment. */
export async function deleteAttachment(id: string): Promise<void> {
  await send<{ ok: true }>(`/attachments/${encodeURIComponent(id)}`, { method: "DELETE" });
}
