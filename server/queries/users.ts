import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/index.js";

/** The user with this (lower-cased) e-mail, with their password hash, or null. */
export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user ?? null;
}

/** The user whose calendar feeds this token hash opens, or null. */
export async function findUserByCalendarToken(db: Db, tokenHash: string) {
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.calendarTokenHash, tokenHash));
  return user ?? null;
}
