import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatMeetingTime } from "../../format/date.js";
import { useApi } from "../../http/useApi.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { currentLanguage } from "../../i18n/index.js";
import { DeadlineList } from "../../meetingPanels/DeadlineList.js";
import { meetingForumLabel } from "../Meetings/meetingForum.js";
import { fetchPlan } from "./forumApi.js";
import { ForumSection } from "./ForumSection.js";

interface MeetingPlanProps {
  /** One forum's plan; all the user's forums when omitted. */
  forumId?: string;
  year: number;
  onYear(year: number): void;
}

/** The mødeplan for one year, of one forum or across the user's forums: each meeting with its status and every deadline in words, warnings marked. */
export function MeetingPlan({ forumId, year, onYear }: MeetingPlanProps) {
  const { t } = useTranslation();
  const plan = useApi((signal) => fetchPlan(forumId, year, signal), `${forumId ?? "all"}/${year}`);
  const switcher = (
    <div className="year-switch" role="group" aria-label={t("forum.plan.yearLabel")}>
      {/* Named by their words and the year they show, so speech control finds them by what is written on them. */}
      <button type="button" className="button button--quiet" onClick={() => onYear(year - 1)}>
        <span aria-hidden="true">←</span>
        <span className="visually-hidden">{t("forum.plan.previous")}</span> {year - 1}
      </button>
      <strong>{year}</strong>
      <button type="button" className="button button--quiet" onClick={() => onYear(year + 1)}>
        <span className="visually-hidden">{t("forum.plan.next")}</span> {year + 1} <span aria-hidden="true">→</span>
      </button>
    </div>
  );

  return (
    <ForumSection id="moedeplan" title={t("forum.plan.title", { year })} aside={switcher}>
      {plan.status === "loading" && <p role="status">{t("forum.plan.loading")}</p>}
      {plan.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(plan.error, t)}
        </p>
      )}
      {plan.status === "done" && plan.data.length === 0 && <p className="empty-state">{t("forum.plan.empty", { year })}</p>}
      {plan.status === "done" && plan.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table card-table plan-table" data-testid="meeting-plan">
            <thead>
              <tr>
                <th scope="col">{t("forum.plan.meeting")}</th>
                <th scope="col">{t("forum.plan.status")}</th>
                <th scope="col">{t("forum.plan.deadlines")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.data.map((meeting) => (
                <tr key={meeting.id} data-testid="plan-meeting" className={meeting.warnings.some((w) => w.state === "missed") ? "card-table__card is-overdue" : "card-table__card"}>
                  <td>
                    <div className="plan-table__meeting">
                      {(!forumId || meeting.jointForumId) && <span className="meeting-card__forum">{meetingForumLabel(meeting, t)}</span>}
                      <Link to={`/m/${meeting.id}`} className="plan-table__title">
                        {meeting.title}
                      </Link>
                      <span className="muted plan-table__when">{formatMeetingTime(meeting.startsAt, currentLanguage(), t)}</span>
                      {meeting.place && <span className="muted">{meeting.place}</span>}
                    </div>
                  </td>
                  <td data-label={t("forum.plan.status")}>
                    <span className={`status status--${meeting.status}`}>{t(`panels.statuses.${meeting.status}`)}</span>
                  </td>
                  <td data-label={t("forum.plan.deadlines")}>
                    <DeadlineList schedule={meeting} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ForumSection>
  );
}
