import type { Editor } from "@tiptap/core";
import { useMemo, useRef, useState, type MouseEvent } from "react";
import { flushSync } from "react-dom";
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
import { viewElementId, WorkspaceViews, type WorkspaceView } from "./WorkspaceViews.js";

interface LiveWorkspaceProps {
  meeting: Meeting;
  collaboration: Collaboration;
  connection: ConnectionState;
  /** An edit made here is not yet stored by the server. */
  unstored: boolean;
  loaded: boolean;
  user: CaretUser;
}

/** The editor of an open meeting document and the meeting around it, shared with the node views. */
export function LiveWorkspace({ meeting, collaboration, connection, unstored, loaded, user }: LiveWorkspaceProps) {
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
      <Workspace editor={editor} meeting={meeting} collaboration={collaboration} connection={connection} unstored={unstored} loaded={loaded} currentItemId={currentItemId} />
    </MeetingEditorProvider>
  );
}

type WorkspaceProps = Omit<LiveWorkspaceProps, "user"> & { editor: Editor; currentItemId: string | null };

/** Marks what the chosen view shows; only narrow screens hide the rest (workspace.css). */
const shownIf = (view: WorkspaceView, shown: WorkspaceView) => ({ id: viewElementId(view), "data-view-item": "", "data-shown": view === shown || undefined });

/**
 * The document beside its side panels: status and approval, contents, who
 * is here, decisions and escalations. A wide screen shows them side by side,
 * the panels in a sticky column; a narrow one shows one at a time, switched
 * from a bar above the document, which keeps its place when it is left.
 */
function Workspace({ editor, meeting, collaboration, connection, unstored, loaded, currentItemId }: WorkspaceProps) {
  const { t } = useTranslation();
  const outline = useOutline(editor);
  useLocationAwareness(editor, collaboration.provider);
  // Shared with the status panel, so starting the meeting here turns the proposals into decisions at once.
  const lifecycle = useLifecycleMeeting(meeting.id);
  const status = lifecycle.state.status === "done" ? lifecycle.state.data.status : meeting.status;
  const [view, setView] = useState<WorkspaceView>("document");
  const documentScroll = useRef(0);

  const showView = (next: WorkspaceView) => {
    if (next === view) return;
    if (view === "document") documentScroll.current = window.scrollY;
    // Rendered at once, so the page can scroll to what is now shown.
    flushSync(() => setView(next));
    window.scrollTo({ top: next === "document" ? documentScroll.current : 0 });
  };
  // Choosing an item in the contents goes to it in the document, which must be shown first.
  const onContentsClick = (event: MouseEvent) => {
    if ((event.target as Element).closest("button") && view === "toc") flushSync(() => setView("document"));
  };

  return (
    <>
      <WorkspaceViews view={view} onView={showView} />
      <div className="workspace__document" {...shownIf("document", view)}>
        <DocumentEditor editor={editor} connection={connection} unstored={unstored} loaded={loaded} canEdit={meeting.canEdit} forumName={meeting.forumName} outline={outline} currentItemId={currentItemId} proposals={!isHeld(status)} />
      </div>
      <aside className="side-panel" aria-label={t("workspace.panels")}>
        <div {...shownIf("status", view)}>
          <MeetingStatus meetingId={meeting.id} lifecycle={lifecycle} />
        </div>
        <div {...shownIf("toc", view)} onClickCapture={onContentsClick}>
          <TableOfContents editor={editor} outline={outline} currentItemId={currentItemId} />
        </div>
        <div {...shownIf("presence", view)}>
          <Presence provider={collaboration.provider} outline={outline} />
        </div>
        <div {...shownIf("decisions", view)}>
          <DecisionsPanel meetingId={meeting.id} />
        </div>
        <div {...shownIf("escalations", view)}>
          <MeetingEscalations meetingId={meeting.id} />
        </div>
      </aside>
    </>
  );
}
