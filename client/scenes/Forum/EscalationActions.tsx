import { useState } from "react";
import { useTranslation } from "react-i18next";
import { allowedEscalationMoves, type EscalationMove } from "../../../shared/rules/escalationStates.js";
import { errorMessage } from "../../i18n/errorMessage.js";
import { acceptEscalation, closeEscalation, forwardEscalation, isRefusedMove, rejectEscalation, type Escalation } from "../../meetingPanels/escalationsApi.js";
import { ActionForm } from "./ActionForm.js";
import type { PlannedMeeting } from "./forumApi.js";
import { ForwardTargetSelect } from "./ForwardTargetSelect.js";
import { UpcomingMeetingSelect } from "./UpcomingMeetingSelect.js";

interface EscalationActionsProps {
  escalation: Escalation;
  /** The forum handling it (the page's forum). */
  forumId: string;
  /** The handling forum's meetings; the upcoming ones can take the item. */
  meetings: PlannedMeeting[];
  onDone(): void;
}

/**
 * What the receiving forum's chair or secretariat can do with an
 * escalation: take it onto an upcoming agenda, reject it with a reason,
 * forward it within the ladder, or close it with an outcome in words;
 * only the moves its state allows are offered. A move the server refuses
 * because someone else got there first is explained, and the list reloaded.
 */
export function EscalationActions({ escalation, forumId, meetings, onDone }: EscalationActionsProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<EscalationMove | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [meetingId, setMeetingId] = useState("");
  const [targetId, setTargetId] = useState("");
  const [text, setText] = useState("");
  const moves = allowedEscalationMoves(escalation.state);

  const done = async (action: () => Promise<void>) => {
    try {
      await action();
      setRefusal(null);
    } catch (failure) {
      // Other failures stay in the form to be corrected or retried; a refused move cannot be.
      if (!isRefusedMove(failure)) throw failure;
      setRefusal(errorMessage(failure, t));
    }
    setMode(null);
    setText("");
    onDone();
  };
  const textField = (label: string, required: boolean) => (
    <label className="field">
      <span>{label}</span>
      <textarea rows={2} required={required} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
    </label>
  );

  if (!mode) {
    return (
      <>
        {refusal && (
          <p className="form-error" role="alert">
            {refusal}
          </p>
        )}
        {moves.length > 0 && (
          <div className="escalation-actions" role="group" aria-label={t("forum.actions.label", { text: escalation.text })}>
            {moves.map((m) => (
              <button key={m} type="button" className={m === "accept" ? "button button--primary" : "button"} onClick={() => setMode(m)}>
                {t(`forum.actions.${m}`)}
              </button>
            ))}
          </div>
        )}
      </>
    );
  }
  const cancel = () => setMode(null);
  if (mode === "accept") {
    return (
      <ActionForm title={t("forum.actions.acceptTitle")} submitLabel={t("forum.actions.accept")} onCancel={cancel} onSubmit={() => done(() => acceptEscalation(escalation, meetingId))}>
        <UpcomingMeetingSelect meetings={meetings} value={meetingId} onChange={setMeetingId} />
      </ActionForm>
    );
  }
  if (mode === "forward") {
    return (
      <ActionForm title={t("forum.actions.forwardTitle")} submitLabel={t("forum.actions.forward")} onCancel={cancel} onSubmit={() => done(() => forwardEscalation(escalation, targetId, text))}>
        <ForwardTargetSelect forumId={forumId} originForumId={escalation.origin.forumId} meetings={meetings} value={targetId} onChange={setTargetId} />
        {textField(t("forum.actions.forwardReason"), false)}
      </ActionForm>
    );
  }
  const reject = mode === "reject";
  return (
    <ActionForm
      title={t(reject ? "forum.actions.rejectTitle" : "forum.actions.closeTitle")}
      submitLabel={t(`forum.actions.${mode}`)}
      onCancel={cancel}
      onSubmit={() => done(() => (reject ? rejectEscalation(escalation, text) : closeEscalation(escalation, text)))}
    >
      {textField(t(reject ? "forum.actions.reason" : "forum.actions.outcome"), true)}
    </ActionForm>
  );
}
