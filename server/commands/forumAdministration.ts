import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, forums, organisations } from "../../db/schema/index.js";
import type { ExtraDaysOff } from "../../shared/rules/danishCalendar.js";
import { wouldCreateLoop } from "../../shared/rules/forumHierarchy.js";
import { AppError } from "../errors.js";

/** A forum's fields as a cluster administrator writes them. */
export type ForumFields = Omit<typeof forums.$inferInsert, "id" | "clusterId" | "createdAt">;

// A forum reports to a forum of its own cluster, and never, through others, to itself.
async function checkParent(db: Db, clusterId: string, forumId: string, parentId: string | null | undefined) {
  if (!parentId) return;
  const siblings = await db.select({ id: forums.id, clusterId: forums.clusterId, reportsToForumId: forums.reportsToForumId }).from(forums).where(eq(forums.clusterId, clusterId));
  if (!siblings.some((f) => f.id === parentId)) throw new AppError(400, "outside_ladder", "Forummet kan kun referere til et forum i samme klynge.");
  if (wouldCreateLoop(siblings, forumId, parentId)) throw new AppError(400, "reporting_loop", "Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora.");
}

/** Sets which extra days off the cluster's deadlines skip. */
export async function changeClusterDaysOff(db: Db, clusterId: string, extraDaysOff: ExtraDaysOff): Promise<void> {
  await db.update(clusters).set({ extraDaysOff }).where(eq(clusters.id, clusterId));
}

/** Creates a forum in the cluster. */
export async function createForum(db: Db, clusterId: string, fields: ForumFields) {
  const id = crypto.randomUUID();
  await checkParent(db, clusterId, id, fields.reportsToForumId);
  const [forum] = await db.insert(forums).values({ id, clusterId, ...fields }).returning();
  return forum;
}

/** Changes a forum's fields; a new place in the ladder is checked first. */
export async function changeForum(db: Db, forum: { id: string; clusterId: string }, fields: Partial<ForumFields>) {
  if (fields.reportsToForumId !== undefined) await checkParent(db, forum.clusterId, forum.id, fields.reportsToForumId);
  const [updated] = await db.update(forums).set(fields).where(eq(forums.id, forum.id)).returning();
  return updated;
}

/** Adds an organisation members can sit for; 409 when one has that name already. */
export async function addOrganisation(db: Db, name: string) {
  const [org] = await db.insert(organisations).values({ name }).onConflictDoNothing().returning();
  if (!org) throw new AppError(409, "exists", "Organisationen findes allerede.");
  return org;
}
