import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { errorMessage } from "../i18n/errorMessage.js";
import { cancelMeeting, deleteMeeting, type LifecycleMeeting } from "./lifecycleApi.js";
import "./panels.css";

type Removal = "cancel" | "delete";

interface MeetingRemovalProps {
  meeting: LifecycleMeeting;
  /** Receives the cancelled meeting as the server returns it. */
  onChange(meeting: LifecycleMeeting): void;
  /** Where keyboard focus goes once the meeting is cancelled and the button that opened the dialog is gone. */
  refocus(): void;
}

/**
 * "Aflys mødet" and "Slet mødet" for a meeting not yet held, each behind a
 * modal dialog: cancelling asks for the reason the members are mailed;
 * deleting (agenda not sent) says it cannot be undone. The dialog keeps
 * keyboard focus inside, Escape closes it, and focus returns to the button
 * that opened it.
 */
export function MeetingRemoval({ meeting, onChange, refocus }: MeetingRemovalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  // Set once the meeting is cancelled: the button that opened the dialog is about to go.
  const cancelled = useRef(false);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!removal || dialog.current?.open) return;
    dialog.current?.showModal();
    // A destructive dialog starts on the harmless choice; the cancel dialog on its one field.
    (removal === "cancel" ? reasonField.current : backButton.current)?.focus();
  }, [removal]);

  if (!meeting.canCancel && !meeting.canDelete) return null;

  const open = (kind: Removal, button: HTMLButtonElement) => {
    opener.current = button;
    setError(null);
    setReason("");
    setRemoval(kind);
  };
  const onClose = () => {
    setRemoval(null);
    if (!cancelled.current) opener.current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (removal === "delete") {
        await deleteMeeting(meeting.id);
        navigate("/");
        return;
      }
      const after = await cancelMeeting(meeting.id, reason);
      cancelled.current = true;
      dialog.current?.close();
      onChange(after);
      // This component goes with the buttons it holds; the meeting's status takes the focus.
      refocus();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const titleId = `${id}-title`;
  return (
    <div className="lifecycle__removal">
      {meeting.canCancel && (
        <button type="button" className="button" onClick={(e) => open("cancel", e.currentTarget)}>
          {t("panels.removal.cancel")}
        </button>
      )}
      {meeting.canDelete && (
        <button type="button" className="button button--danger" onClick={(e) => open("delete", e.currentTarget)}>
          {t("panels.removal.delete")}
        </button>
      )}
      <dialog ref={dialog} className="removal-dialog" aria-labelledby={titleId} aria-describedby={`${id}-intro`} onClose={onClose} data-testid="removal-dialog">
        {removal && (
          <form onSubmit={onSubmit}>
            <h2 id={titleId}>{t(removal === "cancel" ? "panels.removal.cancelTitle" : "panels.removal.deleteTitle")}</h2>
            <p id={`${id}-intro`}>{t(removal === "cancel" ? "panels.removal.cancelIntro" : "panels.removal.deleteIntro")}</p>
            {removal === "cancel" && (
              <label className="field">
                <span>{t("panels.removal.reason")}</span>
                <textarea ref={reasonField} name="reason" required maxLength={2000} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
            )}
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" className="button button--danger" disabled={busy}>
                {removal === "cancel" ? t(busy ? "panels.removal.cancelling" : "panels.removal.confirmCancel") : t(busy ? "panels.removal.deleting" : "panels.removal.confirmDelete")}
              </button>
              <button ref={backButton} type="button" className="button button--quiet" disabled={busy} onClick={() => dialog.current?.close()}>
                {t("panels.removal.back")}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </div>
  );
}
