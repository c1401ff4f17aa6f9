import { Node, mergeAttributes } from "@tiptap/core";

/**
 * One numbered agenda item ("Punkt N"): a title followed by free content.
 * Numbering is not stored; the editor shows it with a CSS counter and the
 * server derives it from document order, so reordering renumbers for free.
 */
export const AgendaItem = Node.create({
  name: "agendaItem",
  // Items are not in the "block" group so they cannot be nested inside each other.
  group: "agenda",
  content: "agendaTitle block*",
  defining: true,
  isolating: true,

  parseHTML() {
    return [{ tag: "section[data-type='agenda-item']" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes(HTMLAttributes, { "data-type": "agenda-item", class: "agenda-item" }), 0];
  },
});
