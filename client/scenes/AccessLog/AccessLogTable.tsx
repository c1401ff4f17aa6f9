import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OwnAccessEntry } from "../../../shared/audit/vocabulary.js";
import { formatMeetingTime } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";

/** The entries of "Min adgangslog" as a table that becomes cards on a phone: when, who, what, which meeting, which forum. */
export function AccessLogTable({ entries }: { entries: OwnAccessEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table card-table access-log__table" data-testid="access-log">
        <caption className="visually-hidden">{t("accessLog.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("accessLog.columns.when")}</th>
            <th scope="col">{t("accessLog.columns.who")}</th>
            <th scope="col">{t("accessLog.columns.what")}</th>
            <th scope="col">{t("accessLog.columns.meeting")}</th>
            <th scope="col">{t("accessLog.columns.forum")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="card-table__card" data-testid="access-entry">
              <td data-label={t("accessLog.columns.when")}>
                <time dateTime={entry.at}>{formatMeetingTime(entry.at, currentLanguage(), t)}</time>
              </td>
              <td data-label={t("accessLog.columns.who")}>{entry.person ?? <span className="muted">{t("accessLog.unknownPerson")}</span>}</td>
              <td data-label={t("accessLog.columns.what")}>
                <span className={`access-log__action access-log__action--${entry.action}`}>{t(`accessLog.actions.${entry.action}`)}</span>{" "}
                {entry.detail ?? t(`accessLog.subjects.${entry.subject}`)}
              </td>
              <td data-label={t("accessLog.columns.meeting")}>
                <Link to={`/m/${entry.meeting.id}`}>{entry.meeting.title}</Link>
              </td>
              <td data-label={t("accessLog.columns.forum")}>{entry.forum?.name ?? t("accessLog.noForum")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
