import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clusters, forums, regions } from "../../db/schema/index.js";
import type { ExtraDaysOff } from "../../shared/rules/danishCalendar.js";

// Queries using these join `clusters` (left: a region-wide body has none) and `regions` on the forum.

/** The days off a forum's deadlines skip: its cluster's, or its region's for a region-wide body. */
export const forumDaysOff = sql<ExtraDaysOff>`coalesce(${clusters.extraDaysOff}, ${regions.extraDaysOff})`;

/** The name a forum's heading carries: its cluster's, or its region's for a region-wide body. */
export const forumClusterName = sql<string>`coalesce(${clusters.name}, ${regions.name})`;

/** The second forum of a joint meeting (fællesmøde), for queries that left-join it on `meetings.joint_forum_id`. */
export const jointForums = alias(forums, "joint_forums");
