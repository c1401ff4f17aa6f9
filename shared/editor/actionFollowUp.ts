import { Node, mergeAttributes } from "@tiptap/core";

/**
 * A placeholder for the forum's open action items from earlier meetings
 * (carry-over). It holds no content: the list is read live from the server
 * wherever the document is shown, so it is never stale or typed over.
 */
export const ActionFollowUp = Node.create({
  name: "actionFollowUp",
  group: "block",
  atom: true,
  selectable: true,

  parseHTML() {
    return [{ tag: "div[data-type='action-follow-up']" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "action-follow-up", class: "action-follow-up" }), "Åbne aktionspunkter fra tidligere møder"];
  },
});
