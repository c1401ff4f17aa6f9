import type { Editor } from "@tiptap/core";
import { useEditor } from "@tiptap/react";
import { useEffect } from "react";
import { meetingExtensions } from "./meetingExtensions.js";
import type { Collaboration as Connection } from "./useCollaboration.js";

/** How the local user appears to others: caret label and presence entry. */
export interface CaretUser {
  name: string;
  color: string;
}

// On the contenteditable element itself, so tests and screen readers find the document.
function contentAttributes(label: string, editable: boolean): Record<string, string> {
  return { class: "document", "data-testid": "editor", role: "textbox", "aria-multiline": "true", "aria-label": label, "aria-readonly": String(!editable) };
}

/**
 * The Tiptap editor of a meeting document, bound to its Yjs doc and built
 * from the shared extension list so client and server agree on the schema.
 * `label` names the document for assistive technology.
 */
export function useMeetingEditor({ ydoc, provider }: Connection, user: CaretUser, forumName: string, editable: boolean, label: string): Editor | null {
  const editor = useEditor(
    {
      editable,
      // The CSP refuses inline <style>: Tiptap's base style comes from client/styles/tiptapBase.css.
      injectCSS: false,
      editorProps: { attributes: contentAttributes(label, editable) },
      extensions: meetingExtensions({ ydoc, provider, user, forumName }),
    },
    [ydoc, provider],
  );

  useEffect(() => {
    if (!editor) return;
    editor.setOptions({ editorProps: { attributes: contentAttributes(label, editable) } });
    editor.setEditable(editable);
  }, [editor, editable, label]);

  return editor;
}
