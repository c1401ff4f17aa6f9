import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingStatus } from "../../shared/rules/lifecycle.js";
import type { RecordFinding } from "../../shared/rules/cprGuard.js";
import { ApiError } from "../http/client.js";
import { errorMessage } from "../i18n/errorMessage.js";
import { ApprovalBox } from "./ApprovalBox.js";
import { DeadlineList } from "./DeadlineList.js";
import { ReopenForm } from "./ReopenForm.js";
import { MeetingRemoval } from "./MeetingRemoval.js";
import { transitionMeeting, type LifecycleMeeting } from "./lifecycleApi.js";
import "./panels.css";

// Steps that e-mail the forum's members or publish: asked for twice.
const ANNOUNCED = ["dagsorden_udsendt", "referat_udsendt", "offentliggjort"] as const;
type AnnouncedStep = (typeof ANNOUNCED)[number];
const isAnnounced = (step: MeetingStatus): step is AnnouncedStep => (ANNOUNCED as readonly string[]).includes(step);
// Approval has its own box: members approve there too, and the chair's approval follows the kommissorium's rule.
const stepsOf = (meeting: LifecycleMeeting) => meeting.allowedTransitions.filter((to) => to !== "godkendt");

function cprFindingsOf(failure: unknown): RecordFinding[] | null {
  if (!(failure instanceof ApiError) || failure.code !== "cpr_confirmation_required") return null;
  const findings = (failure.details as { findings?: RecordFinding[] } | undefined)?.findings;
  return Array.isArray(findings) ? findings : [];
}

interface LifecyclePanelProps {
  meeting: LifecycleMeeting;
  /** Receives the meeting as the server returns it after a step. */
  onChange(meeting: LifecycleMeeting): void;
}

/**
 * Where a meeting stands: its status, its deadlines with warnings, the
 * steps the user may take from here (the server decides which), approval
 * and reopening of the minutes, exports, and the public page once the
 * minutes are published. Sending minutes that hold CPR-shaped numbers lists
 * where they stand and asks for an explicit confirmation.
 */
export function LifecyclePanel({ meeting, onChange }: LifecyclePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState<AnnouncedStep | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cprFindings, setCprFindings] = useState<RecordFinding[] | null>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);

  const take = async (to: MeetingStatus, confirmCpr = false) => {
    if (isAnnounced(to) && confirming !== to) {
      setConfirming(to);
      setCprFindings(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChange(await transitionMeeting(meeting.id, to, confirmCpr));
      setConfirming(null);
      setCprFindings(null);
      // The button just used is gone with the step; keyboard users continue from the new status.
      statusLine.current?.focus();
    } catch (failure) {
      const findings = cprFindingsOf(failure);
      if (findings) setCprFindings(findings);
      else setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const exportPath = `/api/meetings/${encodeURIComponent(meeting.id)}/export`;
  return (
    <section className="panel lifecycle" aria-labelledby={`${id}-title`} data-testid="lifecycle-panel">
      <h2 id={`${id}-title`} className="panel__title">
        {t("panels.lifecycle.title")}
      </h2>
      <p ref={statusLine} className="lifecycle__status" tabIndex={-1}>
        {t("panels.lifecycle.status")} <strong data-testid="meeting-status">{t(`panels.statuses.${meeting.status}`)}</strong>
      </p>
      <DeadlineList schedule={meeting} />
      {stepsOf(meeting).length > 0 && (
        <div className="lifecycle__steps">
          {stepsOf(meeting).map((to) => (
            <button key={to} type="button" className="button button--primary" disabled={busy} onClick={() => take(to)}>
              {t(`panels.transitions.${to}`)}
            </button>
          ))}
        </div>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t(`panels.confirm.${confirming}`)}</p>
          {cprFindings && (
            <div className="confirm__warning" role="alert" data-testid="cpr-findings">
              <p>{t("panels.confirm.cprFound")}</p>
              <ul>
                {cprFindings.map((f, n) => (
                  <li key={n}>
                    {f.place}: <code>{f.match}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => take(confirming, cprFindings !== null)}>
              {cprFindings ? t("panels.confirm.anyway", { step: t(`panels.transitions.${confirming}`) }) : t("panels.confirm.yes", { step: t(`panels.transitions.${confirming}`) })}
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => setConfirming(null)}>
              {t("panels.confirm.no")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ApprovalBox meeting={meeting} onChange={onChange} />
      <ReopenForm meeting={meeting} onChange={onChange} />
      <MeetingRemoval meeting={meeting} onChange={onChange} refocus={() => statusLine.current?.focus()} />
      <p className="lifecycle__links">
        <a href={`${exportPath}/pdf`} download>
          {t("panels.lifecycle.pdf")}
        </a>
        <a href={`${exportPath}/docx`} download>
          {t("panels.lifecycle.docx")}
        </a>
        {meeting.publishedAt && <a href={`/offentlig/referat/${encodeURIComponent(meeting.id)}`}>{t("panels.lifecycle.publicPage")}</a>}
      </p>
    </section>
  );
}
