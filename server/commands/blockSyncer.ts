import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { agendaItems, decisions, documents } from "../../db/schema/index.js";
import type { ExtractedBlocks } from "../../shared/blocks/extractBlocks.js";

type BlockTable = typeof agendaItems | typeof decisions;

// Rows whose block left the document are marked removed, not deleted, so
// follow-up state on them survives an accidental delete and undo.
async function markVanished(tx: Tx, table: BlockTable, documentId: string, keep: string[], now: Date) {
  const conditions = [eq(table.documentId, documentId), isNull(table.removedAt)];
  if (keep.length > 0) conditions.push(notInArray(table.id, keep));
  await tx.update(table).set({ removedAt: now, updatedAt: now }).where(and(...conditions));
}

/**
 * Writes the blocks extracted from one document to their tables in one
 * transaction: upserts by block id, revives rows whose block came back, and
 * marks rows whose block vanished as removed.
 */
export async function syncBlocks(db: Db, documentId: string, blocks: ExtractedBlocks): Promise<void> {
  const [document] = await db.select({ meetingId: documents.meetingId }).from(documents).where(eq(documents.id, documentId));
  if (!document) return;
  const { meetingId } = document;
  const now = new Date();
  await db.transaction(async (tx) => {
    if (blocks.agendaItems.length > 0) {
      await tx
        .insert(agendaItems)
        .values(blocks.agendaItems.map((b) => ({ ...b, documentId, meetingId, updatedAt: now })))
        .onConflictDoUpdate({
          target: [agendaItems.documentId, agendaItems.id],
          set: {
            number: sql`excluded.number`,
            title: sql`excluded.title`,
            position: sql`excluded.position`,
            removedAt: null,
            updatedAt: now,
          },
        });
    }
    if (blocks.decisions.length > 0) {
      await tx
        .insert(decisions)
        .values(blocks.decisions.map((b) => ({ ...b, documentId, meetingId, updatedAt: now })))
        .onConflictDoUpdate({
          target: [decisions.documentId, decisions.id],
          set: {
            agendaItemId: sql`excluded.agenda_item_id`,
            text: sql`excluded.text`,
            position: sql`excluded.position`,
            removedAt: null,
            updatedAt: now,
          },
        });
    }
    await markVanished(tx, agendaItems, documentId, blocks.agendaItems.map((b) => b.id), now);
    await markVanished(tx, decisions, documentId, blocks.decisions.map((b) => b.id), now);
  });
}
