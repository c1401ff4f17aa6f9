import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LifecyclePanel, type LifecycleMeetingState } from "../../meetingPanels/index.js";

/**
 * The meeting's place in its lifecycle beside the live document: status,
 * deadlines, the next steps the user may take, exports, and the way to the
 * comments and versions of its minutes. The page owns the lifecycle state,
 * since the document's labels follow the status too.
 */
export function MeetingStatus({ meetingId, lifecycle }: { meetingId: string; lifecycle: LifecycleMeetingState }) {
  const { t } = useTranslation();
  if (lifecycle.state.status !== "done") return null;
  return (
    <div className="meeting-status">
      <LifecyclePanel meeting={lifecycle.state.data} onChange={lifecycle.setMeeting} />
      <p className="meeting-status__flow">
        <Link to={`/m/${meetingId}/forloeb`}>{t("panels.flow.title")} →</Link>
      </p>
    </div>
  );
}
