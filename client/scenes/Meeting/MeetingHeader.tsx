import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Meeting } from "../../http/types.js";
import { formatMeetingTime } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";

/** The meeting's heading as the minutes have it: forum, title, date and time, place. */
export function MeetingHeader({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <header className="meeting-header" data-testid="meeting-header">
      <nav className="meeting-header__back">
        <Link to="/">← {t("meeting.backToList")}</Link>
      </nav>
      <p className="meeting-header__forum">{meeting.forumName}</p>
      <h1 className="meeting-header__title">{meeting.title}</h1>
      <p className="meeting-header__meta">
        <time dateTime={meeting.startsAt ?? undefined}>{formatMeetingTime(meeting.startsAt, currentLanguage(), t)}</time>
        {meeting.place && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{meeting.place}</span>
          </>
        )}
      </p>
    </header>
  );
}
