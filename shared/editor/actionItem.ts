import { ACTION_STATUSES, DUE_KINDS, OWNER_KINDS, oneOf } from "./vocabulary.js";
import { SHORTCUTS } from "./shortcuts.js";
import { createTextBlock, dataAttribute } from "./textBlock.js";

/** Shortcut that inserts an action item. */
export const ACTION_ITEM_SHORTCUT = SHORTCUTS.insertActionItem.keys;

/**
 * A task agreed at the meeting: the text says what; the attributes say who
 * (a person or organisation by id, "Sekretariatet", "Formandskabet" or free
 * text in `ownerName`) and when (a date, the next meeting, or a condition).
 */
export const ActionItem = createTextBlock({
  name: "actionItem",
  htmlType: "action-item",
  command: "insertActionItem",
  shortcut: ACTION_ITEM_SHORTCUT,
  attributes: {
    ownerKind: dataAttribute("owner-kind", (v) => oneOf(OWNER_KINDS, v, null)),
    ownerId: dataAttribute("owner-id"),
    ownerName: dataAttribute("owner-name"),
    dueKind: dataAttribute("due-kind", (v) => oneOf(DUE_KINDS, v, null)),
    dueDate: dataAttribute("due-date", (v) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null)),
    dueCondition: dataAttribute("due-condition"),
    // Mirrors the follow-up status on the action_items row; the server writes it back when it changes there.
    status: {
      default: "åben",
      parseHTML: (el) => oneOf(ACTION_STATUSES, el.getAttribute("data-status"), "åben"),
      renderHTML: (attrs) => ({ "data-status": attrs.status }),
    },
  },
});
