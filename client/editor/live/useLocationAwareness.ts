import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import type { WebsocketProvider } from "y-websocket";
import { agendaItemAround } from "../outline/agendaItems.js";

/** The awareness field in which each client publishes the agenda item its cursor is in. */
export const LOCATION_FIELD = "location";

/** What a client publishes under {@link LOCATION_FIELD}. */
export interface Location {
  itemId: string | null;
}

/**
 * Publishes, in awareness, which agenda item the local cursor is in, so the
 * presence list can say where each person is, from the moment they first
 * enter the document. Only changes are sent.
 */
export function useLocationAwareness(editor: Editor, provider: WebsocketProvider): void {
  useEffect(() => {
    let published: string | null | undefined;
    // Until the person has been in the document, their selection is just the
    // document's start: that is not a place they are.
    let arrived = editor.isFocused;
    const publish = () => {
      arrived ||= editor.isFocused;
      const id = arrived ? agendaItemAround(editor.state.selection.$from)?.node.attrs.id : null;
      const itemId = typeof id === "string" ? id : null;
      if (itemId === published) return;
      published = itemId;
      provider.awareness.setLocalStateField(LOCATION_FIELD, { itemId } satisfies Location);
    };
    publish();
    editor.on("selectionUpdate", publish);
    editor.on("update", publish);
    editor.on("focus", publish);
    return () => {
      editor.off("selectionUpdate", publish);
      editor.off("update", publish);
      editor.off("focus", publish);
    };
  }, [editor, provider]);
}
