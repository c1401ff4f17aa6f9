import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Who read or changed what, and when: every read of a meeting, document,
 * attachment or export, every change and every admin action. Kept for a
 * configurable period (default 6 months) and pruned by a job. Ids are kept
 * without foreign keys so the log outlives what it tells about.
 */
export const accessLog = pgTable(
  "access_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Null for an anonymous reader (the public site is not logged). */
    userId: uuid("user_id"),
    /** read, change or admin. */
    action: text("action").notNull(),
    /** What was touched: meeting, document, attachment, export, forum, membership, … */
    subject: text("subject").notNull(),
    subjectId: text("subject_id"),
    meetingId: uuid("meeting_id"),
    forumId: uuid("forum_id"),
    /** A short description in Danish, e.g. the route or the export format. */
    detail: text("detail"),
    ip: text("ip"),
  },
  (t) => [index("access_log_at_idx").on(t.at), index("access_log_meeting_idx").on(t.meetingId, t.at), index("access_log_user_idx").on(t.userId, t.at)],
);
