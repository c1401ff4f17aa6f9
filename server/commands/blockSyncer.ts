import { and, eq, getTableColumns, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.js";
import { actionItems, agendaItems, attendees, decisions, documents, escalations } from "../../db/schema/index.js";
import type { ExtractedBlocks } from "../../shared/blocks/extractBlocks.js";

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

async function syncTable(tx: Tx, table: BlockTable, rows: { id: string }[], context: { documentId: string; meetingId: string; now: Date }) {
  const { documentId, meetingId, now } = context;
  if (rows.length > 0) {
    const fields = Object.keys(rows[0]).filter((k) => k !== "id");
    await tx
      .insert(table)
      .values(rows.map((row) => ({ ...row, documentId, meetingId, updatedAt: now })) as never)
      .onConflictDoUpdate({ target: [table.documentId, table.id], set: updateSet(table, fields, now) });
  }
  // Rows whose block left the document are marked removed, not deleted, so
  // follow-up state on them survives an accidental delete and undo.
  const conditions = [eq(table.documentId, documentId), isNull(table.removedAt)];
  if (rows.length > 0) conditions.push(notInArray(table.id, rows.map((r) => r.id)));
  await tx.update(table).set({ removedAt: now, updatedAt: now }).where(and(...conditions));
}

/**
 * Writes the blocks extracted from one document to their tables in one
 * transaction: upserts by block id, revives rows whose block came back, and
 * marks rows whose block vanished as removed. Running it twice on the same
 * extraction changes nothing but `updatedAt`.
 */
export async function syncBlocks(db: Db, documentId: string, blocks: ExtractedBlocks): Promise<void> {
  const [document] = await db.select({ meetingId: documents.meetingId }).from(documents).where(eq(documents.id, documentId));
  if (!document) return;
  const context = { documentId, meetingId: document.meetingId, now: new Date() };
  await db.transaction(async (tx) => {
    for (const kind of Object.keys(TABLES) as (keyof ExtractedBlocks)[]) {
      await syncTable(tx, TABLES[kind], blocks[kind], context);
    }
  });
}
