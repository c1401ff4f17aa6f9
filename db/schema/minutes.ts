import { index, integer, jsonb, pgTable, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { meetings } from "./meetings.js";
import { users } from "./users.js";

/** An open action item as a frozen version lists it. */
export interface FrozenCarryOver {
  /** The meeting the item was decided at; absent in versions frozen before it was recorded. */
  meetingId?: string;
  text: string;
  status: string;
  ownerName: string | null;
  meetingTitle: string;
  meetingStartsAt: string;
}

/** An attachment as a frozen version lists it; its bytes are kept in `frozen_files` under `sha256`. */
export interface FrozenAttachment {
  agendaItemId: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * A frozen version of a meeting: the agenda as sent, each version of the
 * minutes as sent, as approved and as published. It holds everything a
 * reader of that version sees (heading with host, mødeleder and joint
 * forum, document, attachments, carry-over), so nothing rendered from it
 * reads a live row.
 */
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
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    forumName: text("forum_name").notNull(),
    clusterName: text("cluster_name").notNull(),
    /** The host organisation (vært) by name; null when none was set or the version predates hosts. */
    hostName: text("host_name"),
    /** The mødeleder by name, whether set on the meeting or the host sector's chair by default; null when none. */
    leaderName: text("leader_name"),
    /** The other forum of a joint meeting (fællesmøde) by name; null for a meeting of one forum. */
    jointForumName: text("joint_forum_name"),
    attachments: jsonb("attachments").$type<FrozenAttachment[]>().notNull().default([]),
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

/** The bytes of an attachment as frozen into a version, stored once per content. */
export const frozenFiles = pgTable("frozen_files", {
  sha256: text("sha256").primaryKey(),
  data: bytea("data").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A voting member's approval of sent minutes, in one round of sending (a reopening starts a new round). */
export const minuteApprovals = pgTable(
  "minute_approvals",
  {
    id: serial("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("minute_approvals_unique").on(t.meetingId, t.round, t.userId)],
);

/** The meeting's history: each lifecycle step, approval and reopening, who took it and why. */
export const meetingEvents = pgTable(
  "meeting_events",
  {
    id: serial("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** The state reached, or "godkendelse" for one member's approval, or "genaabnet". */
    kind: text("kind").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_events_meeting_idx").on(t.meetingId)],
);
