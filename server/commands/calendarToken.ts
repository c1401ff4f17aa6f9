import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/index.js";

/** Stores the hash of the user's new calendar token; the old one's feeds stop working. */
export async function renewCalendarToken(db: Db, userId: string, tokenHash: string): Promise<void> {
  await db.update(users).set({ calendarTokenHash: tokenHash }).where(eq(users.id, userId));
}
