import { Node, mergeAttributes } from "@tiptap/core";

/** The title line of an agenda item; the "Punkt N:" prefix is drawn by CSS. */
export const AgendaTitle = Node.create({
  name: "agendaTitle",
  content: "inline*",
  defining: true,
  marks: "",

  parseHTML() {
    return [{ tag: "h2[data-type='agenda-title']" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["h2", mergeAttributes(HTMLAttributes, { "data-type": "agenda-title", class: "agenda-title" }), 0];
  },
});
