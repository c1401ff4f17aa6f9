import { useState } from "react";
import { useTranslation } from "react-i18next";
import { copenhagenDate } from "../../../shared/rules/copenhagenTime.js";
import { Link } from "react-router";
import { PageStatus } from "../../components/PageStatus.js";
import { useDocumentTitle } from "../../components/useDocumentTitle.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { fetchForums } from "../NewMeeting/newMeetingApi.js";
import { kindLabel, roleLabel } from "./forumLabels.js";
import { MeetingPlan } from "./MeetingPlan.js";
import "./forum.css";

/** The forums the user sits in (/fora), each linking to its page, and the year's mødeplan across them. */
export function ForumList() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(copenhagenDate(new Date()).slice(0, 4)));
  useDocumentTitle(t("forum.listTitle"));
  const forums = useApi(fetchForums, "forums");

  return (
    <section className="page page--narrow" aria-labelledby="forums-title">
      <h1 id="forums-title">{t("forum.listTitle")}</h1>
      {forums.status === "loading" && <PageStatus>{t("forum.loading")}</PageStatus>}
      {forums.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(forums.error, t)}
        </p>
      )}
      {forums.status === "done" && forums.data.length === 0 && <p className="empty-state">{t("forum.none")}</p>}
      {forums.status === "done" && forums.data.length > 0 && (
        <ul className="meeting-list" data-testid="forum-list">
          {forums.data.map((forum) => (
            <li key={forum.id} className="meeting-card">
              <p className="meeting-card__forum">{kindLabel(forum.kind, t)}</p>
              <h2 className="meeting-card__title">
                <Link to={`/fora/${forum.id}`}>{forum.name}</Link>
              </h2>
              <p className="meeting-card__meta">{t("forum.yourRole", { role: roleLabel(forum.role, t) })}</p>
            </li>
          ))}
        </ul>
      )}
      {forums.status === "done" && forums.data.length > 0 && <MeetingPlan year={year} onYear={setYear} />}
    </section>
  );
}
