import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { DocJSON } from "../../shared/blocks/types.js";
import { documents, meetings } from "./meetings.js";

// Every extracted block is keyed by (document, block id), points at its meeting,
// and is marked removed rather than deleted when its block leaves the document.
const blockColumns = () => ({
  documentId: uuid("document_id")
    .notNull()
    .references(() => documents.id, { onDelete: "cascade" }),
  id: text("id").notNull(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" }),
  position: integer("position").notNull(),
  removedAt: timestamp("removed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An agenda item extracted from a meeting document. */
export const agendaItems = pgTable(
  "agenda_items",
  {
    ...blockColumns(),
    number: text("number").notNull(),
    title: text("title").notNull(),
    kind: text("kind"),
    originDocumentId: uuid("origin_document_id"),
    originBlockId: text("origin_block_id"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("agenda_items_meeting_idx").on(t.meetingId)],
);

/** A decision extracted from a meeting document. */
export const decisions = pgTable(
  "decisions",
  {
    ...blockColumns(),
    agendaItemId: text("agenda_item_id"),
    text: text("text").notNull(),
    // The block's paragraphs and lists as editor JSON; empty until its document is next extracted.
    content: jsonb("content").$type<DocJSON[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("decisions_meeting_idx").on(t.meetingId)],
);

/** An action item extracted from a meeting document, with its follow-up state. */
export const actionItems = pgTable(
  "action_items",
  {
    ...blockColumns(),
    agendaItemId: text("agenda_item_id"),
    text: text("text").notNull(),
    // The block's paragraphs and lists as editor JSON; empty until its document is next extracted.
    content: jsonb("content").$type<DocJSON[]>().notNull().default([]),
    ownerKind: text("owner_kind"),
    ownerId: text("owner_id"),
    ownerName: text("owner_name"),
    dueKind: text("due_kind"),
    dueDate: date("due_date"),
    dueCondition: text("due_condition"),
    // Follow-up state: mirrored in the block's `status` attribute, changed from either side.
    status: text("status").notNull().default("åben"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    statusChangedBy: uuid("status_changed_by"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("action_items_meeting_idx").on(t.meetingId)],
);

/** An escalation or referral extracted from a meeting document. */
export const escalations = pgTable(
  "escalations",
  {
    ...blockColumns(),
    agendaItemId: text("agenda_item_id"),
    text: text("text").notNull(),
    // The block's paragraphs and lists as editor JSON; empty until its document is next extracted.
    content: jsonb("content").$type<DocJSON[]>().notNull().default([]),
    // Only a forum on the ladder of the document's forum; the direction is computed by the server.
    targetForumId: text("target_forum_id"),
    targetForumName: text("target_forum_name"),
    direction: text("direction"),
    /** forum (on the ladder), external (a body outside Mødebord, free text), invalid (not on the ladder), none. */
    targetKind: text("target_kind").notNull().default("none"),
    /** The recipient outside Mødebord, as written, when `targetKind` is external. */
    targetExternal: text("target_external"),
    // Follow-up state, kept by the target forum's secretariat; never touched by extraction.
    state: text("state").notNull().default("ny"),
    stateReason: text("state_reason"),
    targetMeetingId: uuid("target_meeting_id"),
    targetAgendaItemId: text("target_agenda_item_id"),
    forwardedToForumId: uuid("forwarded_to_forum_id"),
    handledBy: uuid("handled_by"),
    handledAt: timestamp("handled_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("escalations_meeting_idx").on(t.meetingId)],
);

/** One person on a meeting's participants list, present or absent. */
export const attendees = pgTable(
  "attendees",
  {
    ...blockColumns(),
    userId: text("user_id"),
    name: text("name").notNull(),
    organisation: text("organisation"),
    role: text("role").notNull(),
    present: boolean("present").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] }), index("attendees_meeting_idx").on(t.meetingId)],
);
