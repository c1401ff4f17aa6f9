import { asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusterAdmins, clusters, forums, memberships, organisations, regionAdmins, regions } from "../../db/schema/index.js";
import { parentsById, regionGraph } from "./regionGraph.js";

type ForumRow = typeof forums.$inferSelect;

// A forum as the admin pages show it: its row and the forums it reports to.
const withParents = (rows: ForumRow[], parents: Map<string, string[]>) => rows.map((f) => ({ ...f, reportsTo: parents.get(f.id) ?? [] }));

/** The clusters the user administers (directly, or as an administrator of their region), each with its forums by name. */
export async function administeredClusters(db: Db, userId: string) {
  const ownRegions = db.select({ id: regionAdmins.regionId }).from(regionAdmins).where(eq(regionAdmins.userId, userId));
  const ownClusters = db.select({ id: clusterAdmins.clusterId }).from(clusterAdmins).where(eq(clusterAdmins.userId, userId));
  const mine = await db
    .select({ id: clusters.id, name: clusters.name, regionId: clusters.regionId, extraDaysOff: clusters.extraDaysOff })
    .from(clusters)
    .where(or(inArray(clusters.id, ownClusters), inArray(clusters.regionId, ownRegions)))
    .orderBy(asc(clusters.name));
  if (mine.length === 0) return [];
  const all = await db.select().from(forums).where(inArray(forums.clusterId, mine.map((m) => m.id))).orderBy(asc(forums.name));
  const graphs = await Promise.all([...new Set(mine.map((m) => m.regionId))].map((regionId) => regionGraph(db, regionId)));
  const parents = parentsById(graphs.flatMap((g) => g.edges));
  // The forums a cluster's forum may report to: its own cluster's and the region-wide bodies.
  return mine.map((cl) => {
    const graph = graphs.find((g) => g.forums.some((f) => f.regionId === cl.regionId));
    const candidates = (graph?.forums ?? []).filter((f) => f.clusterId === cl.id || f.clusterId === null).map(({ id, name, clusterId }) => ({ id, name, regionWide: clusterId === null }));
    return { ...cl, forums: withParents(all.filter((f) => f.clusterId === cl.id), parents), parentCandidates: candidates };
  });
}

/** The regions the user administers, each with its clusters, its region-wide bodies and every forum a body may report to. */
export async function administeredRegions(db: Db, userId: string) {
  const mine = await db
    .select({ id: regions.id, name: regions.name })
    .from(regionAdmins)
    .innerJoin(regions, eq(regions.id, regionAdmins.regionId))
    .where(eq(regionAdmins.userId, userId))
    .orderBy(asc(regions.name));
  return Promise.all(
    mine.map(async (region) => {
      const graph = await regionGraph(db, region.id);
      const parents = parentsById(graph.edges);
      const bodyIds = graph.forums.filter((f) => f.clusterId === null).map((f) => f.id);
      const bodyRows = bodyIds.length ? await db.select().from(forums).where(inArray(forums.id, bodyIds)).orderBy(asc(forums.name)) : [];
      const clusterRows = await db.select({ id: clusters.id, name: clusters.name }).from(clusters).where(eq(clusters.regionId, region.id)).orderBy(asc(clusters.name));
      const candidates = graph.forums.map(({ id, name, clusterName }) => ({ id, name, clusterName })).sort((a, b) => a.name.localeCompare(b.name, "da"));
      return { ...region, clusters: clusterRows, bodies: withParents(bodyRows, parents), parentCandidates: candidates };
    }),
  );
}

/** The organisations of a region, by name. */
export function regionOrganisations(db: Db, regionId: string) {
  return db.select({ id: organisations.id, name: organisations.name, sector: organisations.sector }).from(organisations).where(eq(organisations.regionId, regionId)).orderBy(asc(organisations.name));
}

/** The organisations of every region the user has a seat in, by name: what the dashboard filters by. */
export function organisationsNear(db: Db, userId: string) {
  const seatRegions = db.select({ id: forums.regionId }).from(memberships).innerJoin(forums, eq(forums.id, memberships.forumId)).where(eq(memberships.userId, userId));
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.regionId, seatRegions)).orderBy(asc(organisations.name));
}
