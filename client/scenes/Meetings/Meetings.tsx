import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { fetchMeetings } from "../http/endpoints.js";
import type { Meeting } from "../http/types.js";
import { useApi } from "../http/useApi.js";
import { PageStatus } from "../components/PageStatus.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { formatMeetingTime } from "../format/date.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { currentLanguage } from "../i18n/index.js";
import { DeadlineList } from "../meetingPanels/index.js";
import type { MeetingSchedule } from "../meetingPanels/lifecycleApi.js";
import { NewMeeting } from "./NewMeeting/NewMeeting.js";

/** The meetings of the user's forums, earliest first, each linking to its document; chairs and the secretariat can plan a new one. */
export function Meetings() {
  const { t } = useTranslation();
  const state = useApi(fetchMeetings, "meetings");
  useDocumentTitle(t("meetings.title"));

  return (
    <section className="page page--narrow" aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t("meetings.title")}</h1>
      <NewMeeting />
      {state.status === "loading" && <PageStatus>{t("meetings.loading")}</PageStatus>}
      {state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(state.error, t)}
        </p>
      )}
      {state.status === "done" && state.data.length === 0 && (
        <p className="empty-state" data-testid="meetings-empty">
          {t("meetings.empty")}
        </p>
      )}
      {state.status === "done" && state.data.length > 0 && (
        <ul className="meeting-list" data-testid="meeting-list">
          {state.data.map((meeting) => (
            <MeetingRow key={meeting.id} meeting={meeting as ListedMeeting} />
          ))}
        </ul>
      )}
    </section>
  );
}

// The list endpoint returns each meeting with its lifecycle and deadlines.
type ListedMeeting = Meeting & MeetingSchedule;

/** One meeting in the list, marked when cancelled or dated impossibly; chairs and the secretariat also see its deadlines, warned when near or missed. */
function MeetingRow({ meeting }: { meeting: ListedMeeting }) {
  const { t } = useTranslation();
  const pending = meeting.status !== "godkendt" && meeting.status !== "offentliggjort";
  // Everyone sees why a meeting was cancelled; the deadlines only matter to those who meet them.
  const schedule = meeting.status === "aflyst" || (meeting.canEdit && pending);
  return (
    <li className="meeting-card" data-testid="meeting-item">
      <p className="meeting-card__forum">{meeting.forumName}</p>
      <h2 className="meeting-card__title">
        <Link to={`/m/${meeting.id}`}>{meeting.title}</Link>
      </h2>
      <p className="meeting-card__meta">
        <time dateTime={meeting.startsAt ?? undefined}>{formatMeetingTime(meeting.startsAt, currentLanguage(), t)}</time>
        <span aria-hidden="true"> · </span>
        <span>{meeting.place || t("meetings.noPlace")}</span>
      </p>
      <p className="meeting-card__status" data-testid="meeting-status">
        {meeting.statusLabel}
      </p>
      {schedule ? <DeadlineList schedule={meeting} /> : meeting.dateProblem && <p className="form-error">{t("meetings.dateProblem")}</p>}
    </li>
  );
}
