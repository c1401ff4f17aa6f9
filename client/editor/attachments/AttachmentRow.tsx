import { useTranslation } from "react-i18next";
import type { Attachment } from "../meetingData.js";
import { uiLocale } from "../uiLocale.js";

function fileSize(bytes: number): string {
  const locale = uiLocale();
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** One attachment: its download link and size, and "Fjern" when `onRemove` is given. */
export function AttachmentRow({ attachment, onRemove }: { attachment: Attachment; onRemove?: () => void }) {
  const { t } = useTranslation();
  const remove = () => {
    if (window.confirm(t("attachments.confirmRemove", { name: attachment.filename }))) onRemove?.();
  };
  return (
    <li className="attachments__item" data-testid="attachment">
      <a href={attachment.url} download={attachment.filename}>
        {attachment.filename}
      </a>
      <span className="muted"> · {fileSize(attachment.size)}</span>
      {onRemove && (
        <button type="button" className="link-button attachments__remove" aria-label={t("attachments.removeLabel", { name: attachment.filename })} onClick={remove}>
          {t("attachments.remove")}
        </button>
      )}
    </li>
  );
}
