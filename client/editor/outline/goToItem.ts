import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { findAgendaItem } from "./agendaItems.js";

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/** Scrolls the agenda item with this id to the top of the page (below the sticky bars). */
export function scrollToItem(editor: Editor, id: string): boolean {
  const item = findAgendaItem(editor.state.doc, id);
  const dom = item ? editor.view.nodeDOM(item.pos) : null;
  if (!(dom instanceof HTMLElement)) return false;
  dom.scrollIntoView({ block: "start", behavior: scrollBehavior() });
  return true;
}

/**
 * Moves to an agenda item: scrolls to it and, where the user can edit, puts
 * the cursor at the end of its title so typing continues there.
 */
export function goToItem(editor: Editor, id: string): void {
  const item = findAgendaItem(editor.state.doc, id);
  if (!item) return;
  if (editor.isEditable) {
    // The title opens at pos + 1; its text ends before the title closes.
    const titleEnd = item.pos + 1 + (item.node.firstChild?.nodeSize ?? 2) - 1;
    const selection = TextSelection.near(editor.state.doc.resolve(titleEnd), -1);
    editor.view.dispatch(editor.state.tr.setSelection(selection));
    editor.view.focus();
  }
  scrollToItem(editor, id);
}
