/**
 * The requests of a logged-in user that write no access-log entry, each with
 * why. Every other successful request must note what it touched (see
 * `noteAccess`), or the access-log middleware reports it; so a new route is
 * either logged or listed here on purpose.
 */
const UNLOGGED: { method: string; path: RegExp; why: string }[] = [
  { method: "POST", path: /^\/api\/auth\/(login|logout)$/, why: "the user's own session" },
  { method: "GET", path: /^\/api\/me$/, why: "the user's own account" },
  { method: "GET", path: /^\/api\/me\/access-log$/, why: "the user's own access log" },
  { method: "POST", path: /^\/api\/me\/calendar$/, why: "the user's own feed links" },
  { method: "*", path: /^\/api\/invitations\/[^/]+(\/accept)?$/, why: "the user's own invitation" },
  // Lists of what the user may see; the meetings in them are logged when opened, exported or synced.
  { method: "GET", path: /^\/api\/(meetings|forums|organisations|plan|action-items)$/, why: "lists of the user's own meetings, forums and tasks" },
  // Asked by the menu on every page to know whether to show Administration.
  { method: "GET", path: /^\/api\/admin\/(clusters|regions)$/, why: "the clusters and regions the user runs" },
];

/** Why a request writes no access-log entry, or null when it must write one. */
export function unloggedReason(method: string, path: string): string | null {
  const hit = UNLOGGED.find((u) => (u.method === "*" || u.method === method) && u.path.test(path));
  return hit?.why ?? null;
}
