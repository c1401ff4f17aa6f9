import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A municipality, hospital, general practice body or other member organisation. */
export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
