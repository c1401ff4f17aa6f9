import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { forums } from "../../db/schema/index.js";
import type { LadderForum } from "../../shared/protocol/forumLadder.js";
import { ladderOf } from "../../shared/rules/forumHierarchy.js";
import { parentsById, regionGraph } from "../queries/regionGraph.js";

/**
 * The forums a forum may send items to, seen from it, within its region: the
 * forums above it (up), the forums below it (down), and sideways its siblings
 * and the region-wide bodies its cluster works with. The hierarchy is data
 * (`forum_reports`), so this follows the graph rather than forum kinds.
 */
export async function forumLadder(db: Db, forumId: string): Promise<LadderForum[]> {
  const [self] = await db.select({ regionId: forums.regionId }).from(forums).where(eq(forums.id, forumId));
  if (!self) return [];
  const graph = await regionGraph(db, self.regionId);
  const ladder = ladderOf(graph.forums, graph.edges, forumId);
  const parents = parentsById(graph.edges);
  const rank = { op: 0, ned: 1, side: 2 };
  return graph.forums
    .filter((f) => ladder.has(f.id))
    .map((f) => ({ id: f.id, name: f.name, kind: f.kind, clusterName: f.clusterName, reportsTo: parents.get(f.id) ?? [], direction: ladder.get(f.id)! }))
    .sort((a, b) => rank[a.direction] - rank[b.direction] || a.name.localeCompare(b.name, "da"));
}
