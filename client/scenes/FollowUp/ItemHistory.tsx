import { useTranslation } from "react-i18next";
import { formatMeetingTime } from "../../format/date.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { currentLanguage } from "../../i18n/index.js";
import { fetchHistory, type ActionItem } from "./followUpApi.js";

/** Every status change of an action item: what, who (or "in the document"), when, and the comment. */
export function ItemHistory({ item }: { item: ActionItem }) {
  const { t } = useTranslation();
  // The item's status is in the key so a change made meanwhile shows up here too.
  const history = useApi((signal) => fetchHistory(item, signal), `${item.documentId}/${item.id}/${item.status}`);
  if (history.status === "loading") return <p role="status">{t("followUp.historyLoading")}</p>;
  if (history.status === "failed") {
    return (
      <p className="form-error" role="alert">
        {errorMessage(history.error, t)}
      </p>
    );
  }
  return (
    <section className="item-history" aria-label={t("followUp.historyFor", { text: item.text })}>
      {history.data.length === 0 ? (
        <p className="empty-state">{t("followUp.historyEmpty")}</p>
      ) : (
        <ol className="item-history__list">
          {history.data.map((entry, index) => (
            <li key={index}>
              {t("followUp.historyEntry", {
                status: t(`followUp.statuses.${entry.status}`),
                by: entry.by ?? (entry.source === "dokument" ? t("followUp.historyFromDocument") : t("followUp.unknownPerson")),
                at: formatMeetingTime(entry.at, currentLanguage(), t),
              })}
              {entry.comment && <q className="item-history__comment">{entry.comment}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
