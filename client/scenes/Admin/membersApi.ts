import { apiFetch } from "../../http/client.js";
import type { Role, Sector } from "./adminApi.js";

/** A person seated in a forum. */
export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The side the seat is for; every chair has one. */
  sector: Sector | null;
  organisation: string | null;
}

/** An invitation not yet accepted, under the name the admin typed. */
export interface PendingInvitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  sector: Sector | null;
  expiresAt: string;
}

/** Whom to seat or invite. */
export interface SeatInput {
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /** Required for a chair; the server takes the organisation's when none is given. */
  sector: Sector | null;
}

const membersPath = (forumId: string) => `/admin/forums/${encodeURIComponent(forumId)}/members`;

/** The forum's members and open invitations. */
export async function fetchMembers(forumId: string, signal?: AbortSignal): Promise<{ members: Member[]; invitations: PendingInvitation[] }> {
  return apiFetch(membersPath(forumId), { signal });
}

/**
 * Seats someone who already sits in the cluster at once, or invites anyone
 * else by e-mail (the answer is the same whether or not they have an
 * account). `link` is set when no mail server is configured: the admin must
 * pass it on.
 */
export async function seatOrInvite(forumId: string, input: SeatInput): Promise<{ invited: boolean; link?: string }> {
  return apiFetch(membersPath(forumId), { method: "POST", body: input });
}

/** Changes a member's role, and the sector they sit for when given; a chair without a sector is refused. */
export async function changeSeat(forumId: string, userId: string, change: { role: Role; sector?: Sector | null }): Promise<void> {
  await apiFetch(`${membersPath(forumId)}/${encodeURIComponent(userId)}`, { method: "PATCH", body: change });
}

/** Removes a member from the forum. */
export async function removeMember(forumId: string, userId: string): Promise<void> {
  await apiFetch(`${membersPath(forumId)}/${encodeURIComponent(userId)}`, { method: "DELETE" });
}
