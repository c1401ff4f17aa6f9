import { apiFetch } from "../../http/client.js";
import type { Role } from "./adminApi.js";

/** A person seated in a forum. */
export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  organisation: string | null;
}

/** An invitation not yet accepted. */
export interface PendingInvitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: string;
}

/** Whom to seat or invite. */
export interface SeatInput {
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
}

const membersPath = (forumId: string) => `/admin/forums/${encodeURIComponent(forumId)}/members`;

/** The forum's members and open invitations. */
export async function fetchMembers(forumId: string, signal?: AbortSignal): Promise<{ members: Member[]; invitations: PendingInvitation[] }> {
  return apiFetch(membersPath(forumId), { signal });
}

/**
 * Seats an existing user at once or invites a new one by e-mail. `link` is
 * set when no mail server is configured: the admin must pass it on.
 */
export async function seatOrInvite(forumId: string, input: SeatInput): Promise<{ invited: boolean; link?: string }> {
  return apiFetch(membersPath(forumId), { method: "POST", body: input });
}

/** Changes a member's role. */
export async function changeRole(forumId: string, userId: string, role: Role): Promise<void> {
  await apiFetch(`${membersPath(forumId)}/${encodeURIComponent(userId)}`, { method: "PATCH", body: { role } });
}

/** Removes a member from the forum. */
export async function removeMember(forumId: string, userId: string): Promise<void> {
  await apiFetch(`${membersPath(forumId)}/${encodeURIComponent(userId)}`, { method: "DELETE" });
}
