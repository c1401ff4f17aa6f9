import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatMeetingTime } from "../format/date.js";
import { currentLanguage } from "../i18n/index.js";
import type { Escalation } from "./escalationsApi.js";
import "./panels.css";

/** What became of an escalation: its state, the reason or outcome in words, the meeting it went to, and the decisions taken there. */
export function EscalationOutcome({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const { state, reason, targetMeeting, outcome, target } = escalation;
  return (
    <div className="escalation-outcome" data-testid="escalation-outcome">
      <p>
        <span className={`badge badge--state-${state}`}>{t(`panels.escalations.states.${state}`)}</span>
        {target.forwarded && state === "ny" && <span className="muted"> {t("panels.escalations.forwardedTo", { forum: target.forumName ?? "" })}</span>}
      </p>
      {reason && (
        <p>
          <strong>{state === "afsluttet" ? t("panels.escalations.closedWith") : t("panels.escalations.reason")}</strong> {reason}
        </p>
      )}
      {targetMeeting && (
        <p>
          {t("panels.escalations.acceptedInto")}{" "}
          <Link to={`/m/${targetMeeting.id}`}>
            {targetMeeting.title}, {formatMeetingTime(targetMeeting.startsAt, currentLanguage(), t)}
          </Link>
        </p>
      )}
      {outcome.length > 0 && (
        <div className="escalation-outcome__decisions">
          <strong>{t("panels.escalations.outcome")}</strong>
          <ul>
            {outcome.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {state === "accepteret" && outcome.length === 0 && <p className="muted">{t("panels.escalations.noDecisionYet")}</p>}
    </div>
  );
}
