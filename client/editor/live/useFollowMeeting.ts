import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import { scrollToItem } from "../outline/goToItem.js";

/**
 * While following is on, scrolls to the current agenda item whenever it
 * changes (and when following is turned on). The reader's cursor and
 * selection are left alone.
 */
export function useFollowMeeting(editor: Editor, currentItemId: string | null, follow: boolean, loaded: boolean): void {
  useEffect(() => {
    if (follow && loaded && currentItemId) scrollToItem(editor, currentItemId);
  }, [editor, currentItemId, follow, loaded]);
}
