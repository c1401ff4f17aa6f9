import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { useUrlQuery, type UrlQuerySetter } from "../../components/useUrlQuery.js";
import { useApi } from "../../http/useApi.js";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { fetchForums } from "../NewMeeting/newMeetingApi.js";
import { ActionItemTable } from "./ActionItemTable.js";
import { fetchActionItems } from "./followUpApi.js";
import { FOLLOW_UP_QUERY, apiQuery, type FollowUpQuery } from "./followUpQuery.js";
import { FollowUpFilters } from "./FollowUpFilters.js";
import { sortActionItems } from "./sortActionItems.js";
import "./followUp.css";

/**
 * The follow-up dashboard (/opfoelgning): the action items of the user's
 * forums, mine, per forum or per organisation, filtered by status and
 * sorted, with every choice in the URL; statuses can be changed in place.
 */
export function FollowUp() {
  const { t } = useTranslation();
  useDocumentTitle(t("followUp.title"));
  const [query, changeQuery] = useUrlQuery(FOLLOW_UP_QUERY);
  const forums = useApi(fetchForums, "forums");
  const forumList = forums.status === "done" ? forums.data : [];
  const forumId = forumList.some((f) => f.id === query.forumId) ? query.forumId : (forumList[0]?.id ?? "");
  const waitsForForum = query.scope === "forum" && !forumId;
  const idle = query.statuses.length === 0 || waitsForForum;
  const request = apiQuery(query, forumId);
  const items = useResource((signal) => (idle ? Promise.resolve([]) : fetchActionItems(request, signal)), `${request}|${idle}`);
  const [notice, setNotice] = useState("");

  const update: UrlQuerySetter<FollowUpQuery> = (change, options) => {
    setNotice("");
    changeQuery(change, options);
  };

  return (
    <section className="page page--wide follow-up" aria-labelledby="follow-up-title">
      <div className="follow-up__head">
        <div>
          <h1 id="follow-up-title">{t("followUp.title")}</h1>
          <p className="muted">{t("followUp.intro")}</p>
        </div>
        {!idle && (
          <a className="button" href={`/api/action-items.csv?${request}`} download>
            {t("followUp.exportCsv")}
          </a>
        )}
      </div>
      <FollowUpFilters query={query} forums={forumList} forumId={forumId} onChange={update} />
      <p className={notice ? "notice" : "visually-hidden"} role="status">
        {notice}
      </p>
      {query.statuses.length === 0 && <p className="empty-state">{t("followUp.noStatus")}</p>}
      {waitsForForum && forums.status === "done" && <p className="empty-state">{t("followUp.noForums")}</p>}
      {!idle && items.state.status === "loading" && <PageStatus>{t("followUp.loading")}</PageStatus>}
      {!idle && items.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(items.state.error, t)}
        </p>
      )}
      {!idle && items.refreshError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(items.refreshError, t)}
        </p>
      )}
      {!idle && items.state.status === "done" && (
        <ActionItemTable
          items={sortActionItems(items.state.data, query.sort)}
          onChanged={(message) => {
            setNotice(message);
            items.reload();
          }}
        />
      )}
    </section>
  );
}
