import { createContext, useContext } from "react";
import type * as Y from "yjs";
import type { Attachments } from "./attachments/useAttachments.js";
import type { MeetingContext } from "./meetingData.js";

/** What the node views need from the meeting around the document. */
export interface MeetingEditorValue {
  meetingId: string;
  /** The meeting's Yjs doc; its meeting map holds the current item. */
  ydoc: Y.Doc;
  /** The user may edit and the document has loaded: controls are shown. */
  editable: boolean;
  /** Chairs and secretariat lead the meeting: they mark the current item. */
  canLead: boolean;
  /** Forum ladder, members and organisations; null while loading or when it failed. */
  context: MeetingContext | null;
  /** The agenda item being discussed now, from the shared meeting map. */
  currentItemId: string | null;
  attachments: Attachments;
}

const MeetingEditorContext = createContext<MeetingEditorValue | null>(null);

/** Provides the meeting to the editor's node views (they render inside EditorContent's React tree). */
export const MeetingEditorProvider = MeetingEditorContext.Provider;

/** The meeting around the document; only inside {@link MeetingEditorProvider}. */
export function useMeetingEditorContext(): MeetingEditorValue {
  const value = useContext(MeetingEditorContext);
  if (!value) throw new Error("useMeetingEditorContext must be used inside MeetingEditorProvider");
  return value;
}
