import type { AccessSubject } from "../../shared/audit/vocabulary.js";
import type { AccessNote } from "./accessTrail.js";

const ADMIN_PREFIX = "/api/admin/";

// What the segments of an admin path are about.
const SUBJECTS: Record<string, AccessSubject> = {
  forums: "forum",
  bodies: "forum",
  members: "membership",
  clusters: "cluster",
  regions: "region",
  organisations: "organisation",
  "access-log": "accessLog",
  "access-log.csv": "accessLog",
};

// Each subject in words: one of it, and a list of them.
const NOUNS: Partial<Record<AccessSubject, [string, string]>> = {
  forum: ["et forum", "fora"],
  membership: ["et medlemskab", "medlemmer"],
  cluster: ["en klynge", "klynger"],
  region: ["en region", "regioner"],
  organisation: ["en organisation", "organisationer"],
  accessLog: ["adgangsloggen", "adgangsloggen"],
};

const VERBS: Record<string, string> = { POST: "Oprettede", PUT: "Ændrede", PATCH: "Ændrede", DELETE: "Fjernede" };

const isId = (segment: string | undefined): segment is string => segment !== undefined && /^[0-9a-f-]{36}$/i.test(segment);

/**
 * The entry an administration request writes when its route noted none:
 * every successful request under /api/admin is logged from its method and
 * path ("Ændrede et medlemskab" in forum X), so no admin route can be left
 * out. The subject id is the last id in the path. Null for any other path.
 */
export function adminNote(method: string, path: string): AccessNote | null {
  if (!path.startsWith(ADMIN_PREFIX)) return null;
  const [collection, id, part, partId] = path.slice(ADMIN_PREFIX.length).split("/");
  const subject = SUBJECTS[part ?? collection] ?? "administration";
  const [one, many] = NOUNS[subject] ?? ["administrationen", "administrationen"];
  const listing = method === "GET" && !isId(part === undefined ? id : partId);
  const detail = method === "GET" ? `Så ${listing ? many : one}` : `${VERBS[method] ?? "Ændrede"} ${one}`;
  return {
    action: "admin",
    subject,
    subjectId: isId(partId) ? partId : isId(id) ? id : null,
    forumId: collection === "forums" && isId(id) ? id : null,
    detail,
  };
}
