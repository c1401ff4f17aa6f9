import { Extension } from "@tiptap/core";
import type * as Y from "yjs";
import { SHORTCUTS } from "../../../shared/editor/shortcuts.js";
import { agendaItemAround } from "../outline/agendaItems.js";
import { MeetingKeys, setMeetingValue } from "./meetingMap.js";

/** Shortcut that marks the agenda item under the cursor as the one being discussed. */
export const MARK_CURRENT_SHORTCUT = SHORTCUTS.markCurrentItem.keys;

/** Options of {@link MarkCurrentItem}. */
export interface MarkCurrentItemOptions {
  /** The meeting's Yjs doc, whose meeting map holds the current item. */
  ydoc: Y.Doc | null;
}

/** Marks an agenda item as the current one, or clears the mark with null. */
export function setCurrentItem(ydoc: Y.Doc, itemId: string | null): void {
  setMeetingValue(ydoc, MeetingKeys.currentItemId, itemId);
}

/**
 * Live meeting mode from the keyboard: the shortcut marks the item under the
 * cursor as current for everyone. Only where the user may edit; a reader's
 * write would be dropped by the server anyway.
 */
export const MarkCurrentItem = Extension.create<MarkCurrentItemOptions>({
  name: "markCurrentItem",

  addOptions() {
    return { ydoc: null };
  },

  addKeyboardShortcuts() {
    return {
      [MARK_CURRENT_SHORTCUT]: ({ editor }) => {
        const item = agendaItemAround(editor.state.selection.$from);
        const id = item?.node.attrs.id;
        if (!editor.isEditable || !this.options.ydoc || typeof id !== "string") return false;
        setCurrentItem(this.options.ydoc, id);
        return true;
      },
    };
  },
});
