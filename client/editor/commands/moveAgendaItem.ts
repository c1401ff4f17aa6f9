import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { NodeSelection, TextSelection, type Transaction } from "@tiptap/pm/state";
import { shortcutBinding } from "../../../shared/editor/shortcuts.js";
import { agendaItemAround } from "../outline/agendaItems.js";
import { isMac } from "../shortcutKeys.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    moveAgendaItem: {
      /** Moves the agenda item holding the cursor above the previous item; the cursor moves with it. */
      moveAgendaItemUp: () => ReturnType;
      /** Moves the agenda item holding the cursor below the next item; the cursor moves with it. */
      moveAgendaItemDown: () => ReturnType;
    };
  }
}

/** Keyboard shortcut that moves the current agenda item up (on this platform). */
export const MOVE_ITEM_UP_SHORTCUT = shortcutBinding("moveItemUp", isMac);
/** Keyboard shortcut that moves the current agenda item down (on this platform). */
export const MOVE_ITEM_DOWN_SHORTCUT = shortcutBinding("moveItemDown", isMac);

interface Sibling {
  node: PMNode;
  pos: number;
}

// The nearest agenda item before or after child `index` of the document;
// blocks between items are passed over, so every move changes the numbering.
function neighbourItem(doc: PMNode, index: number, step: -1 | 1): Sibling | null {
  for (let i = index + step; i >= 0 && i < doc.childCount; i += step) {
    if (doc.child(i).type.name !== "agendaItem") continue;
    let pos = 0;
    for (let j = 0; j < i; j += 1) pos += doc.child(j).nodeSize;
    return { node: doc.child(i), pos };
  }
  return null;
}

/** Moves the item around the selection one place up or down in `tr`; false (and `tr` untouched) at the edge. */
export function moveItem(tr: Transaction, step: -1 | 1): boolean {
  const { selection, doc } = tr;
  const item = agendaItemAround(selection.$from);
  if (!item || item.depth !== 1) return false;
  const start = item.pos;
  const end = start + item.node.nodeSize;
  // A selection reaching into another item has no one item to move.
  if (selection.to > end) return false;
  const neighbour = neighbourItem(doc, selection.$from.index(0), step);
  if (!neighbour) return false;
  let newStart: number;
  if (step < 0) {
    tr.delete(start, end).insert(neighbour.pos, item.node);
    newStart = neighbour.pos;
  } else {
    const after = neighbour.pos + neighbour.node.nodeSize;
    tr.insert(after, item.node).delete(start, end);
    newStart = after - item.node.nodeSize;
  }
  const shift = newStart - start;
  const { anchor, head } = selection;
  tr.setSelection(
    selection instanceof NodeSelection
      ? NodeSelection.create(tr.doc, anchor + shift)
      : TextSelection.between(tr.doc.resolve(anchor + shift), tr.doc.resolve(head + shift)),
  );
  tr.scrollIntoView();
  return true;
}

/**
 * Reorders agenda items from the keyboard. The item node is moved whole, so
 * its id and content survive; numbering and the table of contents follow
 * from document order.
 */
export const MoveAgendaItem = Extension.create({
  name: "moveAgendaItem",

  addCommands() {
    return {
      moveAgendaItemUp:
        () =>
        ({ tr }) =>
          moveItem(tr, -1),
      moveAgendaItemDown:
        () =>
        ({ tr }) =>
          moveItem(tr, 1),
    };
  },

  addKeyboardShortcuts() {
    return {
      [MOVE_ITEM_UP_SHORTCUT]: () => this.editor.commands.moveAgendaItemUp(),
      [MOVE_ITEM_DOWN_SHORTCUT]: () => this.editor.commands.moveAgendaItemDown(),
    };
  },
});
