import { Extension } from "@tiptap/core";
import { NodeSelection, Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

// The top-level agenda item under the pointer, and whether the pointer is in its upper half.
function itemUnderPointer(view: EditorView, event: DragEvent): { pos: number; before: boolean } | null {
  const found = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!found) return null;
  const $pos = view.state.doc.resolve(found.pos);
  if ($pos.depth === 0) return null;
  const pos = $pos.before(1);
  const dom = view.nodeDOM(pos);
  if ($pos.node(1).type.name !== "agendaItem" || !(dom instanceof HTMLElement)) return null;
  const box = dom.getBoundingClientRect();
  return { pos, before: event.clientY < box.top + box.height / 2 };
}

/**
 * Dropping an agenda item dragged by its handle onto another item puts it
 * before or after that item (by which half it lands on), never inside it:
 * items cannot nest, and ProseMirror alone would find no place for it there.
 */
export const DropAgendaItem = Extension.create({
  name: "dropAgendaItem",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("dropAgendaItem"),
        props: {
          handleDrop(view, event, slice, moved) {
            const dragged = slice.content.firstChild;
            const { selection } = view.state;
            if (!moved || slice.content.childCount !== 1 || dragged?.type.name !== "agendaItem" || !(selection instanceof NodeSelection)) return false;
            const target = itemUnderPointer(view, event);
            if (!target) return false;
            const at = target.before ? target.pos : target.pos + view.state.doc.nodeAt(target.pos)!.nodeSize;
            // Dropped on itself or right beside itself: nothing moves.
            if (at >= selection.from && at <= selection.to) return true;
            const tr = view.state.tr.delete(selection.from, selection.to);
            const insertAt = tr.mapping.map(at);
            tr.insert(insertAt, selection.node).setSelection(NodeSelection.create(tr.doc, insertAt));
            view.dispatch(tr.scrollIntoView());
            view.focus();
            return true;
          },
        },
      }),
    ];
  },
});
