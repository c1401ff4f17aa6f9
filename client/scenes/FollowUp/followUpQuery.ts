import { ACTION_STATUSES, type ActionStatus } from "../../../shared/editor/vocabulary.js";
import type { UrlQueryCodec } from "../../components/useUrlQuery.js";

/** Whose action items the dashboard shows. */
export const SCOPES = ["mine", "forum", "organisation"] as const;
export type Scope = (typeof SCOPES)[number];

/** How the table is ordered: by due date, by meeting, or by status. */
export const SORTS = ["frist", "moede", "status"] as const;
export type Sort = (typeof SORTS)[number];

/** The dashboard's filters and order, all kept in the page URL so they survive a reload. */
export interface FollowUpQuery {
  scope: Scope;
  /** The chosen forum (scope "forum"); empty means the first of the user's forums. */
  forumId: string;
  /** The chosen organisation (scope "organisation"); empty means the user's own. */
  organisationId: string;
  statuses: ActionStatus[];
  sort: Sort;
}

/** What the dashboard shows before anyone has chosen: the open items. */
export const DEFAULT_STATUSES: ActionStatus[] = ["åben", "i gang"];

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads the filters from the URL; anything missing or unknown gets its default. */
export function readQuery(params: URLSearchParams): FollowUpQuery {
  const status = params.get("status");
  return {
    scope: pick(SCOPES, params.get("scope"), "mine"),
    forumId: params.get("forumId") ?? "",
    organisationId: params.get("organisationId") ?? "",
    statuses: status === null ? DEFAULT_STATUSES : ACTION_STATUSES.filter((s) => status.split(",").includes(s)),
    sort: pick(SORTS, params.get("sort"), "frist"),
  };
}

/** The URL parameters of a query; defaults are written out too, so a shared link shows the same. */
export function writeQuery(query: FollowUpQuery): URLSearchParams {
  const params = new URLSearchParams({ scope: query.scope });
  if (query.scope === "forum" && query.forumId) params.set("forumId", query.forumId);
  if (query.scope === "organisation" && query.organisationId) params.set("organisationId", query.organisationId);
  params.set("status", query.statuses.join(","));
  params.set("sort", query.sort);
  return params;
}

/** The dashboard's filters as `useUrlQuery` keeps them. */
export const FOLLOW_UP_QUERY: UrlQueryCodec<FollowUpQuery> = { read: readQuery, write: writeQuery };

/** The query string `GET /api/action-items` (and its CSV twin) takes for these filters. */
export function apiQuery(query: FollowUpQuery, forumId: string): string {
  const params = new URLSearchParams({ scope: query.scope });
  if (query.scope === "forum") params.set("forumId", forumId);
  if (query.scope === "organisation" && query.organisationId) params.set("organisationId", query.organisationId);
  if (query.statuses.length > 0) params.set("status", query.statuses.join(","));
  return params.toString();
}
