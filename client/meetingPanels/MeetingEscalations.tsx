import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../http/useResource.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { EscalationOutcome } from "./EscalationOutcome.js";
import { EscalationTargetText } from "./EscalationTargetText.js";
import { fetchMeetingEscalations } from "./escalationsApi.js";
import { PANEL_POLL_MS } from "./livePolling.js";
import "./panels.css";

/**
 * The escalations sent from one meeting, each with where it went and what
 * became of it there; proposals until it is held. Kept live: new ones
 * written in the document and the target forum's handling show up by
 * themselves, while the last list stays on screen between refreshes.
 */
export function MeetingEscalations({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const resource = useResource((signal) => fetchMeetingEscalations(meetingId, signal), meetingId, PANEL_POLL_MS);
  const escalations = resource.state;

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="meeting-escalations">
      <h2 id={`${id}-title`} className="panel__title">
        {t("panels.escalations.title")}
      </h2>
      {escalations.status === "loading" && <p role="status">{t("panels.escalations.loading")}</p>}
      {resource.refreshError !== null && (
        <p className="side-section__warning" role="status">
          {t("panels.stale")}
        </p>
      )}
      {escalations.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(escalations.error, t)}
        </p>
      )}
      {escalations.status === "done" && escalations.data.length === 0 && <p className="empty-state">{t("panels.escalations.empty")}</p>}
      {escalations.status === "done" && escalations.data.length > 0 && (
        <ul className="escalation-list">
          {escalations.data.map((escalation) => (
            <li key={escalation.id} className="escalation-card">
              <p className="escalation-card__text">{escalation.text}</p>
              <p className="muted">
                <EscalationTargetText escalation={escalation} />
              </p>
              {escalation.proposal ? (
                <p data-testid="escalation-proposal">
                  <span className="badge badge--warning">{t("panels.escalations.proposal")}</span> <span className="muted">{t("panels.escalations.proposalNote")}</span>
                </p>
              ) : (
                <EscalationOutcome escalation={escalation} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
