import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormSubmit } from "../components/useFormSubmit.js";
import { postComment, type AgendaItemRef } from "./commentsApi.js";
import { itemLabel } from "./itemLabel.js";

interface CommentFormProps {
  meetingId: string;
  items: AgendaItemRef[];
  onPosted(): void;
}

/** Writes a bemærkning to the sent minutes, on the whole or on one agenda item. */
export function CommentForm({ meetingId, items, onPosted }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [itemId, setItemId] = useState("");
  const [body, setBody] = useState("");

  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await postComment(meetingId, itemId || null, body);
    setBody("");
    setItemId("");
    onPosted();
  });


  return (
    <form className="comment-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("panels.comments.write")}</h3>
      <label className="field">
        <span>{t("panels.comments.item")}</span>
        <select value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t("panels.comments.wholeMinutes")}</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {itemLabel(item, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("panels.comments.body")}</span>
        <textarea required rows={3} maxLength={5000} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      </label>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t("panels.comments.sending") : t("panels.comments.send")}
      </button>
    </form>
  );
}
