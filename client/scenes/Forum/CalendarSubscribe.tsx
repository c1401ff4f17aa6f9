import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../../components/CopyField.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import type { Forum } from "../NewMeeting/newMeetingApi.js";
import { subscribeCalendar, type CalendarLinks } from "./forumApi.js";
import { ForumSection } from "./ForumSection.js";

/**
 * "Abonnér i kalender": makes the user's private calendar links (all their
 * meetings, or only this forum's) and shows them to copy into a calendar
 * program, with a warning that the link is personal.
 */
export function CalendarSubscribe({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<CalendarLinks | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const subscribe = async () => {
    setBusy(true);
    setError(null);
    try {
      setLinks(await subscribeCalendar());
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ForumSection id="kalender" title={t("forum.calendar.title")}>
      <p className="muted">{t("forum.calendar.intro")}</p>
      <button type="button" className={links ? "button" : "button button--primary"} onClick={subscribe} disabled={busy}>
        {links ? t("forum.calendar.renew") : t("forum.calendar.subscribe")}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {links && (
        <div className="calendar-links" data-testid="calendar-links">
          <p className="warning-note">{t("forum.calendar.personal")}</p>
          <CopyField label={t("forum.calendar.forumFeed", { forum: forum.name })} value={links.forumUrl.replace("{forumId}", forum.id)} />
          <CopyField label={t("forum.calendar.allFeed")} value={links.url} />
        </div>
      )}
    </ForumSection>
  );
}
