import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { documents } from "../../db/schema/index.js";

// The class key of extraction's advisory locks (two-key form): apart from the single-key
// locks syncBlocks and the migrations take, so a worker never waits on those.
const EXTRACTION_LOCK_CLASS = 7_301_013;

const lockKey = (documentId: string) => sql`${EXTRACTION_LOCK_CLASS}, hashtext(${documentId})`;

/**
 * Takes the document's extraction lock for the rest of the transaction if
 * nobody holds it: true when taken, false when another transaction (another
 * node's worker, a server edit) holds it, null when the document is gone.
 */
export async function tryLockExtraction(tx: Tx, documentId: string): Promise<boolean | null> {
  const [row] = await tx
    .select({ locked: sql<boolean>`pg_try_advisory_xact_lock(${lockKey(documentId)})` })
    .from(documents)
    .where(eq(documents.id, documentId));
  return row ? row.locked : null;
}

/** Waits for the document's extraction lock and holds it for the rest of the transaction. */
export async function lockExtraction(tx: Tx, documentId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(documentId)})`);
}
