import { bigint, bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea.js";
import { documents } from "./meetings.js";

/** The append-only log of Yjs updates of each document, in arrival order. */
export const documentUpdates = pgTable(
  "document_updates",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    data: bytea("data").notNull(),
    /** Set on rows that waited in the local journal during a database outage: makes the replay exactly-once. */
    journalRef: text("journal_ref").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("document_updates_doc_idx").on(t.documentId, t.id)],
);

/** The log folded into one Yjs update, covering every log row up to `lastUpdateId`. */
export const documentSnapshots = pgTable("document_snapshots", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  data: bytea("data").notNull(),
  lastUpdateId: bigint("last_update_id", { mode: "number" }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
