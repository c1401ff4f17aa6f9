import { EditorContent } from "@tiptap/react";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { ConnectionStatus } from "./ConnectionStatus.js";
import { Toolbar } from "./Toolbar.js";
import type { Collaboration, ConnectionState } from "./useCollaboration.js";
import { useMeetingEditor, type CaretUser } from "./useMeetingEditor.js";

interface DocumentEditorProps {
  collaboration: Collaboration;
  connection: ConnectionState;
  /** False until the server's copy has arrived; editing waits for it so nothing lands in an empty shell. */
  loaded: boolean;
  user: CaretUser;
  canEdit: boolean;
}

/**
 * The live meeting document as a page: the toolbar and connection state above
 * it, and for readers a banner saying they cannot edit.
 */
export function DocumentEditor({ collaboration, connection, loaded, user, canEdit }: DocumentEditorProps) {
  const { t } = useTranslation();
  const editor = useMeetingEditor(collaboration, user, canEdit && loaded, t("editor.label"));
  // The "Punkt N:" prefix and the block labels are drawn by CSS; these carry their words.
  const labels = {
    "--agenda-prefix": JSON.stringify(`${t("editor.agendaPrefix")} `),
    "--decision-label": JSON.stringify(t("editor.decisionLabel")),
    "--action-item-label": JSON.stringify(t("editor.actionItemLabel")),
    "--escalation-label": JSON.stringify(t("editor.escalationLabel")),
  } as CSSProperties;

  return (
    <div className="document-column">
      <div className="editor-bar">
        {canEdit && editor ? <Toolbar editor={editor} disabled={!loaded} /> : <span />}
        <ConnectionStatus state={connection} />
      </div>
      {!canEdit && (
        <p className="read-only-banner" data-testid="read-only-banner">
          {t("meeting.readOnly")}
        </p>
      )}
      {!loaded && <p className="document-loading muted">{t("editor.loading")}</p>}
      <div className="document-page" style={labels} aria-busy={!loaded}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
