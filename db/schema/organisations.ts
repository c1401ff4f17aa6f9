import { pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { SECTORS } from "../../shared/region/vocabulary.js";
import { regions } from "./regions.js";

/** Kommune, region/hospital, almen praksis or other: which side of the cooperation a seat or organisation is. */
export const sector = pgEnum("sector", SECTORS);

/** A municipality, hospital, general practice body or other member organisation; shared by the region's clusters. */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionId: uuid("region_id")
      .notNull()
      .references(() => regions.id),
    name: text("name").notNull(),
    sector: sector("sector"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("organisations_region_name_unique").on(t.regionId, t.name)],
);
