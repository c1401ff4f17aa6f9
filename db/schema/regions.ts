import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_EXTRA_DAYS_OFF, type ExtraDaysOff } from "../../shared/rules/danishCalendar.js";

/** A region (e.g. Region Nordjylland): its clusters, region-wide bodies and organisations. Nothing crosses a region. */
export const regions = pgTable("regions", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  /** Days off the deadlines of region-wide bodies skip; clusters keep their own. */
  extraDaysOff: jsonb("extra_days_off").$type<ExtraDaysOff>().notNull().default(DEFAULT_EXTRA_DAYS_OFF),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
