import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusterAdmins, clusters, forums, organisations } from "../../db/schema/index.js";

/** The clusters the user administers, each with its forums by name. */
export async function administeredClusters(db: Db, userId: string) {
  const mine = await db
    .select({ id: clusters.id, name: clusters.name, extraDaysOff: clusters.extraDaysOff })
    .from(clusterAdmins)
    .innerJoin(clusters, eq(clusters.id, clusterAdmins.clusterId))
    .where(eq(clusterAdmins.userId, userId));
  const all = mine.length ? await db.select().from(forums).where(inArray(forums.clusterId, mine.map((m) => m.id))).orderBy(asc(forums.name)) : [];
  return mine.map((cl) => ({ ...cl, forums: all.filter((f) => f.clusterId === cl.id) }));
}

/** Every organisation by name. */
export function listOrganisations(db: Db) {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
}
