import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { actionItemEvents, users } from "../../db/schema/index.js";

/** An action item's status changes, oldest first, with who made each and where (editor or dashboard). */
export async function actionItemHistory(db: Db, key: { documentId: string; blockId: string }) {
  const events = await db
    .select({ status: actionItemEvents.status, comment: actionItemEvents.comment, source: actionItemEvents.source, at: actionItemEvents.createdAt, by: users.name })
    .from(actionItemEvents)
    .leftJoin(users, eq(users.id, actionItemEvents.changedBy))
    .where(and(eq(actionItemEvents.documentId, key.documentId), eq(actionItemEvents.blockId, key.blockId)))
    .orderBy(asc(actionItemEvents.id));
  return events.map((e) => ({ ...e, at: e.at.toISOString() }));
}
