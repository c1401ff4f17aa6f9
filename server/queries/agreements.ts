import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { agreements } from "../../db/schema/index.js";

/** A collaboration agreement as stored. */
export type Agreement = typeof agreements.$inferSelect;

/** The forum's agreements by review month, then name: its årshjul. */
export function listAgreements(db: Db, forumId: string): Promise<Agreement[]> {
  return db.select().from(agreements).where(eq(agreements.forumId, forumId)).orderBy(asc(agreements.reviewMonth), asc(agreements.name));
}

/** One agreement, or null. */
export async function findAgreement(db: Db, agreementId: string): Promise<Agreement | null> {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
  return row ?? null;
}
