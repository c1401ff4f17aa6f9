import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { clusters, forumReports, forums } from "../../db/schema/index.js";
import type { ReportEdge } from "../../shared/rules/forumHierarchy.js";

/** A forum of a region with what the ladder and the admin pages show of it. */
export interface RegionForum {
  id: string;
  name: string;
  kind: string;
  regionId: string;
  clusterId: string | null;
  clusterName: string | null;
}

/** A region's reporting graph: its forums (clusters' and region-wide) and the edges between them. */
export interface RegionGraph {
  forums: RegionForum[];
  edges: ReportEdge[];
}

/** The reporting graph of a region. */
export async function regionGraph(db: Db, regionId: string): Promise<RegionGraph> {
  const rows = await db
    .select({ id: forums.id, name: forums.name, kind: forums.kind, regionId: forums.regionId, clusterId: forums.clusterId, clusterName: clusters.name })
    .from(forums)
    .leftJoin(clusters, eq(clusters.id, forums.clusterId))
    .where(eq(forums.regionId, regionId));
  const ids = rows.map((f) => f.id);
  const edges = ids.length ? await db.select({ forumId: forumReports.forumId, reportsToForumId: forumReports.reportsToForumId }).from(forumReports).where(inArray(forumReports.forumId, ids)) : [];
  return { forums: rows, edges };
}

/** The forums each forum reports to, by forum id. */
export function parentsById(edges: ReportEdge[]): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const e of edges) parents.set(e.forumId, [...(parents.get(e.forumId) ?? []), e.reportsToForumId]);
  return parents;
}
