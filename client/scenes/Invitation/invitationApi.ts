import { apiFetch } from "../../http/client.js";

/** What an invitation link is for. */
export interface Invitation {
  email: string;
  name: string;
  forumName: string;
  role: string;
  expiresAt: string;
}

const path = (token: string) => `/invitations/${encodeURIComponent(token)}`;

/** The invitation behind a link; 404 when it has expired or been used. */
export async function fetchInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  const { invitation } = await apiFetch<{ invitation: Invitation }>(path(token), { signal });
  return invitation;
}

/** Creates the account, seats it in the forum and logs in (the server sets the session cookie); 409 when the e-mail has an account. */
export async function acceptInvitation(token: string, name: string, password: string): Promise<void> {
  await apiFetch(`${path(token)}/accept`, { method: "POST", body: { name, password } });
}

/** Takes the seat as the logged-in user; 403 unless they are the account the invitation was sent to. */
export async function acceptAsLoggedIn(token: string): Promise<void> {
  await apiFetch(`${path(token)}/accept`, { method: "POST", body: {} });
}
