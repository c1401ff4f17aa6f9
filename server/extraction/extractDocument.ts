import { sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../../db/client.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { syncBlocks } from "../commands/blockSyncer.js";
import { extractedThrough, markExtracted } from "./extractionMarks.js";
import { tryLockExtraction } from "./extractionLock.js";
import { readStoredState, storedPosition } from "./storedState.js";
import { fingerprintOf, type WrittenBlocks } from "./writtenBlocks.js";

/**
 * What one extraction did: wrote the tables, found them already right,
 * found the document extracted as far as it is stored, found another
 * extraction of it running (elsewhere), or found the document deleted.
 */
export type ExtractionOutcome = "written" | "unchanged" | "current" | "busy" | "gone";

function blocksOf(updates: Uint8Array[]) {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
    return extractBlocks(yDocToJson(doc));
  } finally {
    doc.destroy();
  }
}

/**
 * Extracts a document's blocks from storage into their tables, in one
 * transaction holding the document's extraction lock: reads the snapshot
 * and log in one statement, writes the blocks, and moves the marker to
 * exactly the position read, so the tables and the marker commit together.
 * Without `force`, a document already extracted as far as it is stored is
 * left alone. Throws when the database fails or a statement outlives the
 * timeout; nothing is marked then.
 */
export async function extractDocument(
  db: Db,
  documentId: string,
  options: { force: boolean; written: WrittenBlocks; /** On PostgreSQL: fail a statement that runs longer. */ statementTimeoutMs?: number },
): Promise<ExtractionOutcome> {
  let committed: { fingerprint: string; position: number } | undefined;
  const outcome = await db.transaction(async (tx): Promise<ExtractionOutcome> => {
    // A database that holds a lock or hangs fails the extraction, to be retried, rather than keep the worker waiting.
    if (options.statementTimeoutMs) await tx.execute(sql.raw(`set local statement_timeout = ${Math.round(options.statementTimeoutMs)}`));
    const locked = await tryLockExtraction(tx, documentId);
    if (locked === null) return "gone";
    if (!locked) return "busy";
    const marked = await extractedThrough(tx, documentId);
    if (!options.force && ((await storedPosition(tx, documentId)) ?? 0) <= marked) return "current";
    const { updates, position } = await readStoredState(tx, documentId);
    const blocks = blocksOf(updates);
    const fingerprint = fingerprintOf(blocks);
    const unchanged = options.written.isCurrent(documentId, fingerprint, marked);
    // Passed as the database, syncBlocks' own transaction becomes a savepoint of this one.
    if (!unchanged) await syncBlocks(tx as unknown as Db, documentId, blocks);
    await markExtracted(tx, documentId, position);
    committed = { fingerprint, position: Math.max(position, marked) };
    return unchanged ? "unchanged" : "written";
  });
  if (committed) options.written.remember(documentId, committed.fingerprint, committed.position);
  return outcome;
}
