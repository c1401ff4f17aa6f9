import { useState } from "react";
import { useTranslation } from "react-i18next";
import { acceptEscalation, closeEscalation, forwardEscalation, rejectEscalation, type Escalation } from "../../meetingPanels/escalationsApi.js";
import { ActionForm } from "./ActionForm.js";
import type { PlannedMeeting } from "./forumApi.js";
import { ForwardTargetSelect } from "./ForwardTargetSelect.js";
import { UpcomingMeetingSelect } from "./UpcomingMeetingSelect.js";

type Mode = "accept" | "reject" | "forward" | "close";

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
 * forward it within the ladder, or close it with an outcome in words.
 */
export function EscalationActions({ escalation, forumId, meetings, onDone }: EscalationActionsProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const [meetingId, setMeetingId] = useState("");
  const [targetId, setTargetId] = useState("");
  const [text, setText] = useState("");
  const modes: Mode[] = escalation.state === "ny" ? ["accept", "reject", "forward", "close"] : ["close"];

  const done = async (action: () => Promise<void>) => {
    await action();
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
      <div className="escalation-actions" role="group" aria-label={t("forum.actions.label", { text: escalation.text })}>
        {modes.map((m) => (
          <button key={m} type="button" className={m === "accept" ? "button button--primary" : "button"} onClick={() => setMode(m)}>
            {t(`forum.actions.${m}`)}
          </button>
        ))}
      </div>
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
