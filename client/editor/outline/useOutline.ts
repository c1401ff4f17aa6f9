import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { outlineOf, sameOutline, type OutlineItem } from "./agendaItems.js";

/** The document's agenda items, re-rendering only when their order or titles change. */
export function useOutline(editor: Editor): OutlineItem[] {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => outlineOf(current.state.doc),
    equalityFn: sameOutline,
  });
}
