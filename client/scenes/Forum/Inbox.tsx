import { useTranslation } from "react-i18next";
import { useApi } from "../../http/useApi.js";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { EscalationOutcome } from "../../meetingPanels/EscalationOutcome.js";
import { fetchInbox } from "../../meetingPanels/escalationsApi.js";
import type { Forum } from "../NewMeeting/newMeetingApi.js";
import { EscalationActions } from "./EscalationActions.js";
import { EscalationOrigin } from "./EscalationOrigin.js";
import { fetchPlan } from "./forumApi.js";
import { ForumSection } from "./ForumSection.js";

/**
 * The forum's inbox ("Punkter til næste møde"): escalations sent or
 * forwarded to it, those waiting first; chairs and the secretariat accept
 * each into an upcoming meeting, reject, forward or close it.
 */
export function Inbox({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const inbox = useResource((signal) => fetchInbox(forum.id, signal), forum.id);
  // Every year: an escalation can be taken into any meeting still ahead.
  const plan = useApi((signal) => fetchPlan(forum.id, undefined, signal), `${forum.id}/all`);
  const meetings = plan.status === "done" ? plan.data : [];
  const escalations = inbox.state.status === "done" ? [...inbox.state.data].sort((a, b) => Number(b.state === "ny") - Number(a.state === "ny")) : [];
  const waiting = escalations.filter((e) => e.state === "ny").length;

  return (
    <ForumSection id="indbakke" title={t("forum.inbox.title")}>
      <p className="muted">{t("forum.inbox.intro", { count: waiting })}</p>
      {inbox.state.status === "loading" && <p role="status">{t("forum.inbox.loading")}</p>}
      {inbox.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(inbox.state.error, t)}
        </p>
      )}
      {inbox.state.status === "done" && escalations.length === 0 && <p className="empty-state">{t("forum.inbox.empty")}</p>}
      {escalations.length > 0 && (
        <ul className="escalation-list" data-testid="inbox">
          {escalations.map((escalation) => (
            <li key={`${escalation.documentId}/${escalation.id}`} className="escalation-card" data-testid="inbox-item">
              <p className="escalation-card__text">{escalation.text}</p>
              <EscalationOrigin escalation={escalation} />
              <EscalationOutcome escalation={escalation} />
              {forum.canEdit && (
                <EscalationActions escalation={escalation} forumId={forum.id} meetings={meetings} onDone={inbox.reload} />
              )}
            </li>
          ))}
        </ul>
      )}
    </ForumSection>
  );
}
