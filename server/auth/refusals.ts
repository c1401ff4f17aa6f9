import { forbidden, notFound, type AppError } from "../errors.js";
import { can, type Role, type RoleAction } from "./roles.js";

// What a user who may see a thing but not do the action is told (403). Actions every seat may take have none.
const REFUSALS: Partial<Record<RoleAction, string>> = {
  "meeting.create": "Kun formandskab og sekretariat kan oprette møder.",
  "meeting.edit": "Kun formandskab og sekretariat kan flytte eller omdøbe møder.",
  "meeting.cancel": "Kun formandskab og sekretariat kan aflyse møder.",
  "meeting.delete": "Kun sekretariatet kan slette møder.",
  "minutes.approve": "Kun forummets formandskab og medlemmer med stemmeret godkender referatet.",
  "minutes.revise": "Kun sekretariatet kan udsende en revideret version.",
  "minutes.reopen": "Kun sekretariatet kan genåbne referatet.",
  "comment.resolve": "Kun sekretariatet kan afslutte bemærkninger.",
  "attachment.add": "Kun formandskab og sekretariat kan vedhæfte bilag.",
  "attachment.remove": "Kun formandskab og sekretariat kan fjerne bilag.",
  "agreement.write": "Kun formandskab og sekretariat kan ændre årshjulet.",
  "escalation.handle": "Kun formandskab og sekretariat i det modtagende forum kan behandle eskaleringen.",
  "escalation.close": "Kun formandskab og sekretariat kan afslutte eskaleringen.",
  "actionItem.changeStatus": "Kun ejeren, formandskabet og sekretariatet kan ændre status.",
};

/** The refusal of a lifecycle step the user's role may not take. */
export const stepRefused = (): AppError => forbidden("Din rolle i forummet må ikke tage dette skridt.");

/** The refusal of a cluster administrator's action to anyone else. */
export const notClusterAdmin = (): AppError => forbidden("Kun klyngens administratorer kan gøre dette.");

/** The 403 for someone who does not administer the region. */
export const notRegionAdmin = (): AppError => forbidden("Kun regionens administratorer kan gøre dette.");

/** The 403 for a user whose seat does not allow `action`. */
export const refused = (action: RoleAction): AppError => forbidden(REFUSALS[action]);

/** Refuses `action` (403) unless a seat with `role` may take it. */
export function requireRole(role: Role, action: RoleAction): void {
  if (!can(role, action)) throw refused(action);
}

/** The thing, or a 404 naming what the user asked for (Danish, definite form: "Mødet"). */
export function found<T>(thing: T | null | undefined, what: string): T {
  if (thing === null || thing === undefined) throw notFound(what);
  return thing;
}
