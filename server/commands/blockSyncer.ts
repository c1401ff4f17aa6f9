import { and, eq, getTableColumns, inArray, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.js";
import { actionItemEvents, actionItems, agendaItems, attendees, decisions, documents, escalations, meetings } from "../../db/schema/index.js";
import type { ExtractedBlocks } from "../../shared/blocks/extractBlocks.js";
import { escalationRows } from "./escalationTargets.js";

type BlockTable = typeof agendaItems | typeof decisions | typeof actionItems | typeof escalations | typeof attendees;

/** Which table each kind of extracted block is written to. */
const TABLES: { [K in keyof ExtractedBlocks]: BlockTable } = {
  agendaItems,
  decisions,
  actionItems,
  escalations,
  attendees,
};

// On conflict every extracted field takes the new value; follow-up columns not
// in the extraction (status, comments) are left alone, so they survive edits.
function updateSet(table: BlockTable, fields: string[], now: Date): Record<string, SQL | Date | null> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const set: Record<string, SQL | Date | null> = { removedAt: null, updatedAt: now };
  for (const field of fields) set[field] = sql.raw(`excluded."${columns[field].name}"`);
  return set;
}

// Rows whose extracted fields are unchanged are left as they are: a settle
// after typing in one item writes that item's rows, not the whole document's.
function changedOrRemoved(table: BlockTable, fields: string[]): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const differs = fields.map((f) => sql`${columns[f]} is distinct from excluded.${sql.raw(`"${columns[f].name}"`)}`);
  return sql`${table.removedAt} is not null or ${sql.join(differs, sql` or `)}`;
}

async function syncTable(tx: Tx, table: BlockTable, rows: { id: string }[], context: { documentId: string; meetingId: string; now: Date }) {
  const { documentId, meetingId, now } = context;
  if (rows.length > 0) {
    const fields = Object.keys(rows[0]).filter((k) => k !== "id");
    await tx
      .insert(table)
      .values(rows.map((row) => ({ ...row, documentId, meetingId, updatedAt: now })) as never)
      .onConflictDoUpdate({ target: [table.documentId, table.id], set: updateSet(table, fields, now), setWhere: changedOrRemoved(table, fields) });
  }
  // Rows whose block left the document are marked removed, not deleted, so
  // follow-up state on them survives an accidental delete and undo.
  const conditions = [eq(table.documentId, documentId), isNull(table.removedAt)];
  if (rows.length > 0) conditions.push(notInArray(table.id, rows.map((r) => r.id)));
  await tx.update(table).set({ removedAt: now, updatedAt: now }).where(and(...conditions));
}

// A status typed in the document that differs from the row is a change made
// there; one equal to the row (such as the server's own write-back) is not.
async function changedStatuses(tx: Tx, documentId: string, extracted: ExtractedBlocks["actionItems"]) {
  if (extracted.length === 0) return [];
  const rows = await tx.select({ id: actionItems.id, status: actionItems.status }).from(actionItems).where(eq(actionItems.documentId, documentId));
  const current = new Map(rows.map((r) => [r.id, r.status]));
  return extracted.filter((b) => (current.get(b.id) ?? "åben") !== b.status);
}

/**
 * Writes the blocks extracted from one document to their tables in one
 * transaction: upserts by block id, revives rows whose block came back, and
 * marks rows whose block vanished as removed. Escalation targets are
 * checked against the ladder of the meeting's forum first. Running it twice
 * on the same extraction changes nothing.
 */
export async function syncBlocks(db: Db, documentId: string, blocks: ExtractedBlocks): Promise<void> {
  const [document] = await db
    .select({ meetingId: documents.meetingId, forumId: meetings.forumId })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(eq(documents.id, documentId));
  if (!document) return;
  const context = { documentId, meetingId: document.meetingId, now: new Date() };
  const rows = { ...blocks, escalations: await escalationRows(db, document.forumId, blocks.escalations) };
  await db.transaction(async (tx) => {
    // Every node with the document open extracts it: they take turns, so a status change is seen (and logged) by one only.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${documentId}))`);
    const statusChanges = await changedStatuses(tx, documentId, blocks.actionItems);
    for (const kind of Object.keys(TABLES) as (keyof ExtractedBlocks)[]) {
      await syncTable(tx, TABLES[kind], rows[kind], context);
    }
    if (statusChanges.length > 0) {
      await tx.insert(actionItemEvents).values(statusChanges.map((c) => ({ documentId, blockId: c.id, status: c.status, source: "dokument" })));
      await tx
        .update(actionItems)
        .set({ statusChangedAt: context.now, statusChangedBy: null })
        .where(and(eq(actionItems.documentId, documentId), inArray(actionItems.id, statusChanges.map((c) => c.id))));
    }
  });
}
