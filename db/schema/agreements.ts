import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { forums } from "./forums.js";

/** A collaboration agreement (samarbejdsaftale) on a forum's årshjul: reviewed in a planned month. */
export const agreements = pgTable("agreements", {
  id: uuid("id").primaryKey().defaultRandom(),
  forumId: uuid("forum_id")
    .notNull()
    .references(() => forums.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  /** The month (1-12) of the meeting at which the forum reviews it. */
  reviewMonth: integer("review_month").notNull(),
  /** Flagged by the forum as needing revision. */
  needsRevision: boolean("needs_revision").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
