import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUser } from "../auth/SessionContext.js";
import { formatMeetingTime } from "../format/date.js";
import { useResource } from "../http/useResource.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { currentLanguage } from "../i18n/index.js";
import { approveMinutes, fetchApprovals } from "./approvalsApi.js";
import type { LifecycleMeeting } from "./lifecycleApi.js";
import { PANEL_POLL_MS } from "./livePolling.js";
import { ActionOutcome } from "../components/ActionOutcome.js";

interface ApprovalBoxProps {
  meeting: LifecycleMeeting;
  onChange(meeting: LifecycleMeeting): void;
}

/**
 * While the minutes are out for comments: who with a vote has approved
 * them, and "Godkend referatet" for the chairs and members who have not.
 * The chair's approval closes the round when the kommissorium allows it;
 * otherwise the server says why not and until when.
 */
export function ApprovalBox({ meeting, onChange }: ApprovalBoxProps) {
  const { t } = useTranslation();
  const user = useUser();
  // Live: the approvals of the others arrive while the box is open.
  const approvals = useResource((signal) => fetchApprovals(meeting.id, signal), `${meeting.id}/${meeting.status}`, meeting.status === "referat_udsendt" ? PANEL_POLL_MS : undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  if (meeting.status !== "referat_udsendt") return null;

  const voters = approvals.state.status === "done" ? approvals.state.data.voters : [];
  const mine = voters.find((v) => v.userId === user.id);
  const approve = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await approveMinutes(meeting.id);
      setNotice(t("panels.approval.done"));
      approvals.reload();
      onChange(answer.meeting);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="approval" data-testid="approvals">
      <h3>{t("panels.approval.title")}</h3>
      {approvals.state.status === "loading" && <p className="muted">{t("panels.approval.loading")}</p>}
      {approvals.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(approvals.state.error, t)}
        </p>
      )}
      {approvals.state.status === "done" && voters.length === 0 && <p className="empty-state">{t("panels.approval.noVoters")}</p>}
      {voters.length > 0 && (
        <ul className="approval__list">
          {voters.map((v) => (
            <li key={v.userId} data-approved={v.approvedAt ? "true" : "false"}>
              {v.name}: {v.approvedAt ? t("panels.approval.approvedAt", { at: formatMeetingTime(v.approvedAt, currentLanguage(), t) }) : t("panels.approval.pending")}
            </li>
          ))}
        </ul>
      )}
      {mine && !mine.approvedAt && (
        <button type="button" className="button button--primary" disabled={busy} onClick={approve}>
          {t("panels.approval.approve")}
        </button>
      )}
      <ActionOutcome notice={notice} error={error} />
    </div>
  );
}
