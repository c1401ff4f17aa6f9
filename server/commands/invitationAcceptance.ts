import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { invitations, memberships, users } from "../../db/schema/index.js";
import { hashPassword } from "../auth/password.js";
import type { SessionUser } from "../auth/session.js";
import { AppError, notFound } from "../errors.js";
import { findInvitation } from "./invitations.js";

type Invitation = Awaited<ReturnType<typeof findInvitation>>["invitation"];

// Uses the invitation up first: a second acceptance racing this one waits for the row and then finds it used.
async function useUp(tx: Tx, invitation: Invitation) {
  const used = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (used.length === 0) throw notFound("Invitationen");
}

// The seat the invitation promised; a seat the user already has in the forum takes its terms.
async function takeSeat(tx: Tx, invitation: Invitation, userId: string) {
  const seat = { role: invitation.role, organisationId: invitation.organisationId, sector: invitation.sector };
  await tx.insert(memberships).values({ userId, forumId: invitation.forumId, ...seat }).onConflictDoUpdate({ target: [memberships.userId, memberships.forumId], set: seat });
}

const accountExists = () => new AppError(409, "account_exists", "Der findes allerede en bruger med denne e-mail. Log ind med den, og tag så imod invitationen.");

/** Accepts an invitation as a newcomer: creates the account and the seat, and uses the invitation up. Returns the new user's id. */
export async function acceptAsNewcomer(db: Db, token: string, input: { name: string; password: string }): Promise<string> {
  const { invitation } = await findInvitation(db, token);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await useUp(tx, invitation);
    // Two invitations to one e-mail accepted at once: the second account is refused, not a unique violation.
    const [user] = await tx
      .insert(users)
      .values({ email: invitation.email, name: input.name, passwordHash, organisationId: invitation.organisationId })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw accountExists();
    await takeSeat(tx, invitation, user.id);
    return user.id;
  });
}

/**
 * Accepts an invitation as the logged-in user: only the account the
 * invitation was sent to may take the seat (403 for anyone else), so a
 * forwarded link does not seat whoever happens to be logged in.
 */
export async function acceptAsUser(db: Db, token: string, user: Pick<SessionUser, "id" | "email">): Promise<void> {
  const { invitation } = await findInvitation(db, token);
  if (user.email.toLowerCase() !== invitation.email) {
    throw new AppError(403, "invitation_other_account", "Invitationen er sendt til en anden e-mail end den, du er logget ind med. Log ud, og log ind med den e-mail, invitationen er sendt til.");
  }
  await db.transaction(async (tx) => {
    await useUp(tx, invitation);
    await takeSeat(tx, invitation, user.id);
  });
}
