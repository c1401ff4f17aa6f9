import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../http/useResource.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { CommentForm } from "./CommentForm.js";
import { CommentItem } from "./CommentItem.js";
import { fetchComments, type AgendaItemRef } from "./commentsApi.js";
import type { LifecycleMeeting } from "./lifecycleApi.js";
import { VersionsPanel } from "./VersionsPanel.js";
import "./panels.css";

interface CommentsPanelProps {
  meeting: LifecycleMeeting;
  /** The agenda items a comment may be anchored to (see `useMinutesItems`). */
  items: AgendaItemRef[];
}

/**
 * Bemærkninger to the sent minutes: while the comment period runs every
 * member may write one, the secretariat resolves each with a note; below,
 * the frozen versions, a revised version, and their comparison.
 */
export function CommentsPanel({ meeting, items }: CommentsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const comments = useResource((signal) => fetchComments(meeting.id, signal), `${meeting.id}/${meeting.status}`);
  const open = meeting.status === "referat_udsendt";

  return (
    <section className="panel comments" aria-labelledby={`${id}-title`} data-testid="comments-panel">
      <h2 id={`${id}-title`} className="panel__title">
        {t("panels.comments.title")}
      </h2>
      {!open && <p className="muted">{t("panels.comments.closed")}</p>}
      {comments.state.status === "loading" && <p role="status">{t("panels.comments.loading")}</p>}
      {comments.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(comments.state.error, t)}
        </p>
      )}
      {comments.state.status === "done" &&
        (comments.state.data.length === 0 ? (
          open && <p className="empty-state">{t("panels.comments.empty")}</p>
        ) : (
          <ol className="comment-list">
            {comments.state.data.map((comment) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                item={items.find((item) => item.id === comment.agendaItemId)}
                canResolve={meeting.role === "secretariat"}
                onResolved={comments.reload}
              />
            ))}
          </ol>
        ))}
      {open && <CommentForm meetingId={meeting.id} items={items} onPosted={comments.reload} />}
      <VersionsPanel meeting={meeting} />
    </section>
  );
}
