import { apiFetch } from "./client.js";
import type { Decision, MeetingDetails, User } from "./types.js";

/** Logs in; the server sets the session cookie. */
export async function login(email: string, password: string): Promise<User> {
  const { user } = await apiFetch<{ user: User }>("/auth/login", { method: "POST", body: { email, password } });
  return user;
}

/** Ends the session and clears its cookie. */
export async function logout(): Promise<void> {
  await apiFetch<{ ok: true }>("/auth/logout", { method: "POST" });
}

/** The user of the current session; throws an ApiError with status 401 without one. */
export async function fetchMe(signal?: AbortSignal): Promise<User> {
  const { user } = await apiFetch<{ user: User }>("/me", { signal });
  return user;
}

/** One meeting with its host and mødeleder; a 404 ApiError when it does not exist or the user may not read it. */
export async function fetchMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetails> {
  const { meeting } = await apiFetch<{ meeting: MeetingDetails }>(`/meetings/${encodeURIComponent(id)}`, { signal });
  return meeting;
}

/** The decisions the server has extracted from a meeting's document, in document order. */
export async function fetchDecisions(meetingId: string, signal?: AbortSignal): Promise<Decision[]> {
  const { decisions } = await apiFetch<{ decisions: Decision[] }>(`/meetings/${encodeURIComponent(meetingId)}/decisions`, { signal });
  return decisions;
}
