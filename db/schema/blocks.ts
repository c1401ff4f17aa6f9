import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { documents, meetings } from "./meetings.js";

/** An agenda item extracted from a meeting document, keyed by its block id. */
export const agendaItems = pgTable(
  "agenda_items",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("agenda_items_meeting_idx").on(t.meetingId)],
);

/** A decision extracted from a meeting document, keyed by its block id. */
export const decisions = pgTable(
  "decisions",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: text("agenda_item_id"),
    text: text("text").notNull(),
    position: integer("position").notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("decisions_meeting_idx").on(t.meetingId)],
);
