import { RULES_MIDT_NORD } from "../../../shared/rules/kommissorium.js";
import { DEFAULT_STANDING_ITEMS } from "../../../shared/rules/standingItems.js";
import type { AdminForum, ForumInput } from "./adminApi.js";

/** A new forum's starting values: a Driftsforum with the Midt/Nord rules and the usual standing items. */
export function newForumValues(): ForumInput {
  return {
    name: "",
    kind: "driftsforum",
    reportsToForumId: null,
    regionWide: false,
    rules: structuredClone(RULES_MIDT_NORD),
    standingItems: structuredClone(DEFAULT_STANDING_ITEMS),
  };
}

/** The editable fields of an existing forum. */
export function forumValues(forum: AdminForum): ForumInput {
  const { name, kind, reportsToForumId, regionWide, rules, standingItems } = forum;
  return structuredClone({ name, kind, reportsToForumId, regionWide, rules, standingItems });
}
