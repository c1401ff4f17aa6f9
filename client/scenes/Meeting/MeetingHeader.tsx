import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MeetingDetails } from "../../http/types.js";
import { formatMeetingTime } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import { meetingForumLabel } from "../Meetings/meetingForum.js";
import { MeetingPeopleForm } from "./MeetingPeopleForm.js";
import "../NewMeeting/newMeeting.css";
import "./meetingHeader.css";

/**
 * The meeting's heading as the minutes have it: forum (both, for a joint
 * meeting), title, date and time, place, host (vært) and mødeleder. Those who
 * edit the meeting may change its host and mødeleder here.
 */
export function MeetingHeader({ meeting: loaded }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const [meeting, setMeeting] = useState(loaded);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  // Back on the button that opened the form once it closes, so keyboard users keep their place.
  useEffect(() => {
    if (!editing && closed.current) editButton.current?.focus();
  }, [editing]);
  const close = () => {
    closed.current = true;
    setEditing(false);
  };

  const leader = meeting.leader ? (meeting.leader.isDefault ? t("meeting.heading.leaderDefault", { name: meeting.leader.name }) : meeting.leader.name) : t("meeting.heading.notSet");
  return (
    <header className="meeting-header" data-testid="meeting-header">
      <nav className="meeting-header__back">
        <Link to="/">← {t("meeting.backToList")}</Link>
      </nav>
      <p className="meeting-header__forum" data-testid="meeting-forum">
        {meetingForumLabel(meeting, t)}
      </p>
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
      <div className="meeting-header__people">
        <dl data-testid="meeting-people">
          <div>
            <dt>{t("meeting.heading.host")}</dt>
            <dd>{meeting.host?.name ?? t("meeting.heading.notSet")}</dd>
          </div>
          <div>
            <dt>{t("meeting.heading.leader")}</dt>
            <dd>{leader}</dd>
          </div>
        </dl>
        {meeting.canEdit && !editing && (
          <button ref={editButton} type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            {t("meeting.heading.edit")}
          </button>
        )}
      </div>
      {editing && (
        <MeetingPeopleForm
          meeting={meeting}
          onSaved={(saved) => {
            setMeeting(saved);
            close();
          }}
          onCancel={close}
        />
      )}
    </header>
  );
}
