import { and, gt, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { sessions } from "../../db/schema/index.js";

/** Which of the given session ids still exist and have not expired, in one query. */
export async function liveSessionIds(db: Db, sessionIds: string[], now = new Date()): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(inArray(sessions.id, sessionIds), gt(sessions.expiresAt, now)));
  return new Set(rows.map((row) => row.id));
}
