import { RULES_MIDT_NORD } from "../../../shared/rules/kommissorium.js";
import { DEFAULT_STANDING_ITEMS } from "../../../shared/rules/standingItems.js";
import type { AdminForum, ForumInput, ForumKind } from "./adminApi.js";

/** A new forum's starting values: the Midt/Nord rules, the usual standing items, firm deadlines, no parent. */
export function newForumValues(kind: ForumKind = "driftsforum"): ForumInput {
  return {
    name: "",
    kind,
    reportsTo: [],
    rules: structuredClone(RULES_MIDT_NORD),
    standingItems: structuredClone(DEFAULT_STANDING_ITEMS),
    evaluationDue: null,
    deadlinesFirm: true,
  };
}

/** The editable fields of an existing forum. */
export function forumValues(forum: AdminForum): ForumInput {
  const { name, kind, reportsTo, rules, standingItems, evaluationDue, deadlinesFirm } = forum;
  return structuredClone({ name, kind, reportsTo, rules, standingItems, evaluationDue, deadlinesFirm });
}

// Parents are a set: ticking them in another order is no change.
const comparable = (key: keyof ForumInput, value: ForumInput[keyof ForumInput]) => JSON.stringify(key === "reportsTo" ? [...(value as string[])].sort() : value);

/**
 * The fields of `values` that differ from `initial`: what an edit sends,
 * so a PATCH never writes back a field the admin did not touch.
 */
export function changedFields(initial: ForumInput, values: ForumInput): Partial<ForumInput> {
  const keys = Object.keys(values) as (keyof ForumInput)[];
  return Object.fromEntries(keys.filter((key) => comparable(key, initial[key]) !== comparable(key, values[key])).map((key) => [key, values[key]]));
}
