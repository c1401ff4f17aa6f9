import { index, integer, jsonb, pgTable, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { DocJSON } from "../../shared/blocks/types.js";
import { meetings } from "./meetings.js";
import { users } from "./users.js";

/** An open action item as a frozen version lists it. */
export interface FrozenCarryOver {
  text: string;
  status: string;
  ownerName: string | null;
  meetingTitle: string;
  meetingStartsAt: string;
}

/** A frozen version of a meeting's document: the agenda as sent, each version of the minutes as sent. */
export const meetingVersions = pgTable(
  "meeting_versions",
  {
    id: serial("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    version: integer("version").notNull(),
    doc: jsonb("doc").$type<DocJSON>().notNull(),
    /** The open action items the Opfølgning item listed when the version was frozen. */
    carryOver: jsonb("carry_over").$type<FrozenCarryOver[]>().notNull().default([]),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("meeting_versions_unique").on(t.meetingId, t.kind, t.version)],
);

/** A member's comment (bemærkning) on sent minutes, anchored to an agenda item, until the secretariat resolves it. */
export const minuteComments = pgTable(
  "minute_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    versionId: integer("version_id").references(() => meetingVersions.id, { onDelete: "set null" }),
    agendaItemId: text("agenda_item_id"),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolution: text("resolution"),
  },
  (t) => [index("minute_comments_meeting_idx").on(t.meetingId)],
);
