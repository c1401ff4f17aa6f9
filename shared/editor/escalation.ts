import { ESCALATION_DIRECTIONS, oneOf } from "./vocabulary.js";
import { SHORTCUTS } from "./shortcuts.js";
import { createTextBlock, dataAttribute } from "./textBlock.js";

/** Shortcut that inserts an escalation. */
export const ESCALATION_SHORTCUT = SHORTCUTS.insertEscalation.keys;

/**
 * An item sent up, down or sideways on the forum ladder
 * (eskalationsprincippet): the text is the case, the attributes the target:
 * a forum of the ladder (its id; name and direction are what the picker
 * showed, the server decides them anew), or a recipient outside Mødebord in
 * words (`targetExternal`; an empty string while it is being written).
 */
export const Escalation = createTextBlock({
  name: "escalation",
  htmlType: "escalation",
  command: "insertEscalation",
  shortcut: ESCALATION_SHORTCUT,
  attributes: {
    targetForumId: dataAttribute("target-forum-id"),
    targetForumName: dataAttribute("target-forum-name"),
    direction: dataAttribute("direction", (v) => oneOf(ESCALATION_DIRECTIONS, v, null)),
    targetExternal: dataAttribute("target-external"),
  },
});
