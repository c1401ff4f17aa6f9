import { type AnyPgColumn, boolean, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_EXTRA_DAYS_OFF, type ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { RULES_MIDT_NORD, type ForumRules } from "../../shared/rules/kommissorium.js";
import { DEFAULT_STANDING_ITEMS, type StandingItem } from "../../shared/rules/standingItems.js";
import { organisations } from "./organisations.js";
import { users } from "./users.js";

/** A sundhedsklynge (health cluster): Midt, Nord, Syd. */
export const clusters = pgTable("clusters", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  /** Public-sector days off counted as non-working on top of the legal holidays. */
  extraDaysOff: jsonb("extra_days_off").$type<ExtraDaysOff>().notNull().default(DEFAULT_EXTRA_DAYS_OFF),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Where a forum stands in the ladder; the hierarchy itself is `reportsToForumId`. */
export const forumKind = pgEnum("forum_kind", ["politisk", "direktoerforum", "chefforum", "driftsforum", "arbejdsgruppe", "andet"]);

/** A forum of a cluster, e.g. Chefforum or Driftsforum Voksenpsykiatri. */
export const forums = pgTable("forums", {
  id: uuid("id").primaryKey().defaultRandom(),
  clusterId: uuid("cluster_id")
    .notNull()
    .references(() => clusters.id),
  name: text("name").notNull(),
  kind: forumKind("kind").notNull(),
  reportsToForumId: uuid("reports_to_forum_id").references((): AnyPgColumn => forums.id),
  /** The items a new agenda of this forum starts with. */
  standingItems: jsonb("standing_items").$type<StandingItem[]>().notNull().default(DEFAULT_STANDING_ITEMS),
  /** The kommissorium's rules: meetings per year, deadlines, approval. */
  rules: jsonb("rules").$type<ForumRules>().notNull().default(RULES_MIDT_NORD),
  /** Region-wide bodies (e.g. Børn-Unge Psykiatri) serve every cluster. */
  regionWide: boolean("region_wide").notNull().default(false),
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
  },
  (t) => [primaryKey({ columns: [t.userId, t.forumId] })],
);
