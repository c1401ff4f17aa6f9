import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionStatus } from "../../../shared/editor/vocabulary.js";
import { useFormSubmit } from "../../components/useFormSubmit.js";
import { changeStatus, type ActionItem } from "./followUpApi.js";

interface StatusFormProps {
  item: ActionItem;
  /** The newly chosen status, different from the item's. */
  status: ActionStatus;
  onCancel(): void;
  onSaved(): void;
}

/** Confirms a status change with an optional comment; the server's refusal is shown as it words it. */
export function StatusForm({ item, status, onCancel, onSaved }: StatusFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [comment, setComment] = useState("");
  // Stays disabled after saving: the row is replaced when the list has reloaded with the new status.
  const { busy, error, onSubmit } = useFormSubmit(
    async () => {
      await changeStatus(item, status, comment);
      onSaved();
    },
    { staysBusy: true },
  );

  const from = t(`followUp.statuses.${item.status}`);
  const to = t(`followUp.statuses.${status}`);
  return (
    <form className="status-form" onSubmit={onSubmit} aria-label={t("followUp.changeTo", { from, to })}>
      <p className="status-form__change">{t("followUp.changeTo", { from, to })}</p>
      <label className="field">
        <span>{t("followUp.comment")}</span>
        <input value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      </label>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t("followUp.saving") : t("followUp.save")}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t("followUp.cancel")}
        </button>
      </div>
    </form>
  );
}
