import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { canMoveEscalation } from "../../../shared/rules/escalationStates.js";
import { useResource } from "../../http/useResource.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { EscalationOutcome } from "../../meetingPanels/EscalationOutcome.js";
import { EscalationTargetText } from "../../meetingPanels/EscalationTargetText.js";
import { closeEscalation, fetchSentEscalations, isRefusedMove, type Escalation } from "../../meetingPanels/escalationsApi.js";
import type { Forum } from "../NewMeeting/newMeetingApi.js";
import { ActionForm } from "./ActionForm.js";
import { ForumSection } from "./ForumSection.js";

/**
 * Escalations this forum has sent up, down or sideways, each with its
 * outcome beside it: accepted onto which meeting, the decision taken there,
 * or why it was rejected. Referrals to bodies outside Mødebord can be closed
 * here with an outcome in words.
 */
export function SentEscalations({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const sent = useResource((signal) => fetchSentEscalations(forum.id, signal), forum.id);

  return (
    <ForumSection id="sendte" title={t("forum.sent.title")}>
      {sent.state.status === "loading" && <p role="status">{t("forum.sent.loading")}</p>}
      {sent.state.status === "failed" && (
        <p className="form-error" role="alert">
          {errorMessage(sent.state.error, t)}
        </p>
      )}
      {sent.state.status === "done" && sent.state.data.length === 0 && <p className="empty-state">{t("forum.sent.empty")}</p>}
      {sent.state.status === "done" && sent.state.data.length > 0 && (
        <ul className="escalation-list" data-testid="sent-escalations">
          {sent.state.data.map((escalation) => (
            <SentItem key={`${escalation.documentId}/${escalation.id}`} escalation={escalation} canClose={forum.canEdit} onClosed={sent.reload} />
          ))}
        </ul>
      )}
    </ForumSection>
  );
}

function SentItem({ escalation, canClose, onClosed }: { escalation: Escalation; canClose: boolean; onClosed(): void }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const closable = canClose && canMoveEscalation(escalation.state, "close");
  const { meeting } = escalation.origin;

  return (
    <li className="escalation-card" data-testid="sent-item">
      <p className="escalation-card__text">{escalation.text}</p>
      <p className="muted">
        <EscalationTargetText escalation={escalation} /> ·{" "}
        <Link to={`/m/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <EscalationOutcome escalation={escalation} />
      {refusal && (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      {closable && !closing && (
        <button type="button" className="button" onClick={() => setClosing(true)}>
          {t("forum.actions.close")}
        </button>
      )}
      {closing && (
        <ActionForm
          title={t("forum.actions.closeTitle")}
          submitLabel={t("forum.actions.close")}
          onCancel={() => setClosing(false)}
          onSubmit={async () => {
            try {
              await closeEscalation(escalation, outcome);
              setRefusal(null);
            } catch (failure) {
              // The target forum handled it meanwhile: say so and show what it did, instead of a form that cannot succeed.
              if (!isRefusedMove(failure)) throw failure;
              setRefusal(errorMessage(failure, t));
            }
            setClosing(false);
            onClosed();
          }}
        >
          <label className="field">
            <span>{t("forum.actions.outcome")}</span>
            <textarea rows={2} required maxLength={2000} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
          </label>
        </ActionForm>
      )}
    </li>
  );
}
