import { bigint, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { documents } from "./meetings.js";

/**
 * How far each document's blocks have been extracted into their tables: the
 * update-log position (document_updates.id, or a snapshot's last_update_id)
 * the last extraction read, and the state of retries after failures. A
 * document whose stored position is beyond `extractedThrough` is behind and
 * is picked up by the extraction worker of any node, also after a restart.
 */
export const extractionMarks = pgTable("extraction_marks", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  extractedThrough: bigint("extracted_through", { mode: "number" }).notNull().default(0),
  /** Failed extractions since the last one that succeeded. */
  attempts: integer("attempts").notNull().default(0),
  /** No retry of a failed extraction before this instant; null when the last one succeeded. */
  nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
  lastError: text("last_error"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
