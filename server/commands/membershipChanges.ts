import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { memberships, organisations, users } from "../../db/schema/index.js";
import type { Sector } from "../../shared/region/vocabulary.js";
import type { Role } from "../auth/roles.js";
import { notFound } from "../errors.js";
import { sectorRequired } from "./seatTerms.js";

const seatOf = (forumId: string, userId: string) => and(eq(memberships.forumId, forumId), eq(memberships.userId, userId));

/** A change of a seat: the role, and the sector when given (null clears it). */
export interface SeatChange {
  role: Role;
  sector?: Sector | null;
}

// The seat's sector now, else its organisation's (the seat's, else the person's own).
async function currentSector(db: Db, forumId: string, userId: string): Promise<Sector | null> {
  const [row] = await db
    .select({ sector: sql<Sector | null>`coalesce(${memberships.sector}, ${organisations.sector})` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, sql`coalesce(${memberships.organisationId}, ${users.organisationId})`))
    .where(seatOf(forumId, userId));
  if (!row) throw notFound("Medlemmet");
  return row.sector;
}

/**
 * Gives a member another role in the forum, and the sector they sit for
 * when given (else it stays). A chair must sit for a sector: one not given
 * is kept or taken from the seat's organisation; a chair with none is
 * refused (400).
 * 404 when they have no seat there.
 */
export async function changeSeat(db: Db, forumId: string, userId: string, change: SeatChange): Promise<void> {
  const set: SeatChange = { role: change.role };
  if (change.sector !== undefined) set.sector = change.sector;
  else if (change.role === "chair") set.sector = await currentSector(db, forumId, userId);
  if (change.role === "chair" && !set.sector) throw sectorRequired();
  const updated = await db.update(memberships).set(set).where(seatOf(forumId, userId)).returning();
  if (updated.length === 0) throw notFound("Medlemmet");
}

/** Takes a member's seat in the forum away; 404 when they have none. */
export async function removeMember(db: Db, forumId: string, userId: string): Promise<void> {
  const removed = await db.delete(memberships).where(seatOf(forumId, userId)).returning();
  if (removed.length === 0) throw notFound("Medlemmet");
}
