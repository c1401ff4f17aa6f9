import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { forums } from "./forums.js";
import { instant } from "./instant.js";
import { organisations } from "./organisations.js";
import { users } from "./users.js";

/** One meeting of a forum. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id),
    title: text("title").notNull(),
    // Read exactly, so a stored year 0001 or "infinity" shows as what it is rather than as 2001 or a crash.
    startsAt: instant("starts_at").notNull(),
    place: text("place").notNull().default(""),
    /** The organisation hosting the meeting; its sector's chair leads it unless another mødeleder is set. */
    hostOrganisationId: uuid("host_organisation_id").references(() => organisations.id),
    /** Mødeleder: who leads the meeting (a chair of the forum). */
    leaderUserId: uuid("leader_user_id").references(() => users.id, { onDelete: "set null" }),
    /** A joint meeting (fællesmøde) is held with this second forum; its members see the meeting as their own. */
    jointForumId: uuid("joint_forum_id").references(() => forums.id),
    status: text("status").notNull().default("planlagt"),
    agendaSentAt: timestamp("agenda_sent_at", { withTimezone: true }),
    minutesSentAt: timestamp("minutes_sent_at", { withTimezone: true }),
    /** The last day members may comment on the sent minutes (Copenhagen date). */
    commentPeriodEndsOn: date("comment_period_ends_on"),
    /** The round of sending and approval the minutes are in; a reopening starts the next. */
    minutesRound: integer("minutes_round").notNull().default(1),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Set when a planned meeting is called off (status `aflyst`), with the reason members were told. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
    /** Changes when the meeting moves, so calendar feeds tell programs to update. */
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meetings_forum_idx").on(t.forumId, t.startsAt), index("meetings_joint_forum_idx").on(t.jointForumId)],
);

/** The collaborative document of a meeting: agenda first, minutes later. */
export const documents = pgTable("documents", {
  id: uuid("id").primaryKey().defaultRandom(),
  meetingId: uuid("meeting_id")
    .notNull()
    .unique()
    .references(() => meetings.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
