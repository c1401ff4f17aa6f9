import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { memberships } from "../../db/schema/index.js";
import type { Role } from "../auth/roles.js";
import { notFound } from "../errors.js";

const seatOf = (forumId: string, userId: string) => and(eq(memberships.forumId, forumId), eq(memberships.userId, userId));

/** Gives a member another role in the forum; 404 when they have no seat there. */
export async function changeMemberRole(db: Db, forumId: string, userId: string, role: Role): Promise<void> {
  const updated = await db.update(memberships).set({ role }).where(seatOf(forumId, userId)).returning();
  if (updated.length === 0) throw notFound("Medlemmet");
}

/** Takes a member's seat in the forum away; 404 when they have none. */
export async function removeMember(db: Db, forumId: string, userId: string): Promise<void> {
  const removed = await db.delete(memberships).where(seatOf(forumId, userId)).returning();
  if (removed.length === 0) throw notFound("Medlemmet");
}
