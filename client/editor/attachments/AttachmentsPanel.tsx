import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_ACCEPT } from "../../../shared/protocol/attachments.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";
import { AttachmentRow } from "./AttachmentRow.js";

/**
 * The attachments of one agenda item inside its Bilag section: download
 * links for everyone, "Vedhæft bilag" and removal for editors. The server's
 * Danish refusal (wrong type, too large) is shown as an alert.
 */
export function AttachmentsPanel({ agendaItemId }: { agendaItemId: string }) {
  const { t } = useTranslation();
  const { attachments, editable } = useMeetingEditorContext();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = attachments.list?.filter((a) => a.agendaItemId === agendaItemId) ?? [];

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again after a refusal still fires.
    event.target.value = "";
    if (file) void run(() => attachments.upload(file, agendaItemId));
  };

  return (
    <div className="attachments" contentEditable={false} data-testid="attachments">
      {attachments.list === null && !attachments.failing && <p className="muted attachments__note">{t("attachments.loading")}</p>}
      {attachments.failing && <p className="attachments__note">{t("attachments.stale")}</p>}
      {attachments.list !== null && mine.length === 0 && <p className="muted attachments__note">{t("attachments.empty")}</p>}
      {mine.length > 0 && (
        <ul className="attachments__list" aria-label={t("attachments.listLabel")}>
          {mine.map((attachment) => (
            <AttachmentRow key={attachment.id} attachment={attachment} onRemove={editable ? () => run(() => attachments.remove(attachment.id)) : undefined} />
          ))}
        </ul>
      )}
      {editable && (
        <>
          <input ref={input} type="file" accept={ATTACHMENT_ACCEPT} hidden onChange={onFile} data-testid="attachment-input" />
          <button type="button" className="button button--small" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? t("attachments.uploading") : t("attachments.attach")}
          </button>
        </>
      )}
      {error && (
        <p className="attachments__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
