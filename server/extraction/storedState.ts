import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { documentSnapshots, documents, documentUpdates } from "../../db/schema/index.js";

// A document's position in the update log: its newest row, or what its snapshot covers when compaction folded every row.
const positionOf = (documentId: unknown) =>
  sql<number>`greatest(
    coalesce((select max(${documentUpdates.id}) from ${documentUpdates} where ${documentUpdates.documentId} = ${documentId}), 0),
    coalesce((select ${documentSnapshots.lastUpdateId} from ${documentSnapshots} where ${documentSnapshots.documentId} = ${documentId}), 0))`.mapWith(Number);

/** The log position of every document, as an SQL expression over `documents`. */
export const documentPosition = positionOf(documents.id);

/** How far a document's stored updates reach (0 with none); null when the document is gone. */
export async function storedPosition(tx: Tx, documentId: string): Promise<number | null> {
  const [row] = await tx.select({ position: positionOf(documentId) }).from(documents).where(eq(documents.id, documentId));
  return row ? row.position : null;
}

/**
 * Everything stored of a document, as updates to apply (snapshot first),
 * and the log position they reach. One statement, so one view of the
 * tables: a compaction committing meanwhile cannot make the tail start
 * after rows the snapshot read does not cover.
 */
export async function readStoredState(tx: Tx, documentId: string): Promise<{ updates: Uint8Array[]; position: number }> {
  const rows = await tx
    .select({ id: documentSnapshots.lastUpdateId, data: documentSnapshots.data })
    .from(documentSnapshots)
    .where(eq(documentSnapshots.documentId, documentId))
    .unionAll(
      tx
        .select({ id: documentUpdates.id, data: documentUpdates.data })
        .from(documentUpdates)
        // Compaction deletes exactly the rows it folds, so every row left is one the snapshot lacks.
        .where(eq(documentUpdates.documentId, documentId)),
    );
  // Yjs applies updates in any order; the position is the furthest any of them reaches.
  return { updates: rows.map((r) => r.data), position: rows.reduce((max, r) => Math.max(max, Number(r.id)), 0) };
}
