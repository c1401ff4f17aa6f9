import { apiFetch } from "../../http/client.js";
import type { AdminForum, ForumInput } from "./adminApi.js";

/** A forum a region-wide body may report to: any forum of the region, with its cluster's name (null for a body). */
export interface RegionParentCandidate {
  id: string;
  name: string;
  clusterName: string | null;
}

/** A region the user administers: its clusters, its region-wide bodies and what a body may report to. */
export interface AdminRegion {
  id: string;
  name: string;
  clusters: { id: string; name: string }[];
  bodies: AdminForum[];
  parentCandidates: RegionParentCandidate[];
}

const regionPath = (regionId: string) => `/admin/regions/${encodeURIComponent(regionId)}`;

/** The regions the user administers; empty for everyone else. */
export async function fetchAdminRegions(signal?: AbortSignal): Promise<AdminRegion[]> {
  const { regions } = await apiFetch<{ regions: AdminRegion[] }>("/admin/regions", { signal });
  return regions;
}

/** Creates a cluster in the region; 409 when the region has one by that name. */
export async function createCluster(regionId: string, name: string): Promise<void> {
  await apiFetch(`${regionPath(regionId)}/clusters`, { method: "POST", body: { name } });
}

/** Creates a region-wide body; the server refuses loops and parents outside the region. */
export async function createBody(regionId: string, input: ForumInput): Promise<AdminForum> {
  const { forum } = await apiFetch<{ forum: AdminForum }>(`${regionPath(regionId)}/bodies`, { method: "POST", body: input });
  return forum;
}

/** Whether the user administers any region or cluster: what the menu's Administration link depends on. */
export async function fetchAdministersAny(signal?: AbortSignal): Promise<boolean> {
  const [clusters, regions] = await Promise.all([apiFetch<{ clusters: unknown[] }>("/admin/clusters", { signal }), fetchAdminRegions(signal)]);
  return clusters.clusters.length > 0 || regions.length > 0;
}
