import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed logins counted per key ("account:<email>" or "ip:<address>"), so that
 * every server node in front of the same database throttles alike. One row per
 * key, written with a single upsert per failed attempt.
 */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  /** Failures in the current series; a series is forgotten a day after its last failure. */
  failures: integer("failures").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  /** No attempt for this key is checked before this instant; null while the first failures are free. */
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});
