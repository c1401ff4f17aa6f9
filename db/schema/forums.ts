import { boolean, date, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_EXTRA_DAYS_OFF, type ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { RULES_MIDT_NORD, type ForumRules } from "../../shared/rules/kommissorium.js";
import { DEFAULT_STANDING_ITEMS, type StandingItem } from "../../shared/rules/standingItems.js";
import { FORUM_KINDS } from "../../shared/region/vocabulary.js";
import { organisations, sector } from "./organisations.js";
import { regions } from "./regions.js";
import { users } from "./users.js";

/** A sundhedsklynge (health cluster) of a region: Midt, Nord, Syd. */
export const clusters = pgTable(
  "clusters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id),
    name: text("name").notNull(),
    /** Public-sector days off counted as non-working on top of the legal holidays. */
    extraDaysOff: jsonb("extra_days_off").$type<ExtraDaysOff>().notNull().default(DEFAULT_EXTRA_DAYS_OFF),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("clusters_region_name_unique").on(t.regionId, t.name)],
);

/** What kind of body a forum is; the hierarchy itself is `forum_reports`. */
export const forumKind = pgEnum("forum_kind", FORUM_KINDS);

/**
 * A forum: a body of a cluster (Chefforum, Driftsforum Voksenpsykiatri) or,
 * with no cluster, a region-wide body (Koordineringsgruppen) that takes cases
 * from the clusters of its region.
 */
export const forums = pgTable("forums", {
  id: uuid("id").primaryKey().defaultRandom(),
  regionId: uuid("region_id")
    .notNull()
    .references(() => regions.id),
  /** Null for a region-wide body. */
  clusterId: uuid("cluster_id").references(() => clusters.id),
  name: text("name").notNull(),
  kind: forumKind("kind").notNull(),
  /** The items a new agenda of this forum starts with. */
  standingItems: jsonb("standing_items").$type<StandingItem[]>().notNull().default(DEFAULT_STANDING_ITEMS),
  /** The kommissorium's rules: meetings per year, deadlines, approval. */
  rules: jsonb("rules").$type<ForumRules>().notNull().default(RULES_MIDT_NORD),
  /** When the kommissorium asks for an evaluation (usually a year after the start). */
  evaluationDue: date("evaluation_due"),
  /** False when the kommissorium's deadlines are only "tilstræbes": missed ones warn and never block. */
  deadlinesFirm: boolean("deadlines_firm").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What a member may do in a forum: chairs and the secretariat edit, members and observers read. */
export const membershipRole = pgEnum("membership_role", ["chair", "secretariat", "member", "observer"]);

/** A person's seat in a forum, with the organisation they represent there. */
export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    /** The side a chair sits for (the kommissorium names one chair per sector). */
    sector: sector("sector"),
  },
  (t) => [primaryKey({ columns: [t.userId, t.forumId] })],
);

/** An edge of a region's reporting graph: `forumId` reports to (refererer til) `reportsToForumId`. No cycles. */
export const forumReports = pgTable(
  "forum_reports",
  {
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    reportsToForumId: uuid("reports_to_forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.forumId, t.reportsToForumId] }), index("forum_reports_parent_idx").on(t.reportsToForumId)],
);
