import type { ResolvedPos } from "@tiptap/pm/model";
import { NodeSelection, Selection, TextSelection, type Command } from "@tiptap/pm/state";
import { cursorAtEnd, cursorAtStart, cutAfter, cutBefore, isProtected, isTitle, rangeCrossesStructure, sectionDepth } from "./structureRules.js";

const isEmptyParagraph = ($pos: ResolvedPos) => $pos.parent.type.name === "paragraph" && $pos.parent.content.size === 0;
const protectedSelected = (selection: Selection) => selection instanceof NodeSelection && isProtected(selection.node);

/**
 * Backspace that never merges into a title, lifts a paragraph out of a
 * section or deletes the participants list. At such an edge the caret steps
 * back over it instead (an empty line there goes first); a protected block is
 * selected, never removed.
 */
export const structuralBackspace: Command = (state, dispatch) => {
  if (protectedSelected(state.selection) || rangeCrossesStructure(state)) return true;
  const $cursor = cursorAtStart(state);
  if (!$cursor) return false;
  if (isTitle($cursor.parent)) return true;
  // A list item's own Backspace lifts it within its container, which breaks nothing.
  if ($cursor.node(-1).type.name === "listItem") return false;
  const $cut = cutBefore($cursor);
  const before = $cut?.nodeBefore;
  if (!$cut || !before) return false;
  const section = sectionDepth($cursor);
  const leavesSection = section !== null && $cut.depth < section;
  if (!isTitle(before) && !isProtected(before) && !leavesSection) return false;
  if (dispatch) {
    const tr = state.tr;
    if (isEmptyParagraph($cursor) && $cursor.node(-1).childCount > 1) tr.delete($cursor.before(), $cursor.after());
    const cut = tr.mapping.map($cut.pos, -1);
    tr.setSelection(isProtected(before) ? NodeSelection.create(tr.doc, cut - before.nodeSize) : Selection.near(tr.doc.resolve(cut), -1));
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/**
 * Delete that never pulls the next line into a title, the next section into
 * this one, or removes the participants list: at a title's end only an empty
 * line after it goes; before a protected block that block is selected.
 */
export const structuralDelete: Command = (state, dispatch) => {
  if (protectedSelected(state.selection) || rangeCrossesStructure(state)) return true;
  const $cursor = cursorAtEnd(state);
  if (!$cursor) return false;
  const $cut = cutAfter($cursor);
  const after = $cut?.nodeAfter;
  if (!$cut || !after) return false;
  if (!isTitle($cursor.parent) && !isProtected(after) && after.type.name !== "itemSection") return false;
  if (dispatch) {
    if (isProtected(after)) dispatch(state.tr.setSelection(NodeSelection.create(state.doc, $cut.pos)).scrollIntoView());
    else if (isTitle($cursor.parent) && after.type.name === "paragraph" && after.content.size === 0) dispatch(state.tr.delete($cut.pos, $cut.pos + after.nodeSize));
  }
  return true;
};

/**
 * Enter that never splits a title or a section. In a title it goes to the
 * item's body (opening an empty line right under the title unless one is
 * there). On an empty line in a section it adds a line, where ProseMirror
 * would split the section in two or lift its only line out of it; only the
 * last of several empty lines leaves the section, as it always has.
 */
export const structuralEnter: Command = (state, dispatch) => {
  const { selection } = state;
  const { $from, $to } = selection;
  if (selection instanceof NodeSelection) return false;
  if (isTitle($from.parent)) {
    if (dispatch) {
      const bodyStart = $from.after();
      const tr = state.tr;
      const next = state.doc.nodeAt(bodyStart);
      if (!(next?.type.name === "paragraph" && next.content.size === 0)) tr.insert(bodyStart, state.schema.nodes.paragraph.create());
      dispatch(tr.setSelection(TextSelection.create(tr.doc, bodyStart + 1)).scrollIntoView());
    }
    return true;
  }
  if (isTitle($to.parent) || rangeCrossesStructure(state)) return true;
  const section = $from.node(-1);
  if (!selection.empty || !isEmptyParagraph($from) || section.type.name !== "itemSection") return false;
  const lastOfSeveral = section.childCount > 1 && $from.index(-1) === section.childCount - 1;
  if (lastOfSeveral) return false;
  if (dispatch) {
    const tr = state.tr.insert($from.after(), state.schema.nodes.paragraph.create());
    dispatch(tr.setSelection(TextSelection.create(tr.doc, $from.after() + 1)).scrollIntoView());
  }
  return true;
};
