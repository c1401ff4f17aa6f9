import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormSubmit } from "../components/useFormSubmit.js";
import { reopenMinutes } from "./approvalsApi.js";
import type { LifecycleMeeting } from "./lifecycleApi.js";

interface ReopenFormProps {
  meeting: LifecycleMeeting;
  onChange(meeting: LifecycleMeeting): void;
}

/** "Genåbn referatet": the secretariat takes approved minutes back for a correction, saying why. */
export function ReopenForm({ meeting, onChange }: ReopenFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    onChange(await reopenMinutes(meeting.id, reason));
    setOpen(false);
    setReason("");
  });
  if (meeting.role !== "secretariat" || (meeting.status !== "godkendt" && meeting.status !== "offentliggjort")) return null;

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t("panels.reopen.open")}
      </button>
    );
  }
  return (
    <form className="confirm" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>{t("panels.reopen.explain")}</p>
      <label className="field">
        <span>{t("panels.reopen.reason")}</span>
        <textarea required rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      </label>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("panels.reopen.submit")}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => setOpen(false)}>
          {t("panels.confirm.no")}
        </button>
      </div>
    </form>
  );
}
