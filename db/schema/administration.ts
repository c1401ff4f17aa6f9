import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clusters, forums, membershipRole } from "./forums.js";
import { organisations, sector } from "./organisations.js";
import { regions } from "./regions.js";
import { users } from "./users.js";

/** People who administer a region: its clusters, region-wide bodies and organisations, and every forum in it. */
export const regionAdmins = pgTable(
  "region_admins",
  {
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.userId] })],
);

/** People who administer a cluster (its secretariat): forums, rules, members. */
export const clusterAdmins = pgTable(
  "cluster_admins",
  {
    clusterId: uuid("cluster_id")
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.userId] })],
);

/** A single-use, expiring invitation to a forum: for a newcomer, or for an account the admin may not seat without consent. */
export const invitations = pgTable("invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** SHA-256 of the token in the link; the token itself is only ever in the e-mail. */
  tokenHash: text("token_hash").notNull().unique(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  forumId: uuid("forum_id")
    .notNull()
    .references(() => forums.id, { onDelete: "cascade" }),
  role: membershipRole("role").notNull(),
  organisationId: uuid("organisation_id").references(() => organisations.id),
  /** The side a chair will sit for; copied to the membership on acceptance. */
  sector: sector("sector"),
  invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** E-mail waiting to go out; a worker sends it and retries with backoff. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** queued, sent, failed (gave up), logged (no SMTP configured: the link was logged instead). */
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt)],
);
