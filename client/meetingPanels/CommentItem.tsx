import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMeetingTime } from "../format/date.js";
import { useFormSubmit } from "../components/useFormSubmit.js";
import { currentLanguage } from "../i18n/index.js";
import { resolveComment, type AgendaItemRef, type MinuteComment } from "./commentsApi.js";
import { itemLabel } from "./itemLabel.js";

interface CommentItemProps {
  comment: MinuteComment;
  item: AgendaItemRef | undefined;
  /** The secretariat may resolve open comments. */
  canResolve: boolean;
  onResolved(): void;
}

/** One comment: who wrote what on which item, and its resolution or, for the secretariat, the form to resolve it. */
export function CommentItem({ comment, item, canResolve, onResolved }: CommentItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const [resolution, setResolution] = useState("");
  const { busy, error, onSubmit } = useFormSubmit(
    async () => {
      await resolveComment(comment.id, resolution);
      onResolved();
    },
    { staysBusy: true },
  );

  return (
    <li className={comment.resolvedAt ? "comment comment--resolved" : "comment"} data-testid="comment">
      <p className="comment__meta">
        <strong>{comment.author ?? t("panels.comments.unknownAuthor")}</strong>
        <span className="muted"> · {formatMeetingTime(comment.createdAt, currentLanguage(), t)}</span>
        {item && <span className="muted"> · {itemLabel(item, t)}</span>}
      </p>
      <p className="comment__body">{comment.body}</p>
      {comment.resolvedAt ? (
        <p className="comment__resolution">
          <strong>{t("panels.comments.resolved")}</strong> {comment.resolution}
        </p>
      ) : (
        <p className="comment__open">{t("panels.comments.open")}</p>
      )}
      {!comment.resolvedAt && canResolve && (
        <form className="comment__resolve" onSubmit={onSubmit}>
          <label className="field">
            <span>{t("panels.comments.resolution")}</span>
            <textarea required rows={2} maxLength={5000} value={resolution} onChange={(e) => setResolution(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
          </label>
          {error && (
            <p id={`${id}-error`} className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button" disabled={busy}>
            {t("panels.comments.resolve")}
          </button>
        </form>
      )}
    </li>
  );
}
