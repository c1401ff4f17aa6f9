import type { ShortcutId } from "../../../shared/editor/shortcuts.js";

/** A heading of the keyboard overview (its i18n key under `keyboard.groups`). */
export type ShortcutGroupKey = "blocks" | "items" | "editing";

/** The table's shortcuts as the keyboard overview groups them; every shortcut appears once. */
export const SHORTCUT_GROUPS: { key: ShortcutGroupKey; ids: ShortcutId[] }[] = [
  { key: "blocks", ids: ["insertAgendaItem", "insertDecision", "insertActionItem", "insertEscalation"] },
  { key: "items", ids: ["markCurrentItem", "moveItemUp", "moveItemDown"] },
  { key: "editing", ids: ["undo", "redo", "bold", "italic", "underline", "bulletList", "orderedList", "lineBreak", "tableTools"] },
];

/** Single keys that do something in the document (not bindings of the table), with their i18n keys under `keyboard.fixed`. */
export const FIXED_KEYS = [
  { key: "slash", keys: "/" },
  { key: "tab", keys: "Tab" },
  { key: "escape", keys: "Esc" },
  { key: "enter", keys: "Enter" },
  { key: "help", keys: "?" },
] as const;
