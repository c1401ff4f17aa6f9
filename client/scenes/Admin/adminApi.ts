import { FORUM_KINDS, SECTORS, type ForumKind, type Sector } from "../../../shared/region/vocabulary.js";
import type { ExtraDaysOff } from "../../../shared/rules/danishCalendar.js";
import type { ForumRules } from "../../../shared/rules/kommissorium.js";
import type { StandingItem } from "../../../shared/rules/standingItems.js";
import { apiFetch } from "../../http/client.js";

export { FORUM_KINDS, SECTORS, type ForumKind, type Sector };

/** The roles a person can have in a forum. */
export const ROLES = ["chair", "secretariat", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

/** A forum or region-wide body as the administration sees it, with its rules and the forums it reports to. */
export interface AdminForum {
  id: string;
  regionId: string;
  /** Null for a region-wide body. */
  clusterId: string | null;
  name: string;
  kind: ForumKind;
  reportsTo: string[];
  rules: ForumRules;
  standingItems: StandingItem[];
  /** ÅÅÅÅ-MM-DD, or null when none is set. */
  evaluationDue: string | null;
  /** False when deadlines are only "tilstræbes". */
  deadlinesFirm: boolean;
}

/** What creating or editing a forum sends (an edit sends only the fields changed). */
export type ForumInput = Pick<AdminForum, "name" | "kind" | "reportsTo" | "rules" | "standingItems" | "evaluationDue" | "deadlinesFirm">;

/** A forum a cluster's forum may report to: one of the cluster's own, or a region-wide body. */
export interface ClusterParentCandidate {
  id: string;
  name: string;
  regionWide: boolean;
}

/** A cluster the user administers. */
export interface AdminCluster {
  id: string;
  name: string;
  regionId: string;
  extraDaysOff: ExtraDaysOff;
  forums: AdminForum[];
  parentCandidates: ClusterParentCandidate[];
}

/** An organisation people can represent, with its sector when known. */
export interface Organisation {
  id: string;
  name: string;
  sector?: Sector | null;
}

/** The clusters the user administers; empty for everyone else. */
export async function fetchAdminClusters(signal?: AbortSignal): Promise<AdminCluster[]> {
  const { clusters } = await apiFetch<{ clusters: AdminCluster[] }>("/admin/clusters", { signal });
  return clusters;
}

/** Sets which public-sector days off count as non-working in a cluster. */
export async function saveDaysOff(clusterId: string, extraDaysOff: ExtraDaysOff): Promise<void> {
  await apiFetch(`/admin/clusters/${encodeURIComponent(clusterId)}`, { method: "PATCH", body: { extraDaysOff } });
}

/** Creates a forum of a cluster; the server refuses loops, parents outside the cluster and bad rules with a Danish message. */
export async function createForum(clusterId: string, input: ForumInput): Promise<AdminForum> {
  const { forum } = await apiFetch<{ forum: AdminForum }>(`/admin/clusters/${encodeURIComponent(clusterId)}/forums`, { method: "POST", body: input });
  return forum;
}

/** Changes a forum's or body's settings: only the fields given change. */
export async function updateForum(forumId: string, changes: Partial<ForumInput>): Promise<AdminForum> {
  const { forum } = await apiFetch<{ forum: AdminForum }>(`/admin/forums/${encodeURIComponent(forumId)}`, { method: "PATCH", body: changes });
  return forum;
}

/** The organisations of a region, by name; any administrator in the region may ask. */
export async function fetchRegionOrganisations(regionId: string, signal?: AbortSignal): Promise<Organisation[]> {
  const { organisations } = await apiFetch<{ organisations: Organisation[] }>(`/admin/regions/${encodeURIComponent(regionId)}/organisations`, { signal });
  return organisations;
}

/** Adds an organisation to a region; 409 when one of that name exists. */
export async function createOrganisation(regionId: string, name: string, sector: Sector | null): Promise<Organisation> {
  const { organisation } = await apiFetch<{ organisation: Organisation }>(`/admin/regions/${encodeURIComponent(regionId)}/organisations`, {
    method: "POST",
    body: { name, sector },
  });
  return organisation;
}

/** The organisations of the regions the user has a seat in, by name. */
export async function fetchOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  const { organisations } = await apiFetch<{ organisations: Organisation[] }>("/organisations", { signal });
  return organisations;
}
