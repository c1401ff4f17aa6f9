import type { Node as PMNode, ResolvedPos } from "@tiptap/pm/model";
import type { EditorState } from "@tiptap/pm/state";

/** Blocks no key may delete or merge into: the participants list and the carried-over action items. */
export const PROTECTED_BLOCKS = new Set(["attendance", "actionFollowUp"]);

/** True for an agenda item's title line. */
export const isTitle = (node: PMNode | null | undefined) => node?.type.name === "agendaTitle";

/** True for a block that must survive ordinary keys. */
export const isProtected = (node: PMNode | null | undefined) => !!node && PROTECTED_BLOCKS.has(node.type.name);

/** The cursor when the selection is empty and at the start of its textblock. */
export function cursorAtStart(state: EditorState): ResolvedPos | null {
  const { empty, $from } = state.selection;
  return empty && $from.parent.isTextblock && $from.parentOffset === 0 ? $from : null;
}

/** The cursor when the selection is empty and at the end of its textblock. */
export function cursorAtEnd(state: EditorState): ResolvedPos | null {
  const { empty, $from } = state.selection;
  return empty && $from.parent.isTextblock && $from.parentOffset === $from.parent.content.size ? $from : null;
}

// As ProseMirror's joinBackward and joinForward find the boundary they would
// join across: the nearest ancestor with a sibling on that side, never past an
// isolating node (an agenda item).

/** Where Backspace at the start of `$pos`'s textblock would join, or null. */
export function cutBefore($pos: ResolvedPos): ResolvedPos | null {
  for (let depth = $pos.depth - 1; depth >= 0; depth -= 1) {
    if ($pos.index(depth) > 0) return $pos.doc.resolve($pos.before(depth + 1));
    if ($pos.node(depth).type.spec.isolating) break;
  }
  return null;
}

/** Where Delete at the end of `$pos`'s textblock would join, or null. */
export function cutAfter($pos: ResolvedPos): ResolvedPos | null {
  for (let depth = $pos.depth - 1; depth >= 0; depth -= 1) {
    const parent = $pos.node(depth);
    if ($pos.index(depth) + 1 < parent.childCount) return $pos.doc.resolve($pos.after(depth + 1));
    if (parent.type.spec.isolating) break;
  }
  return null;
}

/** The depth of the item section holding `$pos`, or null outside sections. */
export function sectionDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type.name === "itemSection") return depth;
  return null;
}

// The innermost piece of structure a position belongs to: a title, a
// section, an item's body outside sections, or the document itself.
function cellStart($pos: ResolvedPos): number {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if (["agendaTitle", "itemSection", "agendaItem"].includes($pos.node(depth).type.name)) return $pos.before(depth);
  }
  return -1;
}

/**
 * True when deleting the selected range would cut into the structure: its
 * ends lie in different titles, sections or items (so deleting would split
 * one and merge the rest into another), or it holds the participants list
 * without holding its whole agenda item. A title, section or item selected
 * whole may go whole.
 */
export function rangeCrossesStructure(state: EditorState): boolean {
  const { from, to, $from, $to, empty } = state.selection;
  if (empty) return false;
  if (cellStart($from) !== cellStart($to)) return true;
  const wholeItems = $from.depth === 0 && $to.depth === 0;
  let crosses = false;
  state.doc.nodesBetween(from, to, (node) => {
    if (!crosses && isProtected(node) && !wholeItems) crosses = true;
    return !crosses;
  });
  return crosses;
}
