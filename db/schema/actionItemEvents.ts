import { index, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users.js";

/** Every status change of an action item, from the dashboard or the document, in order. */
export const actionItemEvents = pgTable(
  "action_item_events",
  {
    id: serial("id").primaryKey(),
    documentId: uuid("document_id").notNull(),
    blockId: text("block_id").notNull(),
    status: text("status").notNull(),
    comment: text("comment"),
    /** Null when the change came from the document, where the author is not recorded per field. */
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    source: text("source").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("action_item_events_block_idx").on(t.documentId, t.blockId)],
);
