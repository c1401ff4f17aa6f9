import { Node, mergeAttributes } from "@tiptap/core";
import { STANDING_ITEM_TEMPLATES } from "../rules/standingItems.js";
import { dataAttribute } from "./textBlock.js";
import { AGENDA_ITEM_KINDS, oneOf } from "./vocabulary.js";

/**
 * One numbered agenda item ("Punkt N"): a title, then its sections and free
 * content. Numbering is not stored; the editor shows it with a CSS counter and
 * the server derives it from document order, so reordering renumbers for free.
 */
export const AgendaItem = Node.create({
  name: "agendaItem",
  // Items are not in the "block" group so they cannot be nested inside each other.
  group: "agenda",
  content: "agendaTitle (itemSection | block)*",
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      kind: {
        default: null,
        parseHTML: (el) => oneOf(AGENDA_ITEM_KINDS, el.getAttribute("data-kind"), null),
        renderHTML: (attrs) => (attrs.kind ? { "data-kind": attrs.kind } : {}),
      },
      // The standing-item template a new agenda made it from, so "Eventuelt" is found however the forum titles it.
      template: dataAttribute("template", (value) => oneOf(STANDING_ITEM_TEMPLATES, value, null)),
      // Set when the item came from another forum's escalation: the escalation block it answers.
      originDocumentId: dataAttribute("origin-document-id"),
      originBlockId: dataAttribute("origin-block-id"),
    };
  },

  parseHTML() {
    return [{ tag: "section[data-type='agenda-item']" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes(HTMLAttributes, { "data-type": "agenda-item", class: "agenda-item" }), 0];
  },
});
