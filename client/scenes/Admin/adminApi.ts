import type { ExtraDaysOff } from "../../../shared/rules/danishCalendar.js";
import type { ForumRules } from "../../../shared/rules/kommissorium.js";
import type { StandingItem } from "../../../shared/rules/standingItems.js";
import { apiFetch } from "../../http/client.js";

/** The kinds a forum can be, in ladder order. */
export const FORUM_KINDS = ["politisk", "direktoerforum", "chefforum", "driftsforum", "arbejdsgruppe", "andet"] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** The roles a person can have in a forum. */
export const ROLES = ["chair", "secretariat", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

/** A forum as the administration sees it, with its rules. */
export interface AdminForum {
  id: string;
  clusterId: string;
  name: string;
  kind: ForumKind;
  reportsToForumId: string | null;
  regionWide: boolean;
  rules: ForumRules;
  standingItems: StandingItem[];
}

/** What creating or editing a forum sends. */
export type ForumInput = Omit<AdminForum, "id" | "clusterId">;

/** A cluster the user administers. */
export interface AdminCluster {
  id: string;
  name: string;
  extraDaysOff: ExtraDaysOff;
  forums: AdminForum[];
}

/** An organisation people can represent. */
export interface Organisation {
  id: string;
  name: string;
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

/** Creates a forum; the server refuses loops and bad rules with a Danish message. */
export async function createForum(clusterId: string, input: ForumInput): Promise<AdminForum> {
  const { forum } = await apiFetch<{ forum: AdminForum }>(`/admin/clusters/${encodeURIComponent(clusterId)}/forums`, { method: "POST", body: input });
  return forum;
}

/** Changes a forum's settings. */
export async function updateForum(forumId: string, input: ForumInput): Promise<AdminForum> {
  const { forum } = await apiFetch<{ forum: AdminForum }>(`/admin/forums/${encodeURIComponent(forumId)}`, { method: "PATCH", body: input });
  return forum;
}

/** The organisations of the cluster's region, by name. */
export async function fetchClusterOrganisations(clusterId: string, signal?: AbortSignal): Promise<Organisation[]> {
  const { organisations } = await apiFetch<{ organisations: Organisation[] }>(`/admin/clusters/${encodeURIComponent(clusterId)}/organisations`, { signal });
  return organisations;
}

/** The organisations of the regions the user has a seat in, by name. */
export async function fetchOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  const { organisations } = await apiFetch<{ organisations: Organisation[] }>("/organisations", { signal });
  return organisations;
}

/** Adds an organisation; 409 when one of that name exists. */
export async function createOrganisation(clusterId: string, name: string): Promise<Organisation> {
  const { organisation } = await apiFetch<{ organisation: Organisation }>(`/admin/clusters/${encodeURIComponent(clusterId)}/organisations`, {
    method: "POST",
    body: { name },
  });
  return organisation;
}
