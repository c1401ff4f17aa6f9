import { Node, mergeAttributes } from "@tiptap/core";
import { TABLE_GROUP } from "./tables.js";
import { ITEM_SECTIONS, SECTION_LABELS, oneOf, type ItemSectionKind } from "./vocabulary.js";

/**
 * A section of an agenda item: Sagsfremstilling, Indstilling, Bilag or
 * Beslutning. The label is drawn from the kind and cannot be edited away.
 * Sections are where tables stand; the schema cannot tell the kinds apart,
 * so the editor offers tables only in the kinds of TABLE_SECTIONS.
 */
export const ItemSection = Node.create({
  name: "itemSection",
  group: "section",
  content: `(block | ${TABLE_GROUP})+`,
  defining: true,

  addAttributes() {
    return {
      section: {
        default: "sagsfremstilling",
        parseHTML: (el) => oneOf(ITEM_SECTIONS, el.getAttribute("data-section"), "sagsfremstilling"),
        renderHTML: (attrs) => ({ "data-section": attrs.section }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "div[data-type='item-section']", contentElement: "div.item-section__body" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const label = SECTION_LABELS[node.attrs.section as ItemSectionKind] ?? "";
    return [
      "div",
      mergeAttributes(HTMLAttributes, { "data-type": "item-section", class: "item-section" }),
      ["h3", { class: "item-section__label", contenteditable: "false" }, label],
      ["div", { class: "item-section__body" }, 0],
    ];
  },
});
