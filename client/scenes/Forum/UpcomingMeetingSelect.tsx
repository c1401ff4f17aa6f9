import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { formatMeetingTime } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import type { PlannedMeeting } from "./forumApi.js";

interface UpcomingMeetingSelectProps {
  meetings: PlannedMeeting[];
  value: string;
  onChange(meetingId: string): void;
}

/** Picks the upcoming meeting an escalation goes onto; the nearest one is chosen to begin with. */
export function UpcomingMeetingSelect({ meetings, value, onChange }: UpcomingMeetingSelectProps) {
  const { t } = useTranslation();
  const now = Date.now();
  // A cancelled meeting takes no new items.
  const upcoming = meetings.filter((m) => m.status !== "aflyst" && m.startsAt !== null && new Date(m.startsAt).getTime() > now);
  const first = upcoming[0]?.id ?? "";
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);

  if (upcoming.length === 0) {
    return (
      <p className="form-error" role="alert">
        {t("forum.actions.noUpcoming")}
      </p>
    );
  }
  return (
    <label className="field">
      <span>{t("forum.actions.meeting")}</span>
      <select required value={value} onChange={(e) => onChange(e.target.value)}>
        {upcoming.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {meeting.title} – {formatMeetingTime(meeting.startsAt, currentLanguage(), t)}
          </option>
        ))}
      </select>
    </label>
  );
}
