import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatMeetingTime } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import { nextDeadline } from "../../meetingPanels/deadlineLines.js";
import type { ListedMeeting } from "./listedMeeting.js";
import { meetingForumLabel } from "./meetingForum.js";
import "../../meetingPanels/panels.css";

/**
 * One meeting in the list: forum, title, date and place, status, and the
 * deadline it waits for now. Those who meet the deadlines (chairs and the
 * secretariat) also see when it is near or missed.
 */
export function MeetingCard({ meeting }: { meeting: ListedMeeting }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const deadline = nextDeadline(meeting, language, t);
  const warning = meeting.canEdit ? deadline?.warning : null;
  return (
    <li className="meeting-card" data-testid="meeting-item">
      <p className="meeting-card__forum">{meetingForumLabel(meeting, t)}</p>
      <h3 className="meeting-card__title">
        <Link to={`/m/${meeting.id}`}>{meeting.title}</Link>
      </h3>
      <p className="meeting-card__meta">
        <time dateTime={meeting.startsAt ?? undefined}>{formatMeetingTime(meeting.startsAt, language, t)}</time>
        <span aria-hidden="true"> · </span>
        <span>{meeting.place || t("meetings.noPlace")}</span>
      </p>
      <p className="meeting-card__status">
        <span className={`status status--${meeting.status}`} data-testid="meeting-status">
          {t(`panels.statuses.${meeting.status}`)}
        </span>
      </p>
      {deadline && (
        <p className={warning ? `meeting-card__deadline deadline--${warning}` : "meeting-card__deadline"} data-testid="next-deadline">
          {deadline.text}
          {warning && <strong className="deadline__warning">{deadline.warningText}</strong>}
        </p>
      )}
    </li>
  );
}
