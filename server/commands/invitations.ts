import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums, invitations, memberships, users } from "../../db/schema/index.js";
import { generateSessionToken, sessionIdFromToken } from "../auth/session.js";
import type { Role } from "../auth/roles.js";
import { notFound } from "../errors.js";
import { enqueueMail } from "../mail/outbox.js";
import { seatTerms, type SeatRequest } from "./seatTerms.js";

/** Invitations are valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

const ROLE_NAMES: Record<Role, string> = { chair: "formandskabet", secretariat: "sekretariatet", member: "medlem", observer: "observatør" };

/** The forum a person is seated in: where it sits in the region. */
export type SeatForum = Pick<typeof forums.$inferSelect, "id" | "name" | "regionId" | "clusterId">;

/** Someone to seat in a forum, as the admin typed them. */
export interface Seat extends SeatRequest {
  email: string;
  name: string;
}

// Whether the user already sits in a forum of the target's cluster (for a region-wide body: of its region).
async function seatedBeside(db: Db, userId: string, forum: SeatForum): Promise<boolean> {
  const near = forum.clusterId === null ? eq(forums.regionId, forum.regionId) : eq(forums.clusterId, forum.clusterId);
  const [row] = await db.select({ id: forums.id }).from(memberships).innerJoin(forums, eq(forums.id, memberships.forumId)).where(and(eq(memberships.userId, userId), near)).limit(1);
  return row !== undefined;
}

/**
 * Seats a person in a forum. Someone who already sits in the forum's cluster
 * (for a body: its region) gets the seat at once; anyone else, with an
 * account or without, gets a single-use invitation link by e-mail (queued in
 * the outbox with the invitation, in one transaction), so no admin seats a
 * stranger without consent, and the answer does not tell whether the e-mail
 * has an account. Returns the link, which the admin is shown when no mail
 * server is configured.
 */
export async function seatOrInvite(db: Db, invitedBy: string, forum: SeatForum, seat: Seat, origin: string): Promise<{ invited: boolean; link?: string }> {
  const terms = await seatTerms(db, forum.regionId, seat);
  const email = seat.email.trim().toLowerCase();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (user && (await seatedBeside(db, user.id, forum))) {
    const values = { role: seat.role, ...terms };
    await db.insert(memberships).values({ userId: user.id, forumId: forum.id, ...values }).onConflictDoUpdate({ target: [memberships.userId, memberships.forumId], set: values });
    return { invited: false };
  }
  const token = generateSessionToken();
  const link = `${origin}/invitation/${token}`;
  await db.transaction(async (tx) => {
    await tx.insert(invitations).values({
      tokenHash: sessionIdFromToken(token),
      email,
      name: seat.name,
      forumId: forum.id,
      role: seat.role,
      ...terms,
      invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    // One text for everyone: the page behind the link offers both logging in and creating an account.
    await enqueueMail(tx, {
      to: email,
      subject: `Invitation til ${forum.name} i Mødebord`,
      body: `Kære ${seat.name}\n\nDu er inviteret til ${forum.name} som ${ROLE_NAMES[seat.role]}.\nTag imod invitationen her (linket virker i 7 dage og kun én gang). Har du allerede en bruger i Mødebord, logger du ind med denne e-mail; ellers opretter du en:\n\n${link}\n\nVenlig hilsen\nMødebord`,
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
