import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums, invitations, memberships, users } from "../../db/schema/index.js";
import { hashPassword } from "../auth/password.js";
import { generateSessionToken, sessionIdFromToken } from "../auth/session.js";
import { AppError, notFound } from "../errors.js";
import { enqueueMail } from "../mail/outbox.js";
import type { Role } from "../auth/roles.js";

/** Invitations are valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

const ROLE_NAMES: Record<Role, string> = { chair: "formandskabet", secretariat: "sekretariatet", member: "medlem", observer: "observatør" };

/** Someone to seat in a forum. */
export interface Seat {
  forumId: string;
  email: string;
  name: string;
  role: Role;
  organisationId?: string | null;
}

/**
 * Seats a person in a forum: an existing user gets the membership at once;
 * anyone else gets a single-use invitation link by e-mail (queued in the
 * outbox with the invitation, in one transaction). Returns the link, which
 * the admin is shown when no mail server is configured.
 */
export async function seatOrInvite(db: Db, invitedBy: string, seat: Seat, origin: string): Promise<{ invited: boolean; link?: string }> {
  const email = seat.email.trim().toLowerCase();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (user) {
    await db
      .insert(memberships)
      .values({ userId: user.id, forumId: seat.forumId, role: seat.role, organisationId: seat.organisationId ?? null })
      .onConflictDoUpdate({ target: [memberships.userId, memberships.forumId], set: { role: seat.role, organisationId: seat.organisationId ?? null } });
    return { invited: false };
  }
  const [forum] = await db.select({ name: forums.name }).from(forums).where(eq(forums.id, seat.forumId));
  const token = generateSessionToken();
  const link = `${origin}/invitation/${token}`;
  await db.transaction(async (tx) => {
    await tx.insert(invitations).values({
      tokenHash: sessionIdFromToken(token),
      email,
      name: seat.name,
      forumId: seat.forumId,
      role: seat.role,
      organisationId: seat.organisationId ?? null,
      invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    await enqueueMail(tx, {
      to: email,
      subject: `Invitation til ${forum.name} i Mødebord`,
      body: `Kære ${seat.name}\n\nDu er inviteret til ${forum.name} som ${ROLE_NAMES[seat.role]}.\nOpret din adgang her (linket virker i 7 dage og kun én gang):\n\n${link}\n\nVenlig hilsen\nMødebord`,
    });
  });
  return { invited: true, link };
}

/** A still valid, unused invitation by its token. */
export async function findInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, forumName: forums.name })
    .from(invitations)
    .innerJoin(forums, eq(forums.id, invitations.forumId))
    .where(and(eq(invitations.tokenHash, sessionIdFromToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  if (!row) throw notFound("Invitationen");
  return row;
}

/** Accepts an invitation: creates the account and the membership, and uses the invitation up. */
export async function acceptInvitation(db: Db, token: string, input: { name: string; password: string }): Promise<string> {
  const { invitation } = await findInvitation(db, token);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw notFound("Invitationen");
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
    if (existing) throw new AppError(409, "account_exists", "Der findes allerede en bruger med denne e-mail. Log ind i stedet.");
    const [user] = await tx
      .insert(users)
      .values({ email: invitation.email, name: input.name, passwordHash, organisationId: invitation.organisationId })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ userId: user.id, forumId: invitation.forumId, role: invitation.role, organisationId: invitation.organisationId });
    return user.id;
  });
}
