import { and, count, eq, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { documents, extractionMarks } from "../../db/schema/index.js";
import { documentPosition } from "./storedState.js";

/** The first retry after a failed extraction waits this long; each further failure doubles it. */
const RETRY_BASE_MS = 1000;

/**
 * What went wrong, in the database's words: the innermost cause (a query
 * builder wraps the driver's error in one that repeats the whole statement).
 */
export function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  return cause;
}

/** How long to wait before retrying after the `attempts`-th failure in a row. */
export function retryDelay(attempts: number, maxMs: number): number {
  return Math.min(maxMs, RETRY_BASE_MS * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
}

/** The log position a document was last extracted at (0 when never). */
export async function extractedThrough(tx: Tx, documentId: string): Promise<number> {
  const [row] = await tx.select({ through: extractionMarks.extractedThrough }).from(extractionMarks).where(eq(extractionMarks.documentId, documentId));
  return row?.through ?? 0;
}

/** Records a successful extraction of the document as stored up to `position`, and forgets earlier failures. */
export async function markExtracted(tx: Tx, documentId: string, position: number): Promise<void> {
  const now = new Date();
  await tx
    .insert(extractionMarks)
    .values({ documentId, extractedThrough: position, updatedAt: now })
    .onConflictDoUpdate({
      target: extractionMarks.documentId,
      // Positions only grow; the marker never moves back past what an earlier extraction read.
      set: { extractedThrough: sql`greatest(${extractionMarks.extractedThrough}, excluded.extracted_through)`, attempts: 0, nextAttemptAt: null, lastError: null, updatedAt: now },
    });
}

/**
 * Records a failed extraction: counts it and sets when to try again, so the
 * backoff holds across restarts and nodes. Returns the failures in a row.
 */
export async function recordFailure(db: Db, documentId: string, error: unknown, retryMaxMs: number): Promise<number> {
  const cause = rootCause(error);
  const message = (cause instanceof Error ? cause.message : String(cause)).slice(0, 1000);
  const delayMs = sql`least(${RETRY_BASE_MS}::float8 * power(2, least(${extractionMarks.attempts}, 30)), ${retryMaxMs}::float8)`;
  const [row] = await db
    .insert(extractionMarks)
    .values({ documentId, attempts: 1, nextAttemptAt: new Date(Date.now() + retryDelay(1, retryMaxMs)), lastError: message })
    .onConflictDoUpdate({
      target: extractionMarks.documentId,
      set: { attempts: sql`${extractionMarks.attempts} + 1`, nextAttemptAt: sql`now() + ${delayMs} * interval '1 millisecond'`, lastError: message, updatedAt: new Date() },
    })
    .returning({ attempts: extractionMarks.attempts });
  return row.attempts;
}

const behind = sql`${documentPosition} > coalesce(${extractionMarks.extractedThrough}, 0)`;

/** Documents stored beyond their extraction marker whose retry (if any) is due, leaving out `skip`. */
export async function documentsBehind(db: Db, limit: number, skip: string[]): Promise<string[]> {
  const due = or(isNull(extractionMarks.nextAttemptAt), lte(extractionMarks.nextAttemptAt, sql`now()`));
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .leftJoin(extractionMarks, eq(extractionMarks.documentId, documents.id))
    .where(and(behind, due, skip.length > 0 ? notInArray(documents.id, skip) : undefined))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** How many documents are stored beyond their extraction marker, retries waiting or not. */
export async function countBehind(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(documents).leftJoin(extractionMarks, eq(extractionMarks.documentId, documents.id)).where(behind);
  return row.n;
}
