import { EditorContent } from "@tiptap/react";
import type { Editor } from "@tiptap/core";
import { useRef, useState, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { ConnectionStatus } from "./ConnectionStatus.js";
import { CprWarning } from "./cpr/CprWarning.js";
import { LiveMeetingBar } from "./live/LiveMeetingBar.js";
import { useFollowMeeting } from "./live/useFollowMeeting.js";
import type { OutlineItem } from "./outline/agendaItems.js";
import { SlashMenu } from "./slash/SlashMenu.js";
import { TableTools } from "./table/TableTools.js";
import { Toolbar } from "./Toolbar.js";
import type { ConnectionState } from "./useCollaboration.js";

interface DocumentEditorProps {
  editor: Editor;
  connection: ConnectionState;
  /** An edit made here is not yet stored by the server. */
  unstored: boolean;
  /** False until the document may be shown; editing waits for it so nothing lands in an empty shell. */
  loaded: boolean;
  canEdit: boolean;
  forumName: string;
  outline: OutlineItem[];
  currentItemId: string | null;
  /** The meeting has not been held: decisions, action items and escalations are labelled as proposals. */
  proposals: boolean;
}

/**
 * The live meeting document as a page: the toolbar, connection state and
 * live meeting bar above it, the slash menu over it, and for readers a
 * banner saying they cannot edit. Readers follow the meeting by default.
 * Before the meeting is held, its tracked blocks say they are proposals.
 */
export function DocumentEditor({ editor, connection, unstored, loaded, canEdit, forumName, outline, currentItemId, proposals }: DocumentEditorProps) {
  const { t } = useTranslation();
  const page = useRef<HTMLDivElement>(null);
  const [follow, setFollow] = useState(!canEdit);
  useFollowMeeting(editor, currentItemId, follow, loaded);
  const current = outline.find((item) => item.id === currentItemId) ?? null;
  // The "Punkt N:" prefix and the block labels are drawn by CSS; these carry their words.
  const labels = {
    "--agenda-prefix": JSON.stringify(`${t("editor.agendaPrefix")} `),
    "--decision-label": JSON.stringify(t(proposals ? "editor.proposalDecisionLabel" : "editor.decisionLabel")),
    "--action-item-label": JSON.stringify(t(proposals ? "editor.proposalActionItemLabel" : "editor.actionItemLabel")),
    "--escalation-label": JSON.stringify(t(proposals ? "editor.proposalEscalationLabel" : "editor.escalationLabel")),
  } as CSSProperties;

  return (
    <div className="document-column">
      <div className="editor-bar">
        <div className="editor-bar__row">
          {canEdit ? (
            <div className="editor-bar__tools">
              <Toolbar editor={editor} disabled={!loaded} />
              <TableTools editor={editor} disabled={!loaded} />
            </div>
          ) : (
            <span />
          )}
          <ConnectionStatus state={connection} unstored={unstored} />
        </div>
        <LiveMeetingBar editor={editor} current={current} follow={follow} onFollowChange={setFollow} />
      </div>
      {!canEdit && (
        <p className="read-only-banner" data-testid="read-only-banner">
          {t("meeting.readOnly")}
        </p>
      )}
      {canEdit && <CprWarning editor={editor} />}
      {!loaded && <p className="document-loading muted">{t("editor.loading")}</p>}
      <div ref={page} className="document-page" style={labels} aria-busy={!loaded} data-proposals={proposals || undefined}>
        <EditorContent editor={editor} />
        {canEdit && <SlashMenu editor={editor} forumName={forumName} pageRef={page} />}
      </div>
    </div>
  );
}
