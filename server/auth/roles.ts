import type { memberships } from "../../db/schema/index.js";
import { VOTING_ROLES } from "../../shared/rules/approval.js";
import { CANCEL_ACTORS, DELETE_ACTORS, allowedTransitions, isDocumentLocked, isLegalStep, type MeetingStatus } from "../../shared/rules/lifecycle.js";

/** A member's role in a forum. */
export type Role = (typeof memberships.$inferSelect)["role"];

const EVERYONE: readonly Role[] = ["chair", "secretariat", "member", "observer"];
const EDITORS: readonly Role[] = ["chair", "secretariat"];
const SECRETARIAT: readonly Role[] = ["secretariat"];

/**
 * Which roles in a forum may take each action that the seat alone decides.
 * A seat of any role lets a user read the forum and its meetings; chairs and
 * the secretariat write; the lifecycle's own lists say who cancels, deletes
 * and approves.
 */
export const ROLES_FOR = {
  "forum.read": EVERYONE,
  "meeting.read": EVERYONE,
  "comment.write": EVERYONE,
  "attachment.read": EVERYONE,
  "document.sync": EVERYONE,
  "meeting.create": EDITORS,
  "meeting.edit": EDITORS,
  "document.edit": EDITORS,
  "attachment.add": EDITORS,
  "attachment.remove": EDITORS,
  "agreement.write": EDITORS,
  "escalation.handle": EDITORS,
  "escalation.close": EDITORS,
  "actionItem.changeStatus": EDITORS,
  "meeting.cancel": CANCEL_ACTORS,
  "meeting.delete": DELETE_ACTORS,
  "minutes.approve": VOTING_ROLES,
  "minutes.revise": SECRETARIAT,
  "minutes.reopen": SECRETARIAT,
  "comment.resolve": SECRETARIAT,
} as const satisfies Record<string, readonly string[]>;

/** An action a role in the forum decides alone. */
export type RoleAction = keyof typeof ROLES_FOR;

/** Whether a seat with `role` (null: no seat) may take `action`: the rule `authorize` enforces, for presenters to show. */
export function can(role: Role | null, action: RoleAction): boolean {
  return role !== null && (ROLES_FOR[action] as readonly string[]).includes(role);
}

/** Whether the holder of a seat may write in the meeting's document now: an editor, and the record not locked. */
export function canEditDocument(access: { role: Role; meeting: { status: string } }): boolean {
  return can(access.role, "document.edit") && !isDocumentLocked(access.meeting.status as MeetingStatus);
}

/**
 * Whether `role` may take the lifecycle step from `from` to `to`: the step
 * table in shared/rules/lifecycle.ts decides. A step nobody may take is not
 * refused here; the lifecycle command answers it as illegal (409).
 */
export function canTakeStep(role: Role, from: MeetingStatus, to: MeetingStatus): boolean {
  return !isLegalStep(from, to) || allowedTransitions(from, role).includes(to);
}

/** Whether `role`'s approval of sent minutes closes the round: whoever may take the step to `godkendt`. */
export function closesApprovalRound(role: Role): boolean {
  return allowedTransitions("referat_udsendt", role).includes("godkendt");
}

/** Whether a user may change an action item's status: its owner, or an editor of its forum. */
export function canChangeActionItemStatus(role: Role | null, item: { ownerKind: string | null; ownerId: string | null }, userId: string | null): boolean {
  return can(role, "actionItem.changeStatus") || (item.ownerKind === "person" && item.ownerId === userId);
}
