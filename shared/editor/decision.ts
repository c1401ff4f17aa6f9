import { SHORTCUTS } from "./shortcuts.js";
import { createTextBlock } from "./textBlock.js";

/** Shortcut that inserts a decision. */
export const DECISION_SHORTCUT = SHORTCUTS.insertDecision.keys;

/**
 * A decision taken at the meeting ("Beslutning"). Its `id` comes from the
 * UniqueID extension when the block is created and keys the extracted row.
 */
export const Decision = createTextBlock({
  name: "decision",
  htmlType: "decision",
  command: "insertDecision",
  shortcut: DECISION_SHORTCUT,
});
