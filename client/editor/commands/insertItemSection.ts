import { Extension } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { TextSelection, type Transaction } from "@tiptap/pm/state";
import type { ItemSectionKind } from "../../../shared/editor/vocabulary.js";
import { agendaItemAround } from "../outline/agendaItems.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    insertItemSection: {
      /**
       * Inserts a section (Sagsfremstilling, Indstilling, Bilag, Beslutning)
       * into the agenda item holding the cursor, after the block the cursor is
       * in, and puts the cursor in it. An Indstilling opens with the forums'
       * wording and a numbered list with one empty point.
       */
      insertItemSection: (section: ItemSectionKind, forumName: string) => ReturnType;
    };
  }
}

function sectionNode(schema: Schema, section: ItemSectionKind, forumName: string): PMNode {
  const { paragraph, orderedList, listItem, itemSection } = schema.nodes;
  const content =
    section === "indstilling"
      ? [paragraph.create(null, schema.text(`Det indstilles, at ${forumName}:`)), orderedList.create({ start: 1 }, listItem.create(null, paragraph.create()))]
      : [paragraph.create()];
  return itemSection.create({ section }, content);
}

const isEmptyParagraph = (node: PMNode) => node.type.name === "paragraph" && node.content.size === 0;

/** Adds the section to `tr`; false (and `tr` untouched) when the cursor is not in an agenda item. */
export function insertSection(tr: Transaction, section: ItemSectionKind, forumName: string): boolean {
  const { $from } = tr.selection;
  const item = agendaItemAround($from);
  if (!item || $from.depth <= item.depth) return false;
  const childDepth = item.depth + 1;
  const child = $from.node(childDepth);
  const node = sectionNode(tr.doc.type.schema, section, forumName);
  let at: number;
  if ($from.depth === childDepth && isEmptyParagraph(child)) {
    // An empty line directly in the item becomes the section.
    at = $from.before(childDepth);
    tr.replaceWith(at, $from.after(childDepth), node);
  } else {
    const childEnd = $from.after(childDepth);
    const container = $from.node($from.depth - 1);
    const index = $from.index($from.depth - 1);
    // The empty line the section was asked for from goes, unless its container needs it.
    if (isEmptyParagraph($from.parent) && container.canReplace(index, index + 1)) tr.delete($from.before(), $from.after());
    at = tr.mapping.map(childEnd);
    tr.insert(at, node);
  }
  // The section's last text position: its empty paragraph, or the empty first point of the Indstilling.
  tr.setSelection(TextSelection.near(tr.doc.resolve(at + node.nodeSize - 1), -1)).scrollIntoView();
  return true;
}

/** Editor-only command for item sections; adds no node or attribute. */
export const InsertItemSection = Extension.create({
  name: "insertItemSection",

  addCommands() {
    return {
      insertItemSection:
        (section: ItemSectionKind, forumName: string) =>
        ({ tr }) =>
          insertSection(tr, section, forumName),
    };
  },
});
