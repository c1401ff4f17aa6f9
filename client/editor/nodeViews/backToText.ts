import type { Editor } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import type { KeyboardEvent } from "react";

/**
 * Puts focus back in the document from a node view's controls: at the end of
 * the node's first line of text (an item's title, a block's text), or on the
 * node itself when it has no text (the participants list).
 */
export function backToText(editor: Editor, pos: number | undefined): void {
  if (typeof pos !== "number") return;
  const node = editor.state.doc.nodeAt(pos);
  if (!node) return;
  const textblock = node.isTextblock ? node : node.firstChild?.isTextblock ? node.firstChild : null;
  const selection = textblock
    ? TextSelection.create(editor.state.doc, pos + (node.isTextblock ? 1 : 2) + textblock.content.size)
    : NodeSelection.create(editor.state.doc, pos);
  editor.view.dispatch(editor.state.tr.setSelection(selection));
  editor.view.focus();
}

/** A keydown handler for a controls container: Escape returns to the text. */
export function escapeToText(editor: Editor, getPos: () => number | undefined) {
  return (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    backToText(editor, getPos());
  };
}
