import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums, invitations, memberships, organisations, users } from "../../db/schema/index.js";

/** The forums the user has a seat in, by name, with their role in each and what the forum page shows of its kommissorium. */
export function forumsOf(db: Db, userId: string) {
  return db
    .select({ id: forums.id, name: forums.name, kind: forums.kind, role: memberships.role, evaluationDue: forums.evaluationDue, deadlinesFirm: forums.deadlinesFirm })
    .from(memberships)
    .innerJoin(forums, eq(forums.id, memberships.forumId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(forums.name));
}

// The forum's seats by name: each person with the organisation they sit for (the seat's, else their own).
function seats(db: Db, forumId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      sector: memberships.sector,
      seatOrganisationId: memberships.organisationId,
      organisationId: organisations.id,
      organisation: organisations.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, sql`coalesce(${memberships.organisationId}, ${users.organisationId})`))
    .where(eq(memberships.forumId, forumId))
    .orderBy(asc(users.name));
}

/** The forum's people by name, each with the organisation they sit for (their seat's, else their own). */
export async function forumPeople(db: Db, forumId: string) {
  return (await seats(db, forumId)).map(({ userId, name, role, organisationId, organisation }) => ({ userId, name, role, organisationId, organisation }));
}

/** The forum's members as its administrators see them: with e-mail, the sector they sit for, and the organisation of the seat itself (null when it names none). */
export async function forumRoster(db: Db, forumId: string) {
  return (await seats(db, forumId)).map((s) => ({ userId: s.userId, name: s.name, email: s.email, role: s.role, sector: s.sector, organisation: s.seatOrganisationId ? s.organisation : null }));
}

/** The forum's invitations not yet accepted and not expired, under the name the admin typed (never an account's). */
export async function pendingInvitations(db: Db, forumId: string) {
  const rows = await db
    .select({ id: invitations.id, email: invitations.email, name: invitations.name, role: invitations.role, sector: invitations.sector, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.forumId, forumId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  return rows.map((p) => ({ ...p, expiresAt: p.expiresAt.toISOString() }));
}
