import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { MEETING_STATUSES, type MeetingStatus } from "../../shared/rules/lifecycle.js";
import { formatMeetingTime } from "../format/date.js";
import { useResource } from "../http/useResource.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { currentLanguage } from "../i18n/index.js";
import { fetchHistory, type MeetingEvent } from "./approvalsApi.js";
import type { LifecycleMeeting } from "./lifecycleApi.js";

function eventLabel(event: MeetingEvent, t: TFunction): string {
  if (event.kind === "genaabnet" || event.kind === "godkendelse") return t(`panels.history.${event.kind}`);
  return (MEETING_STATUSES as readonly string[]).includes(event.kind) ? t(`panels.statuses.${event.kind as MeetingStatus}`) : event.kind;
}

/** The meeting's history: each step, each member's approval and each reopening, with who and why. */
export function HistoryList({ meeting }: { meeting: LifecycleMeeting }) {
  const { t } = useTranslation();
  const history = useResource((signal) => fetchHistory(meeting.id, signal), `${meeting.id}/${meeting.status}/${meeting.approvedAt}`);
  if (history.state.status === "loading") return null;
  if (history.state.status === "failed") {
    return (
      <p className="form-error" role="alert">
        {errorMessage(history.state.error, t)}
      </p>
    );
  }
  const events = history.state.data;
  if (events.length === 0) return null;
  return (
    <details className="history" data-testid="meeting-history">
      <summary>{t("panels.history.title")}</summary>
      <ol>
        {events.map((event, n) => (
          <li key={n}>
            <strong>{eventLabel(event, t)}</strong> <span className="muted">{formatMeetingTime(event.at, currentLanguage(), t)}{event.by && ` · ${event.by}`}</span>
            {event.reason && <p className="history__reason">{event.reason}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}
