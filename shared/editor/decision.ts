import { createTextBlock } from "./textBlock.js";

/** Shortcut that inserts a decision ("b" for beslutning). */
export const DECISION_SHORTCUT = "Mod-Alt-b";

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
