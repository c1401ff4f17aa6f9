import type { ClusterParentCandidate } from "./adminApi.js";
import type { RegionParentCandidate } from "./regionApi.js";

/** A forum a forum may report to, under the heading it is shown in: its cluster, or null for the region-wide bodies. */
export interface ParentOption {
  id: string;
  name: string;
  group: string | null;
}

/** A cluster's candidates: its own forums (under the cluster's name) and the region-wide bodies. */
export function clusterParentOptions(clusterName: string, candidates: ClusterParentCandidate[]): ParentOption[] {
  return candidates.map(({ id, name, regionWide }) => ({ id, name, group: regionWide ? null : clusterName }));
}

/** A region's candidates for a body: every forum of the region under its cluster's name, and the other bodies. */
export function regionParentOptions(candidates: RegionParentCandidate[]): ParentOption[] {
  return candidates.map(({ id, name, clusterName }) => ({ id, name, group: clusterName }));
}

/** The options in groups: each cluster's (by name), then the region-wide bodies. */
export function groupedParentOptions(options: ParentOption[]): { group: string | null; options: ParentOption[] }[] {
  const groups = [...new Set(options.map((o) => o.group))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "da")));
  return groups.map((group) => ({ group, options: options.filter((o) => o.group === group).sort((a, b) => a.name.localeCompare(b.name, "da")) }));
}
