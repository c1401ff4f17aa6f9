import { useTranslation } from "react-i18next";
import { formatMeetingTime } from "../../format/date.js";
import { currentLanguage } from "../../i18n/index.js";
import type { Escalation } from "../../meetingPanels/escalationsApi.js";

/** Where an escalation came from: forum, meeting and date, and the agenda item it was raised under. */
export function EscalationOrigin({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const { forumName, meeting, agendaItem } = escalation.origin;
  return (
    <p className="escalation-card__origin">
      {t("forum.inbox.from", { forum: forumName, meeting: meeting.title, date: formatMeetingTime(meeting.startsAt, currentLanguage(), t) })}
      {agendaItem?.number && <> · {t("panels.item", { number: agendaItem.number, title: agendaItem.title ?? "" })}</>}
    </p>
  );
}
