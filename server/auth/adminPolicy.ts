import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusterAdmins, forums } from "../../db/schema/index.js";
import { forbidden, notFound } from "../errors.js";

/** Refuses anyone who does not administer the cluster. */
export async function requireClusterAdmin(db: Db, userId: string, clusterId: string): Promise<void> {
  const [row] = await db.select().from(clusterAdmins).where(and(eq(clusterAdmins.clusterId, clusterId), eq(clusterAdmins.userId, userId)));
  if (!row) throw forbidden("Kun klyngens administratorer kan gøre dette.");
}

/** The forum, when the user administers its cluster. */
export async function requireForumAdmin(db: Db, userId: string, forumId: string) {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  if (!forum) throw notFound("Forummet");
  await requireClusterAdmin(db, userId, forum.clusterId);
  return forum;
}
