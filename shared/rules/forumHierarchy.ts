import type { EscalationDirection } from "../editor/vocabulary.js";

/** An edge of a region's reporting graph: `forumId` reports to `reportsToForumId`. */
export interface ReportEdge {
  forumId: string;
  reportsToForumId: string;
}

/** A forum of a region as the ladder needs it: its id and its cluster (null for a region-wide body). */
export interface GraphForum {
  id: string;
  clusterId: string | null;
}

/**
 * True when letting `forumId` report to `parents` (instead of what it reports
 * to now) would make a forum report to itself, directly or through others.
 * The reporting structure must stay a graph without cycles.
 */
export function wouldCreateLoop(edges: ReportEdge[], forumId: string, parents: string[]): boolean {
  const next = edges.filter((e) => e.forumId !== forumId).concat(parents.map((p) => ({ forumId, reportsToForumId: p })));
  return ancestors(next, forumId).has(forumId);
}

/** Every forum `forumId` reports to, directly or further up. */
export function ancestors(edges: ReportEdge[], forumId: string): Set<string> {
  return reach(edges, forumId, (e) => e.forumId, (e) => e.reportsToForumId);
}

/** Every forum reporting to `forumId`, directly or further down. */
export function descendants(edges: ReportEdge[], forumId: string): Set<string> {
  return reach(edges, forumId, (e) => e.reportsToForumId, (e) => e.forumId);
}

function reach(edges: ReportEdge[], start: string, from: (e: ReportEdge) => string, to: (e: ReportEdge) => string): Set<string> {
  const seen = new Set<string>();
  const frontier = [start];
  while (frontier.length > 0) {
    const current = frontier.pop()!;
    for (const e of edges) {
      if (from(e) === current && !seen.has(to(e))) {
        seen.add(to(e));
        frontier.push(to(e));
      }
    }
  }
  return seen;
}

/**
 * The forums a forum may send items to, within its region, and which way each
 * lies: up (every forum above it), down (every forum below it) and sideways
 * (forums sharing a parent with it, and the region-wide bodies its cluster
 * works with, i.e. that any forum of its cluster reports to or receives from).
 * A cluster's forum never sees another cluster's forums; a region-wide body
 * sees every forum it is linked with, in any cluster of the region.
 */
export function ladderOf(all: GraphForum[], edges: ReportEdge[], forumId: string): Map<string, EscalationDirection> {
  const self = all.find((f) => f.id === forumId);
  const result = new Map<string, EscalationDirection>();
  if (!self) return result;
  for (const id of ancestors(edges, forumId)) result.set(id, "op");
  for (const id of descendants(edges, forumId)) if (!result.has(id)) result.set(id, "ned");
  const parents = edges.filter((e) => e.forumId === forumId).map((e) => e.reportsToForumId);
  const siblings = edges.filter((e) => parents.includes(e.reportsToForumId)).map((e) => e.forumId);
  const clusterOf = new Map(all.map((f) => [f.id, f.clusterId]));
  const bodies = self.clusterId === null ? [] : bodiesOfCluster(all, edges, self.clusterId, clusterOf);
  for (const id of [...siblings, ...bodies]) if (id !== forumId && !result.has(id)) result.set(id, "side");
  // A cluster's forum reaches other clusters only through the region-wide bodies, never their forums directly.
  if (self.clusterId !== null) for (const id of result.keys()) if (![null, self.clusterId].includes(clusterOf.get(id) ?? null)) result.delete(id);
  return result;
}

// Region-wide bodies linked by an edge to any forum of the cluster.
function bodiesOfCluster(all: GraphForum[], edges: ReportEdge[], clusterId: string, clusterOf: Map<string, string | null>): string[] {
  const own = new Set(all.filter((f) => f.clusterId === clusterId).map((f) => f.id));
  const linked = edges.flatMap((e) => (own.has(e.forumId) ? [e.reportsToForumId] : own.has(e.reportsToForumId) ? [e.forumId] : []));
  return linked.filter((id) => clusterOf.get(id) === null);
}
