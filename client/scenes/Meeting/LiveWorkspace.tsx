import type { Editor } from "@tiptap/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../http/types.js";
import { useAttachments } from "../../editor/attachments/useAttachments.js";
import { DocumentEditor } from "../../editor/DocumentEditor.js";
import { MeetingKeys, useMeetingValue } from "../../editor/live/meetingMap.js";
import { useLocationAwareness } from "../../editor/live/useLocationAwareness.js";
import { MeetingEditorProvider, type MeetingEditorValue } from "../../editor/MeetingEditorContext.js";
import { TableOfContents } from "../../editor/outline/TableOfContents.js";
import { useOutline } from "../../editor/outline/useOutline.js";
import { Presence } from "../../editor/Presence.js";
import type { Collaboration, ConnectionState } from "../../editor/useCollaboration.js";
import { useMeetingEditor, type CaretUser } from "../../editor/useMeetingEditor.js";
import { MeetingEscalations, useLifecycleMeeting } from "../../meetingPanels/index.js";
import { isHeld } from "../../../shared/rules/heldMeeting.js";
import { DecisionsPanel } from "./DecisionsPanel.js";
import { MeetingStatus } from "./MeetingStatus.js";
import { useMeetingContext } from "./useMeetingContext.js";

interface LiveWorkspaceProps {
  meeting: Meeting;
  collaboration: Collaboration;
  connection: ConnectionState;
  loaded: boolean;
  user: CaretUser;
}

/** The editor of an open meeting document and the meeting around it, shared with the node views. */
export function LiveWorkspace({ meeting, collaboration, connection, loaded, user }: LiveWorkspaceProps) {
  const { t } = useTranslation();
  const editable = meeting.canEdit && loaded;
  const editor = useMeetingEditor(collaboration, user, meeting.forumName, editable, t("editor.label"));
  const context = useMeetingContext(meeting.id);
  const attachments = useAttachments(meeting.id, collaboration.ydoc);
  const currentItemId = useMeetingValue<string>(collaboration.ydoc, MeetingKeys.currentItemId);
  const value = useMemo<MeetingEditorValue>(
    () => ({ meetingId: meeting.id, ydoc: collaboration.ydoc, editable, canLead: meeting.canEdit, context, currentItemId, attachments }),
    [meeting.id, collaboration.ydoc, editable, meeting.canEdit, context, currentItemId, attachments],
  );
  if (!editor) return null;
  return (
    <MeetingEditorProvider value={value}>
      <Workspace editor={editor} meeting={meeting} collaboration={collaboration} connection={connection} loaded={loaded} currentItemId={currentItemId} />
    </MeetingEditorProvider>
  );
}

type WorkspaceProps = Omit<LiveWorkspaceProps, "user"> & { editor: Editor; currentItemId: string | null };

function Workspace({ editor, meeting, collaboration, connection, loaded, currentItemId }: WorkspaceProps) {
  const outline = useOutline(editor);
  useLocationAwareness(editor, collaboration.provider);
  // Shared with the status panel, so starting the meeting here turns the proposals into decisions at once.
  const lifecycle = useLifecycleMeeting(meeting.id);
  const status = lifecycle.state.status === "done" ? lifecycle.state.data.status : meeting.status;
  return (
    <>
      <DocumentEditor editor={editor} connection={connection} loaded={loaded} canEdit={meeting.canEdit} forumName={meeting.forumName} outline={outline} currentItemId={currentItemId} proposals={!isHeld(status)} />
      <aside className="side-panel">
        <MeetingStatus meetingId={meeting.id} lifecycle={lifecycle} />
        <TableOfContents editor={editor} outline={outline} currentItemId={currentItemId} />
        <Presence provider={collaboration.provider} outline={outline} />
        <DecisionsPanel meetingId={meeting.id} />
        <MeetingEscalations meetingId={meeting.id} />
      </aside>
    </>
  );
}
