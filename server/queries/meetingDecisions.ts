import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.js";
import { agendaItems, decisions } from "../../db/schema/index.js";

/** The meeting's extracted decisions in document order, each with the number and title of its agenda item. */
export async function meetingDecisions(db: Db, meetingId: string) {
  const item = alias(agendaItems, "item");
  const rows = await db
    .select({ decision: decisions, agendaItemNumber: item.number, agendaItemTitle: item.title })
    .from(decisions)
    .leftJoin(item, and(eq(item.documentId, decisions.documentId), eq(item.id, decisions.agendaItemId)))
    .where(and(eq(decisions.meetingId, meetingId), isNull(decisions.removedAt)))
    .orderBy(asc(decisions.position));
  return rows.map((r) => ({ ...r.decision, agendaItemNumber: r.agendaItemNumber, agendaItemTitle: r.agendaItemTitle }));
}
